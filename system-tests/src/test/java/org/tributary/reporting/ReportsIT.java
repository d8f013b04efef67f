package org.tributary.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Every report, read from ClickHouse through the API, equals an independent computation over the ledger
 * in PostgreSQL — to the cent, for several periods (a month, one day, the leap day, across a month end,
 * before any data, all of it) and filters (category, source kind, source).
 */
class ReportsIT {

    /**
     * The reports name a built-in category in English, its stored key spelled out ("gifts-and-charity" is
     * "Gifts and charity"; decision 26); a made-up one as stored.
     */
    private static final String ENGLISH_NAME =
            "upper(left(replace(t.category, '-', ' '), 1)) || substr(replace(t.category, '-', ' '), 2)";

    static Api user;
    static String userId;
    static String cardSource;

    @BeforeAll
    static void importAYearAndAHalfOfTransactions() throws Exception {
        user = Api.signedInUser();
        userId = json(user.get("/api/v1/me")).path("id").asText();
        cardSource = json(user.post(
                        "/api/v1/sources", "{\"kind\":\"FILE\",\"provider\":\"upload\",\"name\":\"Credit card\"}"))
                .path("id")
                .asText();
        assertCompleted(FileImportIT.importAndWait(user, "current.csv", bytes(ReportData.currentAccount())));
        assertCompleted(FileImportIT.importAndWait(
                user, "card.csv", bytes(ReportData.creditCard()), Map.of("sourceId", cardSource)));
        assertThat(user.post(
                                "/api/v1/transactions/cash",
                                "{\"date\":\"2024-05-18\",\"amount\":\"-14.00\",\"currency\":\"EUR\","
                                        + "\"description\":\"Flea market\",\"category\":\"Hobbies\"}")
                        .statusCode())
                .isEqualTo(201);
        long rows = longOf("select count(*) from transactions where user_id = ?::uuid and not pending");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> clickHouseCount() == rows);
    }

    @ParameterizedTest(name = "{0} – {1}")
    @CsvSource({
        "2024-05-01, 2024-05-31",
        "2024-02-29, 2024-02-29",
        "2024-01-31, 2024-02-01",
        "2022-01-01, 2022-12-31",
        "2023-01-01, 2024-06-30",
        "2023-12-25, 2023-12-25"
    })
    void byCategoryEqualsTheLedger(String from, String to) throws Exception {
        JsonNode report = json(user.get("/api/v1/reports/by-category?from=" + from + "&to=" + to));

        assertThat(report.path("currency").asText()).isEqualTo("EUR");
        assertThat(byCategory(report)).isEqualTo(ledgerByCategory(from, to, ""));
    }

    @Test
    void byCategoryFiltersByCategorySourceKindAndSource() throws Exception {
        String period = "from=2023-01-01&to=2024-06-30";

        assertThat(byCategory(json(user.get("/api/v1/reports/by-category?" + period + "&category=Groceries"))))
                .isEqualTo(ledgerByCategory("2023-01-01", "2024-06-30", " and t.category = 'groceries'"))
                .hasSize(1);
        assertThat(byCategory(json(user.get("/api/v1/reports/by-category?" + period + "&sourceKind=CASH"))))
                .isEqualTo(ledgerByCategory("2023-01-01", "2024-06-30", " and s.kind = 'CASH'"))
                .containsOnlyKeys("EXPENSE|Hobbies");
        assertThat(byCategory(json(user.get("/api/v1/reports/by-category?" + period + "&source=" + cardSource))))
                .isEqualTo(ledgerByCategory("2023-01-01", "2024-06-30", " and s.id = '" + cardSource + "'::uuid"));
        assertThat(byCategory(json(
                        user.get("/api/v1/reports/by-category?" + period + "&category=Groceries&category=Transport"))))
                .isEqualTo(
                        ledgerByCategory("2023-01-01", "2024-06-30", " and t.category in ('groceries', 'transport')"));
    }

    @Test
    void transfersBetweenOwnAccountsAreNeitherSpendingNorIncome() throws Exception {
        JsonNode report = json(user.get("/api/v1/reports/by-category?from=2024-05-01&to=2024-05-31"));

        assertThat(byCategory(report)).containsEntry("TRANSFER|Transfers", "500.00 x2");
        JsonNode balance = json(user.get("/api/v1/reports/balance?from=2024-05-01&to=2024-05-31&interval=month"));
        assertThat(new BigDecimal(balance.path("rows").get(0).path("income").asText()))
                .isEqualByComparingTo("2500.00");
    }

    @ParameterizedTest(name = "{0} – {1} by {2}")
    @CsvSource({
        "2023-01-01, 2024-06-30, month",
        "2024-02-26, 2024-03-03, day",
        "2024-01-01, 2024-06-30, week",
        "2023-01-01, 2024-06-30, year",
        "2022-06-01, 2022-07-31, month"
    })
    void balanceEqualsTheLedger(String from, String to, String interval) throws Exception {
        JsonNode report =
                json(user.get("/api/v1/reports/balance?from=" + from + "&to=" + to + "&interval=" + interval));

        String bucket = switch (interval) {
            case "day" -> "booked_date";
            case "week" -> "date_trunc('week', booked_date)::date";
            case "month" -> "date_trunc('month', booked_date)::date";
            default -> "date_trunc('year', booked_date)::date";
        };
        Map<String, String> expected = new TreeMap<>();
        for (List<Object> row : ledger(
                "select " + bucket + " as period, coalesce(sum(amount) filter (where type = 'INCOME'), 0),"
                        + " coalesce(-sum(amount) filter (where type = 'EXPENSE'), 0) from transactions"
                        + " where user_id = ?::uuid and not pending and booked_date between ?::date and ?::date"
                        + " and type <> 'TRANSFER' group by 1",
                userId,
                from,
                to)) {
            expected.put(row.get(0).toString(), money(row.get(1)) + " / " + money(row.get(2)));
        }
        Map<String, String> actual = new TreeMap<>();
        for (JsonNode row : report.path("rows")) {
            BigDecimal income = new BigDecimal(row.path("income").asText());
            BigDecimal expenses = new BigDecimal(row.path("expenses").asText());
            assertThat(new BigDecimal(row.path("net").asText())).isEqualByComparingTo(income.subtract(expenses));
            if (income.signum() != 0 || expenses.signum() != 0) {
                actual.put(row.path("start").asText(), money(income) + " / " + money(expenses));
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(report.path("rows").get(0).path("start").asText()).isLessThanOrEqualTo(from);
    }

    @Test
    void largestAreTheBiggestPaymentsByAbsoluteValue() throws Exception {
        JsonNode report = json(user.get("/api/v1/reports/largest?from=2024-01-01&to=2024-06-30&limit=15"));

        List<String> expected = new ArrayList<>();
        for (List<Object> row : ledger(
                "select amount from transactions where user_id = ?::uuid and not pending and type <> 'TRANSFER'"
                        + " and booked_date between '2024-01-01' and '2024-06-30' order by abs(amount) desc limit 15",
                userId)) {
            expected.add(money(row.get(0)));
        }
        assertThat(report.path("rows").findValuesAsText("amount").stream().map(ReportsIT::money))
                .containsExactlyElementsOf(expected);
        assertThat(report.path("rows").get(0).path("description").asText()).isEqualTo("SALARY ACME GMBH");
    }

    /** A month asks about its merchants only; a longer period reads the whole history before it (decision 58). */
    @ParameterizedTest
    @CsvSource({"2024-05-01, 2024-05-31", "2024-04-01, 2024-12-31"})
    void newMerchantsAreThoseFirstSeenInThePeriod(String from, String to) throws Exception {
        JsonNode report = json(user.get("/api/v1/reports/new-merchants?from=" + from + "&to=" + to));

        Map<String, String> expected = new TreeMap<>();
        for (List<Object> row : ledger(
                "select merchant, min(booked_date), count(*), -sum(amount) from transactions where user_id = ?::uuid"
                        + " and not pending and type <> 'TRANSFER' and booked_date <= '" + to + "' group by merchant"
                        + " having min(booked_date) >= '" + from + "'",
                userId)) {
            expected.put((String) row.get(0), row.get(1) + " " + row.get(2) + " " + money(row.get(3)));
        }
        Map<String, String> actual = new TreeMap<>();
        report.path("rows")
                .forEach(r -> actual.put(
                        r.path("merchant").asText(),
                        r.path("firstSeen").asText() + " " + r.path("count").asText() + " "
                                + money(r.path("total").asText())));
        assertThat(actual).isEqualTo(expected).containsKeys("Brand New Bookshop", "Parking Garage City");
    }

    @Test
    void growthComparesWithThePreviousPeriodOfEqualLength() throws Exception {
        JsonNode report = json(user.get("/api/v1/reports/growth?from=2024-05-01&to=2024-05-31"));

        assertThat(report.path("previousFrom").asText()).isEqualTo("2024-03-31");
        assertThat(report.path("previousTo").asText()).isEqualTo("2024-04-30");
        assertThat(report.path("earlierData").path("comparison").asText()).isEqualTo("WHOLE_PERIOD");
        Map<String, String> expected = new TreeMap<>();
        for (List<Object> row : ledger(
                "select " + ENGLISH_NAME.replace("t.category", "category")
                        + ", coalesce(-sum(amount) filter (where booked_date >= '2024-05-01'), 0),"
                        + " coalesce(-sum(amount) filter (where booked_date < '2024-05-01'), 0) from transactions"
                        + " where user_id = ?::uuid and not pending and type = 'EXPENSE'"
                        + " and booked_date between '2024-03-31' and '2024-05-31' group by 1",
                userId)) {
            BigDecimal current = (BigDecimal) row.get(1);
            BigDecimal previous = (BigDecimal) row.get(2);
            if (current.compareTo(previous) > 0) {
                expected.put((String) row.get(0), money(previous) + " → " + money(current));
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (JsonNode row : report.path("rows")) {
            if (row.path("merchant").isNull() || row.path("merchant").isMissingNode()) {
                actual.put(
                        row.path("category").asText(),
                        money(row.path("previous").asText()) + " → "
                                + money(row.path("current").asText()));
            }
        }
        assertThat(actual).isEqualTo(expected).isNotEmpty();
        assertThat(report.path("transactions").findValuesAsText("merchant"))
                .as("larger than anything the merchant had before")
                .contains("Bakery Sonne");
    }

    @Test
    void highlightsExplainEachStrangeTransaction() {
        JsonNode report = json(user.get("/api/v1/reports/highlights?from=2024-05-01&to=2024-05-31"));

        Map<String, String> merchantByKind = new TreeMap<>();
        report.path("rows")
                .forEach(r -> merchantByKind.merge(
                        r.path("kind").asText(),
                        r.path("transaction").path("merchant").asText(),
                        (a, b) -> a + "," + b));
        assertThat(merchantByKind)
                .containsEntry("UNUSUAL_AMOUNT", "Bakery Sonne")
                .containsEntry("DUPLICATE_CHARGE", "Parking Garage City")
                .containsEntry("PRICE_CHANGE", "Netflix")
                .containsEntry("AFTER_LONG_GAP", "Dentist Smile");
        assertThat(report.path("rows").findValuesAsText("reason"))
                .allSatisfy(reason -> assertThat(reason).isNotBlank())
                .anySatisfy(reason -> assertThat(reason).contains("95.00").contains("usual"));
    }

    /** A period longer than a quarter finds the long gap of a month within it. */
    @Test
    void aLongPeriodFindsTheSameLongGap() {
        JsonNode report = json(user.get("/api/v1/reports/highlights?from=2024-05-01&to=2024-10-31"));

        assertThat(report.path("rows").findValuesAsText("kind")).contains("AFTER_LONG_GAP");
        report.path("rows").forEach(r -> {
            if (r.path("kind").asText().equals("AFTER_LONG_GAP")) {
                assertThat(r.path("transaction").path("merchant").asText()).isEqualTo("Dentist Smile");
            }
        });
    }

    @Test
    void aPeriodBeforeAnyDataIsEmptyNotAnError() {
        String period = "from=2020-01-01&to=2020-03-31";

        assertThat(json(user.get("/api/v1/reports/by-category?" + period)).path("rows"))
                .isEmpty();
        assertThat(json(user.get("/api/v1/reports/largest?" + period)).path("rows"))
                .isEmpty();
        assertThat(json(user.get("/api/v1/reports/growth?" + period)).path("rows"))
                .isEmpty();
        assertThat(json(user.get("/api/v1/reports/new-merchants?" + period)).path("rows"))
                .isEmpty();
        assertThat(json(user.get("/api/v1/reports/highlights?" + period)).path("rows"))
                .isEmpty();
        assertThat(json(user.get("/api/v1/reports/balance?" + period))
                        .path("rows")
                        .findValuesAsText("net"))
                .containsOnly("0.00");
    }

    @Test
    void badParametersAreRefusedWithTheReason() {
        assertThat(user.get("/api/v1/reports/by-category?from=2024-05-31&to=2024-05-01")
                        .statusCode())
                .isEqualTo(400);
        assertThat(user.get("/api/v1/reports/by-category?from=yesterday").statusCode())
                .isEqualTo(400);
        assertThat(user.get("/api/v1/reports/balance?interval=fortnight").statusCode())
                .isEqualTo(400);
        assertThat(user.get("/api/v1/reports/by-category?sourceKind=PIGGY_BANK").statusCode())
                .isEqualTo(400);
        assertThat(user.get("/api/v1/reports/largest?limit=0").statusCode()).isEqualTo(400);
        assertThat(user.get("/api/v1/reports/nonsense/export?format=csv").statusCode())
                .isEqualTo(404);
        assertThat(user.get("/api/v1/reports/by-category/export?format=docx").statusCode())
                .isEqualTo(400);
        assertThat(Api.http().get("/api/v1/reports/by-category").statusCode()).isEqualTo(401);
    }

    @Test
    void aUsersReportsNeverContainAnotherUsersRows() {
        Api other = Api.signedInUser();
        FileImportIT.importAndWait(
                other, "other.csv", bytes("Date,Description,Amount\n2024-05-02,LIDL 4711 BERLIN,-1.11\n"));

        JsonNode theirs = json(other.get("/api/v1/reports/by-category?from=2023-01-01&to=2024-06-30"));
        JsonNode largest = json(other.get("/api/v1/reports/largest?from=2023-01-01&to=2024-06-30"));

        assertThat(byCategory(theirs)).containsExactly(Map.entry("EXPENSE|Groceries", "1.11 x1"));
        assertThat(largest.path("rows").findValuesAsText("amount")).containsExactly("-1.11");
    }

    static Map<String, String> byCategory(JsonNode report) {
        Map<String, String> rows = new TreeMap<>();
        report.path("rows")
                .forEach(r -> rows.put(
                        r.path("type").asText() + "|" + r.path("category").asText(),
                        money(r.path("total").asText()) + " x" + r.path("count").asLong()));
        return rows;
    }

    static Map<String, String> ledgerByCategory(String from, String to, String condition) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        for (List<Object> row : ledger(
                "select t.type, " + ENGLISH_NAME + ", case t.type when 'EXPENSE' then -sum(t.amount) when 'INCOME' then"
                        + " sum(t.amount) else coalesce(-sum(t.amount) filter (where t.amount < 0), 0) end, count(*)"
                        + " from transactions t join sources s on s.id = t.source_id where t.user_id = ?::uuid"
                        + " and not t.pending and t.booked_date between ?::date and ?::date" + condition
                        + " group by 1, 2",
                userId,
                from,
                to)) {
            rows.put(row.get(0) + "|" + row.get(1), money(row.get(2)) + " x" + row.get(3));
        }
        return rows;
    }

    static List<List<Object>> ledger(String sql, Object... parameters) throws Exception {
        try (var db = SystemUnderTest.postgres();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        values.add(row.getObject(c));
                    }
                    rows.add(values);
                }
            }
            return rows;
        }
    }

    static String money(Object amount) {
        return new BigDecimal(amount.toString())
                .setScale(2, java.math.RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    static long longOf(String sql) throws Exception {
        return ((Number) ledger(sql, userId).get(0).get(0)).longValue();
    }

    static long clickHouseCount() throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                PreparedStatement query = ch.prepareStatement("SELECT count() FROM "
                        + SystemUnderTest.clickHouseDatabase() + ".ledger FINAL WHERE user_id = ? AND deleted = 0")) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static void assertCompleted(JsonNode run) {
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
