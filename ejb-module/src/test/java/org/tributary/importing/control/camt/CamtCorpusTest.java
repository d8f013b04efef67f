package org.tributary.importing.control.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** Every CAMT file of the corpus gives one row per entry ({@code <Ntry>}), as the README's "tx" column counts them. */
class CamtCorpusTest {

    static Stream<Arguments> camtFiles() {
        return CorpusFiles.entries().stream()
                .filter(e -> e.file().startsWith("camt05"))
                .map(e -> Arguments.of(e.file(), e));
    }

    @Test
    void theCorpusHasTwentyFiveCamtFiles() {
        assertThat(camtFiles()).hasSize(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("camtFiles")
    void readsOneRowPerEntry(String file, CorpusFiles.Entry entry) throws IOException {
        Statement statement = CamtStatementReader.read(Files.readAllBytes(entry.path()), "EUR");

        assertThat(statement.errors()).isEmpty();
        assertThat(statement.rows()).hasSize(entry.transactions());
        assertThat(statement.rows()).allSatisfy(row -> {
            assertThat(row.bookedDate()).isNotNull();
            assertThat(row.amount()).isNotNull();
            assertThat(row.currency()).matches("[A-Z]{3}");
            assertThat(row.line()).isPositive();
        });
    }

    @Test
    void debitsAreNegativeAndCreditsPositive() {
        Statement statement = read("camt053/oca-bank-statement-import/test-camt053.xml");

        assertThat(statement.rows())
                .extracting(ParsedRow::line, ParsedRow::amount, ParsedRow::currency, ParsedRow::counterparty)
                .containsExactly(
                        tuple(50, new BigDecimal("-754.25"), "EUR", "INSURANCE COMPANY TESTX"),
                        tuple(113, new BigDecimal("-664.05"), "EUR", "Test Customer"),
                        tuple(228, new BigDecimal("1405.31"), "EUR", "3rd party Media"));
    }

    @Test
    void aBatchEntryWithTwoTransactionsIsOneRowWithTheEntryTotal() {
        ParsedRow batch = read("camt053/oca-bank-statement-import/test-camt053.xml")
                .rows()
                .get(1);

        // TxDtls of 564.05 and 100.00; their common remittance text is given once.
        assertThat(batch.amount()).isEqualByComparingTo("-664.05");
        assertThat(batch.description()).isEqualTo("Direct Debit S14 0410");
        assertThat(batch.bookedDate()).isEqualTo(LocalDate.of(2014, 1, 5));
    }

    @Test
    void aReversalKeepsTheDirectionItsCreditDebitIndicatorGives() {
        // DBIT with RvslInd=true: ISO 20022 books a reversed credit as a debit, so the indicator is already the
        // direction of the money. OCA's expected parse (expected/golden-camt053.pydata) has -564.05 and -100.0.
        ParsedRow reversal = read("camt053/oca-bank-statement-import/test-camt053.xml")
                .rows()
                .get(1);

        assertThat(reversal.cells().get(0)).contains("RvslInd=true");
        assertThat(reversal.amount()).isEqualByComparingTo("-664.05");
    }

    @Test
    void theXmlDeclarationDecidesTheEncoding() {
        Statement statement = read("camt052/actualbudget/camt.latin1.xml");

        assertThat(statement.encoding()).isEqualTo("ISO-8859-1");
        assertThat(statement.rows())
                .extracting(ParsedRow::amount, ParsedRow::description, ParsedRow::counterparty, ParsedRow::externalId)
                .containsExactly(
                        tuple(new BigDecimal("100.00"), "M-Überschusssparen", "", "2025090900000000"),
                        tuple(
                                new BigDecimal("-5.00"),
                                "Restaurant Schrödingers Katze und Café Ünique",
                                "Grüße aus München",
                                "2025090900000001"));
        assertThat(read("camt053/ofxstatement-iso20022/simple.xml").encoding()).isEqualTo("UTF-8");
    }

    @Test
    void aPendingEntryIsMarked() {
        ParsedRow row = read("camt052/genkgo-camt/camt052.v4.xml").rows().get(0);

        assertThat(row.pending()).isTrue();
        assertThat(row.amount()).isEqualByComparingTo("-200000");
        assertThat(row.currency()).isEqualTo("SEK");
        assertThat(row.externalId()).isEqualTo("ACSR160614165200001");
        assertThat(read("camt053/genkgo-camt/camt053.v8.xml").rows())
                .as("version 8 gives the status as <Sts><Cd>BOOK</Cd></Sts>")
                .extracting(ParsedRow::pending)
                .containsExactly(false);
    }

    @Test
    void datesWithATimeZoneKeepTheirDay() {
        ParsedRow first =
                read("camt053/ofxstatement-iso20022/davider80.xml").rows().get(0);

        // <BookgDt><Dt>2017-04-01+02:00</Dt>, <ValDt><Dt>2017-04-03+02:00</Dt>
        assertThat(first.bookedDate()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2017, 4, 3));
        assertThat(first.amount()).isEqualByComparingTo("-905.3");
        assertThat(first.currency()).isEqualTo("CHF");
        assertThat(first.description()).isEqualTo("Sistema di addebitamento diretto xxxxxxxxxxxxxxxxxxxxxx AG");
    }

    @Test
    void aBookingDateTimeGivesTheDayItWasWrittenWith() {
        ParsedRow row = read("camt053/oca-bank-statement-import/test-camt053-bookgdt-dttm.xml")
                .rows()
                .get(0);

        // <BookgDt><DtTm>2014-01-04T23:00:00.000Z</DtTm>: no time zone is guessed to move it to another day.
        assertThat(row.bookedDate()).isEqualTo(LocalDate.of(2014, 1, 4));
        assertThat(row.valueDate()).isEqualTo(LocalDate.of(2014, 1, 5));
    }

    @Test
    void theAmountKeepsTheDecimalsOfTheFile() {
        // Despite its name, the genkgo "five decimals" sample has three: <Amt Ccy="EUR">8.850</Amt>.
        ParsedRow row =
                read("camt053/genkgo-camt/camt053.v2.five.decimals.xml").rows().get(0);

        assertThat(row.amount()).isEqualTo(new BigDecimal("8.850"));
        assertThat(row.amount()).isEqualByComparingTo("8.85");
    }

    @Test
    void noCurrencyOnTheAmountFallsBackToTheAccountOrTheDefault() {
        // gcamp6.xml writes Ccy="XXX" (ISO 4217 "no currency") and its account has no <Ccy>.
        assertThat(read("camt053/ofxstatement-iso20022/gcamp6.xml", "CHF").rows())
                .extracting(ParsedRow::currency)
                .containsOnly("CHF");
        String accountInUsd =
                CAMT053_HEAD.replace("<Acct>", "<Acct><Ccy>USD</Ccy>") + ENTRY.replace("EUR", "XXX") + CAMT053_TAIL;
        assertThat(CamtStatementReader.read(bytes(accountInUsd), "EUR").rows())
                .extracting(ParsedRow::currency)
                .containsExactly("USD");
    }

    @Test
    void descriptionAndCounterpartyComeFromTheRemittanceAndTheRelatedParties() {
        assertThat(read("camt053/actualbudget/camt.053.payee-memo.xml").rows())
                .extracting(ParsedRow::description, ParsedRow::counterparty, ParsedRow::externalId)
                .containsExactly(
                        tuple("Note Text", "Payee Name", "test-payee-and-notes"),
                        tuple("", "Payee Name Only", "test-payee-only"),
                        tuple("Note Only Text", "", "test-notes-only"),
                        tuple("", "", "test-neither"));
    }

    @Test
    void aReferenceThatDoesNotTellEntriesApartIsNoExternalId() {
        // All 31 entries of the Sparkasse report carry <AcctSvcrRef>NONREF</AcctSvcrRef>; as an external id they
        // would make the ledger keep one of them.
        assertThat(read("camt052/xs2a-adapter-sparkasse-sandbox/sparkasse-berlin-group-sandbox-camt052.xml")
                        .rows())
                .hasSize(31)
                .extracting(ParsedRow::externalId)
                .containsOnlyNulls();
        String twoEntriesOneReference = CAMT053_HEAD
                + ENTRY.replace("</BookgDt>", "</BookgDt><AcctSvcrRef>B-1</AcctSvcrRef>")
                + ENTRY.replace("</BookgDt>", "</BookgDt><AcctSvcrRef>B-1</AcctSvcrRef>")
                + ENTRY.replace("</BookgDt>", "</BookgDt><AcctSvcrRef>B-2</AcctSvcrRef>")
                + CAMT053_TAIL;
        assertThat(org.tributary.importing.control.StatementReaders.read(
                                org.tributary.importing.control.StatementFormat.CAMT053,
                                bytes(twoEntriesOneReference),
                                "EUR")
                        .rows())
                .extracting(ParsedRow::externalId)
                .containsExactly(null, null, "B-2");
    }

    @Test
    void everyStatementOfAFileIsRead() {
        assertThat(read("camt053/genkgo-camt/camt053.v2.multi.statement.xml").rows())
                .extracting(ParsedRow::amount)
                .containsExactly(new BigDecimal("8.85"), new BigDecimal("-7.00"));
    }

    static Stream<Arguments> genkgoExpectations() {
        return Stream.of("camt052", "camt053")
                .flatMap(folder -> {
                    try {
                        return Files.list(CorpusFiles.root().resolve(folder + "/genkgo-camt/expected"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .filter(p -> p.toString().endsWith(".json"))
                .sorted()
                .map(expected -> Arguments.of(
                        expected.getParent().getParent().getParent().getFileName() + "/" + expected.getFileName(),
                        expected));
    }

    /** genkgo/camt's expected parse trees give each entry's amount in minor units, its dates and its reference. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("genkgoExpectations")
    void agreesWithGenkgoOnAmountsDatesAndReferences(String name, Path expected) throws IOException {
        Path xml = expected.getParent()
                .getParent()
                .resolve(expected.getFileName().toString().replace(".json", ".xml"));
        List<ParsedRow> rows =
                CamtStatementReader.read(Files.readAllBytes(xml), "EUR").rows();

        // The dump lists the entries of the last statement of the file only.
        for (JsonValue value : json(expected).getJsonArray("getEntries")) {
            JsonObject entry = value.asJsonObject();
            JsonObject money = entry.getJsonObject("getAmount");
            String currency = money.getJsonObject("getCurrency").getString("getCode");
            BigDecimal amount = new BigDecimal(money.getString("getAmount"))
                    .movePointLeft(Currency.getInstance(currency).getDefaultFractionDigits());
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.amount()).isEqualByComparingTo(amount);
                assertThat(row.currency()).isEqualTo(currency);
                assertThat(row.bookedDate()).isEqualTo(day(entry, "getBookingDate"));
                assertThat(row.valueDate()).isEqualTo(day(entry, "getValueDate"));
                assertThat(row.pending()).isEqualTo(entry.getString("getStatus").equals("PDNG"));
                if (!entry.isNull("getAccountServicerReference")) {
                    assertThat(row.externalId()).isEqualTo(entry.getString("getAccountServicerReference"));
                }
            });
        }
    }

    @Test
    void anEntryWithoutAmountOrDateIsAnErrorAndTheOthersAreKept() {
        String xml = CAMT053_HEAD
                + ENTRY
                + "\n<Ntry><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2024-01-02</Dt></BookgDt></Ntry>"
                + "\n<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></Ntry>"
                + "\n<Ntry><Amt Ccy=\"EUR\">1,00</Amt><CdtDbtInd>DBIT</CdtDbtInd><ValDt><Dt>2024-01-02</Dt></ValDt></Ntry>"
                + "\n<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2024-02-30</Dt></BookgDt></Ntry>"
                + CAMT053_TAIL;

        Statement statement = CamtStatementReader.read(bytes(xml), "EUR");

        assertThat(statement.rows()).hasSize(1);
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code, RowError::arguments, RowError::reason)
                .containsExactly(
                        tuple(6, "missing-amount", List.of("Amt"), "transaction without an amount (Amt)"),
                        tuple(
                                7,
                                "missing-date",
                                List.of("BookgDt, ValDt"),
                                "transaction without a date (BookgDt, ValDt)"),
                        tuple(8, "unreadable-amount", List.of("1,00", "Amt"), "Amt \"1,00\" is not a number"),
                        tuple(
                                9,
                                "unreadable-date",
                                List.of("2024-02-30", "BookgDt"),
                                "BookgDt \"2024-02-30\" is not a date"));
    }

    @Test
    void anEntryWithoutAKnownDirectionIsAnErrorWithItsCode() {
        String xml = CAMT053_HEAD
                + "\n<Ntry><Amt Ccy=\"EUR\">1.00</Amt><BookgDt><Dt>2024-01-02</Dt></BookgDt></Ntry>"
                + "\n<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>BOTH</CdtDbtInd><BookgDt><Dt>2024-01-02</Dt></BookgDt></Ntry>"
                + CAMT053_TAIL;

        Statement statement = CamtStatementReader.read(bytes(xml), "EUR");

        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code, RowError::arguments)
                .containsExactly(
                        tuple(6, "missing-direction", List.of("CdtDbtInd")),
                        tuple(7, "unknown-direction", List.of("BOTH", "CdtDbtInd")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<?xml version=\"1.0\"?><OFX><BANKMSGSRSV1/></OFX>",
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/></Document>",
                "<Document/>"
            })
    void anotherXmlDocumentIsRefused(String xml) {
        assertThatThrownBy(() -> CamtStatementReader.read(bytes(xml), "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageStartingWith("Not an ISO 20022 CAMT file");
    }

    @Test
    void malformedXmlIsRefusedSayingWhere() throws IOException {
        String text = Files.readString(CorpusFiles.root().resolve("camt053/genkgo-camt/camt053.v2.minimal.xml"));
        String broken = text.replaceFirst("</Amt>", "</Amount>");

        assertThatThrownBy(() -> CamtStatementReader.read(bytes(broken), "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageContaining("Not well-formed XML at line 48");
        assertThatThrownBy(() -> CamtStatementReader.read(bytes("Datum;Betrag\n01.01.2024;1,00\n"), "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + CAMT053_HEAD.substring(CAMT053_HEAD.indexOf("<Document"))
                + ENTRY.replace("Coffee", "&xxe;")
                + CAMT053_TAIL;

        assertThatThrownBy(() -> CamtStatementReader.read(bytes(xxe), "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void anExternalDtdIsNeverFetched(@TempDir Path dir) throws IOException {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"LEAKED\">");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<Document><BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>&leak;</AddtlNtryInf></Ntry></Stmt>"
                + "</BkToCstmrStmt></Document>";

        assertThatThrownBy(() -> CamtStatementReader.read(bytes(xml), "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageNotContaining("LEAKED");
    }

    private static final String CAMT053_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
            + "<BkToCstmrStmt><GrpHdr><MsgId>1</MsgId></GrpHdr>\n"
            + "<Stmt><Id>1</Id><Acct><Id><IBAN>DE00000000000000000000</IBAN></Id></Acct>\n";
    private static final String ENTRY = "<Ntry><Amt Ccy=\"EUR\">3.50</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
            + "<BookgDt><Dt>2024-01-02</Dt></BookgDt><AddtlNtryInf>Coffee</AddtlNtryInf></Ntry>";
    private static final String CAMT053_TAIL = "\n</Stmt></BkToCstmrStmt></Document>\n";

    private static Statement read(String file) {
        return read(file, "EUR");
    }

    private static Statement read(String file, String defaultCurrency) {
        try {
            return CamtStatementReader.read(
                    Files.readAllBytes(CorpusFiles.root().resolve(file)), defaultCurrency);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonObject json(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** The day of genkgo's "2007-10-18T09:15:00+00:00", as the file wrote it ("2007-10-18T10:15:00+01:00"). */
    private static LocalDate day(JsonObject entry, String field) {
        return LocalDate.parse(entry.getJsonObject(field).getString("0").substring(0, 10));
    }
}
