package org.tributary.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;
import static org.tributary.reporting.ReportsIT.assertCompleted;
import static org.tributary.reporting.ReportsIT.bytes;
import static org.tributary.reporting.ReportsIT.ledger;
import static org.tributary.reporting.ReportsIT.money;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * The reports that list transactions rank them on ClickHouse's unmerged ledger, where a re-categorised
 * transaction is still there in its old version too, and read only the candidates' latest versions. Here
 * merges are stopped, so the old versions stay: the largest payments, the previous month's largest and
 * one of two identical charges are moved out of the category asked for, and a source is deleted; every
 * answer still equals the ledger in PostgreSQL.
 */
class StaleVersionsIT {

    private static final String FILTER = "category=Groceries";

    static Api user;
    static String userId;

    @BeforeAll
    static void importThenMoveTheLargestOutOfTheirCategory() throws Exception {
        user = Api.signedInUser();
        userId = json(user.get("/api/v1/me")).path("id").asText();
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        List<String> april = List.of("-20.00", "-25.00", "-30.00", "-200.00");
        for (int i = 0; i < april.size(); i++) {
            // From the 1st, so that April covers enough of the month before May to compare with (decision 29).
            csv.append(String.format("2024-04-0%d,LIDL 4711 BERLIN,%s%n", 1 + i, april.get(i)));
        }
        for (int i = 0; i < 40; i++) {
            csv.append(String.format("2024-05-%02d,LIDL 4711 BERLIN,-%d.00%n", 1 + i % 28, 10 + i));
        }
        for (int i = 0; i < 15; i++) {
            csv.append(String.format("2024-05-%02d,LIDL 4711 BERLIN,-%d.00%n", 1 + i, 300 + i));
        }
        csv.append("2024-05-21,LIDL 4711 BERLIN,-12.34\n2024-05-21,LIDL 4711 BERLIN,-12.34\n");
        assertCompleted(FileImportIT.importAndWait(user, "lidl.csv", bytes(csv.toString())));
        assertThat(kinds(json(user.get("/api/v1/reports/highlights?from=2024-05-01&to=2024-05-31&" + FILTER))))
                .as("before the move")
                .contains("DUPLICATE_CHARGE");

        mergesOfTheLedger("STOP");
        for (List<Object> row : ledger(
                "select id from transactions where user_id = ?::uuid and amount <= -200 union all (select id from"
                        + " transactions where user_id = ?::uuid and amount = -12.34 order by id limit 1)",
                userId,
                userId)) {
            var moved = user.patch("/api/v1/transactions/" + row.get(0), "{\"category\":\"Household\"}");
            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
        assertThat(oldVersionsInClickHouse()).as("old versions left unmerged").isGreaterThanOrEqualTo(17);
    }

    @AfterAll
    static void mergeAgain() throws Exception {
        mergesOfTheLedger("START");
    }

    @Test
    void largestSkipsTheOldVersionsThatRankFirst() throws Exception {
        for (int limit : List.of(2, 10)) {
            JsonNode report = json(
                    user.get("/api/v1/reports/largest?from=2024-05-01&to=2024-05-31&limit=" + limit + "&" + FILTER));

            List<String> expected = new ArrayList<>();
            for (List<Object> row : ledger(
                    "select amount from transactions where user_id = ?::uuid and type <> 'TRANSFER'"
                            + " and category = 'groceries' and booked_date between '2024-05-01' and '2024-05-31'"
                            + " order by abs(amount) desc limit " + limit,
                    userId)) {
                expected.add(money(row.get(0)));
            }
            assertThat(report.path("rows").findValuesAsText("amount").stream().map(ReportsIT::money))
                    .as("limit %d", limit)
                    .containsExactlyElementsOf(expected)
                    .doesNotContain("-300.00");
        }
    }

    @Test
    void growthComparesWithThePreviousMonthsLargestAsItIsNow() throws Exception {
        JsonNode report = json(user.get("/api/v1/reports/growth?from=2024-05-01&to=2024-05-31&" + FILTER));

        List<String> expected = new ArrayList<>();
        for (List<Object> row : ledger(
                "select t.amount from transactions t where t.user_id = ?::uuid and t.type = 'EXPENSE'"
                        + " and t.category = 'groceries' and t.booked_date between '2024-05-01' and '2024-05-31'"
                        + " and t.amount < (select min(p.amount) from transactions p where p.user_id = t.user_id"
                        + " and p.merchant = t.merchant and p.currency = t.currency and p.type = 'EXPENSE'"
                        + " and p.category = 'groceries' and p.booked_date between '2024-03-31' and '2024-04-30')"
                        + " order by t.amount",
                userId)) {
            expected.add(money(row.get(0)));
        }
        assertThat(expected)
                .as("May's payments beyond April's 30.00, now that 200.00 is not groceries")
                .hasSize(19);
        assertThat(report.path("transactions").findValuesAsText("amount").stream()
                        .map(ReportsIT::money))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aChargeMovedOutOfTheCategoryIsNoLongerADuplicateInIt() {
        JsonNode report = json(user.get("/api/v1/reports/highlights?from=2024-05-01&to=2024-05-31&" + FILTER));

        assertThat(kinds(report)).doesNotContain("DUPLICATE_CHARGE");
    }

    @Test
    void aDeletedSourcesPaymentsLeaveTheListsAtOnce() {
        Api other = Api.signedInUser();
        String card = json(other.post(
                        "/api/v1/sources", "{\"kind\":\"FILE\",\"provider\":\"upload\",\"name\":\"Card\"}"))
                .path("id")
                .asText();
        assertCompleted(FileImportIT.importAndWait(
                other,
                "giro.csv",
                bytes("Date,Description,Amount\n2024-05-03,REWE 12,-20.00\n2024-05-04,REWE 13,-25.00\n")));
        assertCompleted(FileImportIT.importAndWait(
                other,
                "card.csv",
                bytes("Date,Description,Amount\n2024-05-05,IKEA 77,-900.00\n"),
                java.util.Map.of("sourceId", card)));
        String largest = "/api/v1/reports/largest?from=2024-05-01&to=2024-05-31&limit=5";
        assertThat(json(other.get(largest)).path("rows").findValuesAsText("amount").stream()
                        .map(ReportsIT::money))
                .contains("-900.00");

        assertThat(other.delete("/api/v1/sources/" + card).statusCode()).isBetween(200, 204);

        assertThat(json(other.get(largest)).path("rows").findValuesAsText("amount").stream()
                        .map(ReportsIT::money))
                .as("the card's payment, unmerged in ClickHouse under its tombstone, is gone")
                .containsExactly("-25.00", "-20.00");
    }

    private static List<String> kinds(JsonNode highlights) {
        return highlights.path("rows").findValuesAsText("kind");
    }

    private static void mergesOfTheLedger(String stopOrStart) throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                Statement statement = ch.createStatement()) {
            statement.executeUpdate(
                    "SYSTEM " + stopOrStart + " MERGES " + SystemUnderTest.clickHouseDatabase() + ".ledger");
        }
    }

    private static long oldVersionsInClickHouse() throws Exception {
        try (var ch = SystemUnderTest.clickHouse();
                PreparedStatement query = ch.prepareStatement("SELECT count() - uniqExact(transaction_id) FROM "
                        + SystemUnderTest.clickHouseDatabase() + ".ledger WHERE user_id = ?")) {
            query.setString(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
