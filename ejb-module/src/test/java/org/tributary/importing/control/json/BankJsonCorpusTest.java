package org.tributary.importing.control.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * Every bank-API JSON file of the corpus gives the README's "tx" count of rows: booked plus pending, the pending ones
 * marked.
 */
class BankJsonCorpusTest {

    private static final String BERLIN_GROUP = "api-json/berlin-group-nextgenpsd2/xs2a-adapter-recorded-sandboxes/";
    private static final String OFXSTATEMENT_NORDIGEN = "api-json/gocardless-nordigen/ofxstatement-nordigen/";
    private static final String NORDIGEN_DOTNET = "api-json/gocardless-nordigen/nordigendotnet/";
    private static final String ROBINTTY = "api-json/gocardless-nordigen/robintty-nordigenapiclient/";
    private static final String UK_OPEN_BANKING = "api-json/uk-open-banking/read-write-api-docs/";
    private static final String SIMPLEFIN = "api-json/simplefin/sfin2ledger/";
    private static final String PLAID = "api-json/plaid/sandbox-custom-users-INPUT-not-response/";

    /**
     * The README gives these files 0 transactions; the reader refuses them (422 through the API) rather than reading
     * an empty statement, because they are not transaction reports at all, and an upload of one is a mistake worth
     * saying. An empty report of a known shape is different: adorsys' is read with 0 rows (see below).
     */
    private static final Map<String, String> NOT_STATEMENTS = Map.of(
            NORDIGEN_DOTNET + "GetDetails.json",
            "an account-details response (only 'account'): no transaction list anywhere",
            ROBINTTY + "responses-all-endpoints.json",
            "a bundle of mock responses keyed by endpoint name; the sample transactions nested under"
                    + " GetTransactions and GetTransactionRange are test fixtures (the same three, twice), not"
                    + " a statement, and the README counts 0",
            ROBINTTY + "error-date-range-in-future.json",
            "a 400 error body: the request failed and there is no report");

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern PENDING = Pattern.compile("(\\d+) pending");

    static Stream<Arguments> jsonFiles() {
        return CorpusFiles.entries().stream()
                .filter(e -> e.file().startsWith("api-json/"))
                .map(e -> Arguments.of(e.file(), e));
    }

    @Test
    void theCorpusHasTwentySixJsonFiles() {
        assertThat(jsonFiles()).hasSize(26);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonFiles")
    void readsTheReadmeCountOfBookedAndPendingRows(String file, CorpusFiles.Entry entry) {
        if (NOT_STATEMENTS.containsKey(file)) {
            assertThat(readmeTx(file)).isEqualTo("0");
            assertThatThrownBy(() -> read(file, "EUR"))
                    .as(NOT_STATEMENTS.get(file))
                    .isInstanceOf(UnreadableStatementException.class)
                    .hasMessageContaining("no transactions");
            return;
        }
        Statement statement = read(file, "EUR");

        assertThat(statement.format()).isEqualTo("json");
        assertThat(statement.errors()).isEmpty();
        assertThat(statement.rows()).hasSize(readmeTotal(file));
        assertThat(statement.rows().stream().filter(ParsedRow::pending)).hasSize(readmePending(file));
        assertThat(statement.rows()).allSatisfy(row -> {
            assertThat(row.line()).isPositive();
            assertThat(row.bookedDate()).isNotNull();
            assertThat(row.currency()).matches("[A-Z]{3}");
            assertThat(row.description()).isNotNull();
            assertThat(row.counterparty()).isNotNull();
            assertThat(row.cells()).hasSize(1);
        });
    }

    @Test
    void aReportThatOnlyLinksToADownloadHasNoRowsAndIsNoError() {
        // adorsys sends account, balances and _links.download: the transactions are too many to send inline and
        // have to be fetched from the link. That is a Berlin Group transaction report, with nothing in it yet.
        Statement statement = read(BERLIN_GROUP + "adorsys-get-transactions.json", "EUR");

        assertThat(statement.rows()).isEmpty();
        assertThat(statement.errors()).isEmpty();
    }

    @Test
    void amountsMayBeJsonNumbersOrStrings() {
        assertThat(read(BERLIN_GROUP + "comdirect-get-transactions.json", "EUR").rows())
                .extracting(
                        ParsedRow::line,
                        ParsedRow::bookedDate,
                        ParsedRow::amount,
                        ParsedRow::currency,
                        ParsedRow::description,
                        ParsedRow::counterparty,
                        ParsedRow::externalId)
                .containsExactly(tuple(
                        19,
                        LocalDate.of(2021, 9, 14),
                        new BigDecimal("-256.67"),
                        "EUR",
                        "Example 1",
                        "John Miles",
                        "1234567"));
        // One string ("-90.01") and one JSON number (-46.97) in the same file.
        assertThat(read(BERLIN_GROUP + "santander-get-transactions.json", "EUR").rows())
                .extracting(ParsedRow::amount, ParsedRow::counterparty)
                .containsExactly(
                        tuple(new BigDecimal("-90.01"), "Sunny AG"),
                        tuple(new BigDecimal("-46.97"), "External Creditor"));
    }

    @Test
    void uniCreditsUnsignedAmountsTakeTheirDirectionFromTheOwnIban() {
        // Every UniCredit amount is positive. The holder (account.iban DE49700202700123456785) is the debtor of an
        // outgoing transfer and the creditor of an incoming one.
        assertThat(read(BERLIN_GROUP + "unicredit-get-transactions.json", "EUR").rows())
                .extracting(ParsedRow::externalId, ParsedRow::amount, ParsedRow::counterparty)
                .containsExactly(
                        tuple("1234567890123456", new BigDecimal("-180.12"), "Lorem ipsum"),
                        tuple("3456789012345612", new BigDecimal("18119.12"), "duo dolores"),
                        tuple("5678901234561234", new BigDecimal("119.12"), "duo dolores"),
                        tuple("7890123456123456", new BigDecimal("-472.96"), "voluptates repudiandae"),
                        tuple("9012345612345678", new BigDecimal("-21.80"), "Itaque earum"),
                        // Debtor account NL18ABNA…, not the own IBAN, but the debtor is "Our Customer", the name the
                        // holder has on the transactions the IBAN matched: a card payment, outgoing.
                        tuple(
                                "9112345612345678",
                                new BigDecimal("-2000.00"),
                                "Card Transaction Card: 1234-1711-1234-1234"),
                        tuple("5678901234567890", new BigDecimal("9269.12"), "At vero"));
    }

    @Test
    void withoutTheOwnIbanAnUnsignedTransactionNamingOnlyItsCreditorIsOutgoing() {
        String report = """
                {"transactions": {"booked": [
                  {"bookingDate": "2024-01-02", "transactionAmount": {"amount": "12.50", "currency": "EUR"},
                   "creditorName": "Bakery"},
                  {"bookingDate": "2024-01-03", "transactionAmount": {"amount": "100.00", "currency": "EUR"},
                   "debtorName": "Employer"}]}}
                """;

        assertThat(BankJsonStatementReader.read(report.getBytes(StandardCharsets.UTF_8), "EUR")
                        .rows())
                .extracting(ParsedRow::amount, ParsedRow::counterparty)
                .containsExactly(
                        tuple(new BigDecimal("-12.50"), "Bakery"), tuple(new BigDecimal("100.00"), "Employer"));
    }

    @Test
    void aSignedReportKeepsItsSignsEvenWhereTheBankIsInconsistent() {
        // Deutsche Bank's sandbox books the payment to John Miles positive, but its pending -100.03 shows that the
        // report is signed: the signs stay as given, and the pending row (no bookingDate) is dated by its valueDate.
        assertThat(read(BERLIN_GROUP + "deutsche-bank-get-transactions.json", "EUR")
                        .rows())
                .extracting(
                        ParsedRow::line,
                        ParsedRow::amount,
                        ParsedRow::bookedDate,
                        ParsedRow::valueDate,
                        ParsedRow::pending,
                        ParsedRow::counterparty)
                .containsExactly(
                        tuple(
                                4,
                                new BigDecimal("256.67"),
                                LocalDate.of(2017, 10, 25),
                                LocalDate.of(2017, 10, 26),
                                false,
                                "John Miles"),
                        tuple(
                                18,
                                new BigDecimal("343.01"),
                                LocalDate.of(2017, 10, 25),
                                LocalDate.of(2017, 10, 26),
                                false,
                                "Paul Simpson"),
                        tuple(
                                39,
                                new BigDecimal("-100.03"),
                                LocalDate.of(2017, 10, 26),
                                LocalDate.of(2017, 10, 26),
                                true,
                                "Claude Renault"));
    }

    @Test
    void remittanceInformationInEachOfItsForms() {
        // ING: remittanceInformationStructured is an object {"reference": …}; all positive, debtor only: incoming.
        assertThat(read(BERLIN_GROUP + "ing-get-transactions.json", "EUR").rows())
                .extracting(ParsedRow::amount, ParsedRow::description, ParsedRow::counterparty)
                .containsExactly(
                        tuple(new BigDecimal("50.00"), "Bestellung 1234", "Hans Mustermann"),
                        tuple(new BigDecimal("40.50"), "Einkauf 1234", "Hans Mustermann"));
        assertThat(read(OFXSTATEMENT_NORDIGEN + "BANQUEPOPULAIRE_RIVES_DE_PARIS_CCBPFRPPMTG.json", "EUR")
                        .rows()
                        .get(0)
                        .description())
                .isEqualTo("CB****2222 Food Restaurant");
        // Fiducia's double spaces are collapsed.
        assertThat(read(BERLIN_GROUP + "fiducia-get-transactions.json", "EUR")
                        .rows()
                        .get(0)
                        .description())
                .isEqualTo("Abrechnung vom 30.11.2018");
    }

    @Test
    void goCardlessAmountsWithFourDecimalsAndDateTimes() {
        Statement statement = read(OFXSTATEMENT_NORDIGEN + "sample-statement.json", "EUR");

        assertThat(statement.rows())
                .extracting(ParsedRow::bookedDate, ParsedRow::valueDate, ParsedRow::amount, ParsedRow::currency)
                .containsExactly(
                        tuple(LocalDate.of(2025, 3, 28), null, new BigDecimal("-10.5000"), "GBP"),
                        tuple(LocalDate.of(2025, 3, 31), null, new BigDecimal("-140.74"), "GBP"),
                        tuple(LocalDate.of(2025, 4, 4), null, new BigDecimal("-50.00"), "GBP"),
                        tuple(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 19), new BigDecimal("-217.76"), "GBP"),
                        tuple(LocalDate.of(2025, 4, 5), null, new BigDecimal("-0.5600"), "GBP"));
        assertThat(statement.rows().get(0).amount()).isEqualByComparingTo("-10.50");
        // The integer amount string "-1" of Caisse d'Epargne.
        assertThat(read(OFXSTATEMENT_NORDIGEN + "CAISSEDEPARGNE_ILE_DE_FRANCE_CEPAFRPP751.json", "EUR")
                        .rows())
                .extracting(ParsedRow::line, ParsedRow::amount, ParsedRow::externalId)
                .containsExactly(tuple(5, new BigDecimal("-1"), "777"));
    }

    @Test
    void snakeCaseKeysAndExplicitNulls() {
        // As ofxstatement-nordigen's expected/test_snake_case.ofx: 2026-01-12, -5.81, FITID ANONYMIZED_ID_1.
        assertThat(read(OFXSTATEMENT_NORDIGEN + "test_snake_case.json", "EUR").rows())
                .extracting(
                        ParsedRow::bookedDate,
                        ParsedRow::valueDate,
                        ParsedRow::amount,
                        ParsedRow::currency,
                        ParsedRow::description,
                        ParsedRow::counterparty,
                        ParsedRow::externalId)
                .containsExactly(tuple(
                        LocalDate.of(2026, 1, 12),
                        null,
                        new BigDecimal("-5.81"),
                        "GBP",
                        "ANONYMIZED MERCHANT",
                        "",
                        "ANONYMIZED_ID_1"));
    }

    @Test
    void theSandboxPlaceholderStringIsNoValue() {
        // "string" is the OpenAPI example value the GoCardless sandbox copied into currency and transactionId.
        assertThat(read(ROBINTTY + "transactions-sandboxfinance.json", "CHF").rows())
                .extracting(
                        ParsedRow::amount,
                        ParsedRow::currency,
                        ParsedRow::externalId,
                        ParsedRow::description,
                        ParsedRow::pending,
                        ParsedRow::bookedDate)
                .containsExactly(
                        tuple(
                                new BigDecimal("45.00"),
                                "EUR",
                                null,
                                "For the support of Restoration of the Republic foundation",
                                false,
                                LocalDate.of(2021, 11, 19)),
                        tuple(new BigDecimal("947.26"), "CHF", null, "", false, LocalDate.of(2021, 11, 19)),
                        tuple(new BigDecimal("99.20"), "CHF", null, "", true, LocalDate.of(2021, 11, 19)));
    }

    @Test
    void pendingRowsAreMarkedAndKeepTheIdTheyShareWithTheirBookedRow() {
        Statement statement = read(NORDIGEN_DOTNET + "GetTransactions.json", "EUR");

        assertThat(statement.rows())
                .extracting(ParsedRow::line, ParsedRow::externalId, ParsedRow::pending, ParsedRow::bookedDate)
                .containsExactly(
                        tuple(4, "2023111101697308-1", false, LocalDate.of(2023, 11, 8)),
                        tuple(26, "2023111101697308-2", false, LocalDate.of(2023, 11, 8)),
                        // "+01:00": the date part as the bank wrote it, not moved to UTC.
                        tuple(48, "2023111101697308-3", false, LocalDate.of(2023, 11, 8)),
                        tuple(72, "2023111101697308-1", true, LocalDate.of(2023, 11, 8)));
    }

    @Test
    void ukOpenBankingCreditsArePositiveAndDebitsNegative() {
        assertThat(read(UK_OPEN_BANKING + "ob-v3.1.11-02-get-transactions-response.json", "EUR")
                        .rows())
                .extracting(
                        ParsedRow::line,
                        ParsedRow::bookedDate,
                        ParsedRow::amount,
                        ParsedRow::currency,
                        ParsedRow::description,
                        ParsedRow::externalId,
                        ParsedRow::pending)
                .containsExactly(
                        tuple(
                                4,
                                LocalDate.of(2017, 4, 5),
                                new BigDecimal("10.00"),
                                "GBP",
                                "Cash from Aubrey",
                                "123",
                                false),
                        tuple(
                                34,
                                LocalDate.of(2017, 5, 2),
                                new BigDecimal("-100.00"),
                                "GBP",
                                "Paid the gas bill",
                                "567",
                                false));
    }

    @Test
    void ukOpenBankingV4FilesWithARawTabInAStringAreReadWithASpace() throws IOException {
        String file = UK_OPEN_BANKING + "ob-v4.0-02-get-transactions-response.json";
        String text = Files.readString(CorpusFiles.root().resolve(file));
        assertThat(text).contains("\"\tVISA\"");
        assertThatThrownBy(() -> Json.createReader(new StringReader(text)).read())
                .isInstanceOf(JsonParsingException.class);

        Statement statement = read(file, "EUR");

        assertThat(statement.rows())
                .extracting(ParsedRow::line, ParsedRow::amount, ParsedRow::counterparty, ParsedRow::pending)
                .containsExactly(
                        tuple(4, new BigDecimal("10.00"), "Merchant's Name", false),
                        tuple(143, new BigDecimal("-100.00"), "", false));
        assertThat(statement.rows().get(0).cells().get(0)).contains("\"CardSchemeName\":\" VISA\"");
        assertThat(read(UK_OPEN_BANKING + "ob-v4.0-01-get-account-transactions-response.json", "EUR")
                        .rows())
                .extracting(ParsedRow::amount, ParsedRow::description, ParsedRow::counterparty)
                .containsExactly(tuple(new BigDecimal("10.00"), "Cash from Aubrey", "Merchant's Name"));
    }

    @Test
    void ukOpenBankingPendingStatus() {
        String response = """
                {"Data": {"Transaction": [
                  {"TransactionId": "1", "Status": "PDNG", "CreditDebitIndicator": "Debit",
                   "BookingDateTime": "2024-03-01T09:00:00+00:00", "Amount": {"Amount": "5.00", "Currency": "GBP"}},
                  {"TransactionId": "2", "Status": "Pending", "CreditDebitIndicator": "Credit",
                   "ValueDateTime": "2024-03-02T09:00:00+00:00", "Amount": {"Amount": "7.00", "Currency": "GBP"}}]}}
                """;

        assertThat(BankJsonStatementReader.read(response.getBytes(StandardCharsets.UTF_8), "EUR")
                        .rows())
                .extracting(ParsedRow::amount, ParsedRow::pending, ParsedRow::bookedDate)
                .containsExactly(
                        tuple(new BigDecimal("-5.00"), true, LocalDate.of(2024, 3, 1)),
                        tuple(new BigDecimal("7.00"), true, LocalDate.of(2024, 3, 2)));
    }

    @Test
    void simpleFinEpochSecondsAreDatesInUtc() {
        // posted 793090572 is 1995-02-18T06:56:12Z. sfin2ledger's expected ledger says 1995/02/17: it took the
        // timestamp in the local time of a machine west of UTC.
        assertThat(read(SIMPLEFIN + "simplefin-accountset-basic.json", "EUR").rows())
                .extracting(
                        ParsedRow::line,
                        ParsedRow::bookedDate,
                        ParsedRow::amount,
                        ParsedRow::currency,
                        ParsedRow::description,
                        ParsedRow::externalId)
                .containsExactly(tuple(
                        16,
                        LocalDate.of(1995, 2, 18),
                        new BigDecimal("-33293.43"),
                        "USD",
                        "Uncle Frank's Bait Shop",
                        "12394832938403"));
        assertThat(read(SIMPLEFIN + "simplefin-accountset-credit.json", "EUR").rows())
                .extracting(ParsedRow::amount, ParsedRow::description)
                .containsExactly(tuple(new BigDecimal("2250.22"), "Payroll Payment"));
    }

    @Test
    void plaidCountsMoneyOutPositiveSoEveryAmountIsNegated() {
        assertThat(read(PLAID + "transactions_checking_savings_custom_user.json", "EUR")
                        .rows())
                .extracting(ParsedRow::line, ParsedRow::bookedDate, ParsedRow::valueDate, ParsedRow::amount)
                .containsExactly(
                        tuple(7, LocalDate.of(2026, 8, 22), LocalDate.of(2026, 8, 21), new BigDecimal("-398.34")),
                        tuple(14, LocalDate.of(2026, 6, 25), LocalDate.of(2026, 6, 24), new BigDecimal("-1109.01")),
                        tuple(44, LocalDate.of(2026, 8, 22), LocalDate.of(2026, 8, 21), new BigDecimal("-896.65")),
                        tuple(51, LocalDate.of(2026, 6, 25), LocalDate.of(2026, 6, 24), new BigDecimal("-1708.12")));
        // "amount": -7500 is money in: a transfer into the account.
        ParsedRow transferIn =
                read(PLAID + "business_account.json", "EUR").rows().get(3);
        assertThat(transferIn.amount()).isEqualByComparingTo("7500");
        assertThat(transferIn.description()).startsWith("Transfer into Gingham from another bank account.");
        assertThat(transferIn.currency()).isEqualTo("USD");
    }

    @Test
    void theCellIsTheTransactionObjectAsCompactJson() {
        ParsedRow row = read(BERLIN_GROUP + "comdirect-get-transactions.json", "EUR")
                .rows()
                .get(0);

        JsonObject cell =
                Json.createReader(new StringReader(row.cells().get(0))).readObject();
        assertThat(row.cells().get(0)).doesNotContain("\n");
        assertThat(cell.getString("transactionId")).isEqualTo("1234567");
        assertThat(cell.getJsonObject("transactionAmount")
                        .getJsonNumber("amount")
                        .bigDecimalValue())
                .isEqualByComparingTo("-256.67");
    }

    @Test
    void aTransactionThatCannotBeReadIsARowErrorAtItsLine() {
        String report = """
                {"transactions": {"booked": [
                  {"bookingDate": "2024-01-02", "transactionAmount": {"amount": "-1.00", "currency": "EUR"}},
                  {"bookingDate": "02.01.2024", "transactionAmount": {"amount": "-2.00", "currency": "EUR"}},
                  {"bookingDate": "2024-01-02"}
                ]}}
                """;

        Statement statement = BankJsonStatementReader.read(report.getBytes(StandardCharsets.UTF_8), "EUR");

        assertThat(statement.rows()).hasSize(1);
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code, RowError::arguments, RowError::reason)
                .containsExactly(
                        tuple(
                                3,
                                "unreadable-date",
                                List.of("02.01.2024", "bookingDate"),
                                "bookingDate \"02.01.2024\" is not a date"),
                        tuple(
                                4,
                                "missing-amount",
                                List.of("transactionAmount"),
                                "transaction without an amount (transactionAmount)"));
    }

    @Test
    void everyKindOfUnreadableTransactionHasItsCode() {
        String report = """
                {"Data": {"Transaction": [
                  {"CreditDebitIndicator": "Debit", "BookingDateTime": "2024-01-02",
                   "Amount": {"Amount": "1.00", "Currency": "GBP"}},
                  {"BookingDateTime": "2024-01-02", "Amount": {"Amount": "1.00", "Currency": "GBP"}},
                  {"CreditDebitIndicator": "Sideways", "BookingDateTime": "2024-01-02",
                   "Amount": {"Amount": "1.00", "Currency": "GBP"}},
                  {"CreditDebitIndicator": "Debit", "Amount": {"Amount": "1.00", "Currency": "GBP"}},
                  {"CreditDebitIndicator": "Debit", "BookingDateTime": "2024-01-02",
                   "Amount": {"Amount": "one", "Currency": "GBP"}},
                  "a string"
                ]}}
                """;

        Statement statement = BankJsonStatementReader.read(report.getBytes(StandardCharsets.UTF_8), "EUR");

        assertThat(statement.rows()).hasSize(1);
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code, RowError::arguments)
                .containsExactly(
                        tuple(4, "missing-direction", List.of("CreditDebitIndicator")),
                        tuple(5, "unknown-direction", List.of("Sideways", "CreditDebitIndicator")),
                        tuple(7, "missing-date", List.of("BookingDateTime, ValueDateTime")),
                        tuple(8, "unreadable-amount", List.of("one", "Amount.Amount")),
                        tuple(10, "not-an-object", List.of()));
    }

    @Test
    void aFileLevelFailureHasItsCode() {
        assertThatThrownBy(
                        () -> BankJsonStatementReader.read("{\n\"a\": [1,\n}".getBytes(StandardCharsets.UTF_8), "EUR"))
                .isInstanceOfSatisfying(UnreadableStatementException.class, e -> {
                    assertThat(e.code()).isEqualTo("malformed-at");
                    assertThat(e.arguments()).containsExactly("JSON", "3");
                });
        assertThatThrownBy(() -> BankJsonStatementReader.read("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), "EUR"))
                .isInstanceOfSatisfying(
                        UnreadableStatementException.class,
                        e -> assertThat(e.code()).isEqualTo("unknown-json"));
        assertThatThrownBy(() -> BankJsonStatementReader.read(" ".getBytes(StandardCharsets.UTF_8), "EUR"))
                .isInstanceOfSatisfying(
                        UnreadableStatementException.class,
                        e -> assertThat(e.code()).isEqualTo("empty-file"));
    }

    @Test
    void notJsonAtAllIsUnreadable() {
        assertThatThrownBy(() -> BankJsonStatementReader.read(
                        "{\"transactions\": {\"booked\": [".getBytes(StandardCharsets.UTF_8), "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageStartingWith("This file is not valid JSON");
        assertThatThrownBy(() -> BankJsonStatementReader.read("[1, 2]".getBytes(StandardCharsets.UTF_8), "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageContaining("no transactions");
    }

    @Test
    void anErrorBodySaysSo() {
        assertThatThrownBy(() -> read(ROBINTTY + "error-date-range-in-future.json", "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessage("This JSON is an error response of a bank API (status 400): it holds no transactions.")
                .isInstanceOfSatisfying(UnreadableStatementException.class, e -> {
                    assertThat(e.code()).isEqualTo("bank-error-response");
                    assertThat(e.arguments()).containsExactly("400");
                });
    }

    @Test
    void looksLikeBankJsonWhenTheFirstCharacterOpensAnObjectOrArray() {
        assertThat(jsonFiles())
                .allSatisfy(arguments -> assertThat(BankJsonStatementReader.looksLikeBankJson(
                                bytes((String) arguments.get()[0])))
                        .isTrue());
        assertThat(BankJsonStatementReader.looksLikeBankJson("\uFEFF \r\n\t[{}]".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(BankJsonStatementReader.looksLikeBankJson("Datum;Betrag\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(BankJsonStatementReader.looksLikeBankJson(":20:STARTUMS\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(BankJsonStatementReader.looksLikeBankJson(new byte[0])).isFalse();
    }

    private static Statement read(String file, String defaultCurrency) {
        return BankJsonStatementReader.read(bytes(file), defaultCurrency);
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(CorpusFiles.root().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The README's "tx" cell of a file: "4", or "2 booked + 1 pending". */
    private static String readmeTx(String file) {
        try {
            return Files.readAllLines(CorpusFiles.root().resolve("README.md")).stream()
                    .filter(line -> line.contains("`" + file + "`"))
                    .map(line -> line.split("\\|")[9].strip())
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int readmeTotal(String file) {
        Matcher number = NUMBER.matcher(readmeTx(file));
        int total = 0;
        while (number.find()) {
            total += Integer.parseInt(number.group());
        }
        return total;
    }

    private static int readmePending(String file) {
        Matcher pending = PENDING.matcher(readmeTx(file));
        return pending.find() ? Integer.parseInt(pending.group(1)) : 0;
    }
}
