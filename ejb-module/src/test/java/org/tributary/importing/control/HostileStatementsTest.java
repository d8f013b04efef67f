package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tributary.importing.control.statement.LineLength;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableRowException;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** Crafted statement files (issue 15): each is read in time linear in its length, refused clearly, or its rows refused. */
class HostileStatementsTest {

    static final String OFX_HEAD =
            "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>%s\n"
                    + "<BANKTRANLIST>\n";
    static final String OFX_ROW = "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105<TRNAMT>-12.50<FITID>%d<NAME>%s\n";
    static final String OFX_TAIL = "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";

    static byte[] ofx(String currency, String name) {
        return (OFX_HEAD.formatted(currency) + OFX_ROW.formatted(1, name) + OFX_ROW.formatted(2, "Shop") + OFX_TAIL)
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] camt(String middle, String currency) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>\n"
                        + "<Ntry><Amt Ccy=\"" + currency + "\">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>\n"
                        + "<BookgDt><Dt>2026-01-05</Dt></BookgDt>" + middle + "</Ntry>\n"
                        + "</Stmt></BkToCstmrStmt></Document>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String nested(int depth) {
        return "<x>".repeat(depth) + "</x>".repeat(depth);
    }

    @Test
    void strayLessThanSignsInAnOfxAreReadInLinearTime() {
        // 80,000 took 6 s before: each '<' that opened no tag searched the rest of the file for a '>'.
        millis(() -> read(StatementFormat.OFX, strays(10)));
        long small = millis(() -> read(StatementFormat.OFX, strays(100)));
        long large = millis(() -> read(StatementFormat.OFX, strays(200)));

        assertThat(large).as("1,000,000 stray '<' (500,000: %d ms)", small).isLessThan(3_000);
        assertThat(read(StatementFormat.OFX, strays(200)).rows()).hasSize(201);
        Statement statement = read(StatementFormat.OFX, ofx("EUR", "Cafe <3 > all"));
        assertThat(statement.rows()).hasSize(2);
        assertThat(statement.rows().get(0).counterparty()).isEqualTo("Cafe <3 > all");
    }

    /** An OFX of as many transactions, each NAME holding 5,000 '<' that open no tag. */
    static byte[] strays(int transactions) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < transactions; i++) {
            rows.append(OFX_ROW.formatted(100 + i, "<".repeat(5_000)));
        }
        return (OFX_HEAD.formatted("EUR") + rows + OFX_ROW.formatted(1, "Shop") + OFX_TAIL)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValueOrLineLongerThanAnyStatementHoldsIsRefusedWithItsLine() {
        String huge = "x".repeat(LineLength.MAX + 1);
        byte[] qif =
                ("!Type:Bank\nD01/02/2026\nT" + "1,".repeat(LineLength.MAX) + "\n^\n").getBytes(StandardCharsets.UTF_8);
        byte[] mt940 = (":20:X\n:25:1/2\n:61:2601050105DR12,50N\n:86:" + huge + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] norma43 = ("11000000000000000000002601012601310000000000000000009783\n22" + huge + "\n")
                .getBytes(StandardCharsets.UTF_8);

        assertTooLong(StatementFormat.OFX, ofx("EUR", huge), "OFX", "7");
        assertTooLong(StatementFormat.QIF, qif, "QIF", "3");
        assertTooLong(StatementFormat.MT940, mt940, "MT940", "4");
        assertTooLong(StatementFormat.NORMA43, norma43, "Norma 43", "2");
    }

    private static void assertTooLong(StatementFormat format, byte[] file, String name, String line) {
        assertThatThrownBy(() -> read(format, file)).isInstanceOfSatisfying(UnreadableStatementException.class, e -> {
            assertThat(e.code()).isEqualTo(UnreadableStatementException.TOO_LONG);
            assertThat(e.arguments()).containsExactly(name, line, String.valueOf(LineLength.MAX));
        });
    }

    @Test
    void aJsonNestedDeeperThanTheParserTakesIsRefusedNotAFault() {
        byte[] json =
                ("{\"transactions\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(StatementFormat.JSON, json))
                .isInstanceOfSatisfying(
                        UnreadableStatementException.class,
                        e -> assertThat(e.code()).isEqualTo(UnreadableStatementException.MALFORMED));
    }

    @Test
    void anOfxWhoseCurrencyIsNoIsoCodeHasItsRowsRefusedWithTheirLines() {
        Statement statement = StatementReaders.read(StatementFormat.OFX, ofx("ÄÖÜ", "Shop"), "EUR");

        assertThat(statement.rows()).isEmpty();
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, UnreadableRowException.UNKNOWN_CURRENCY),
                        org.assertj.core.groups.Tuple.tuple(8, UnreadableRowException.UNKNOWN_CURRENCY));
        assertThat(statement.errors().get(0).reason()).contains("ÄÖÜ");
    }

    @Test
    void aLowerCaseIsoCodeIsTakenUpperCased() {
        Statement statement = StatementReaders.read(StatementFormat.OFX, ofx("usd", "Shop"), "EUR");

        assertThat(statement.rows()).extracting(r -> r.currency()).containsOnly("USD");
    }

    @Test
    void aCamtNestedTenThousandDeepIsRefusedAsTooDeep() {
        assertThatThrownBy(() -> StatementReaders.read(StatementFormat.CAMT053, camt(nested(10_000), "EUR"), "EUR"))
                .isInstanceOfSatisfying(UnreadableStatementException.class, e -> {
                    assertThat(e.code()).isEqualTo(UnreadableStatementException.TOO_DEEP);
                    assertThat(e.arguments()).containsExactly("CAMT", "4", "64");
                });
        byte[] outsideEntries = ("<Document><BkToCstmrStmt>" + nested(10_000) + "</BkToCstmrStmt></Document>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StatementReaders.read(StatementFormat.CAMT053, outsideEntries, "EUR"))
                .isInstanceOfSatisfying(
                        UnreadableStatementException.class,
                        e -> assertThat(e.code()).isEqualTo(UnreadableStatementException.TOO_DEEP));
        assertThat(StatementReaders.read(StatementFormat.CAMT053, camt(nested(20), "EUR"), "EUR")
                        .rows())
                .hasSize(1);
    }

    @Test
    void aCamtTextLongerThanAnyStatementHoldsIsRefused() {
        String text = "<AddtlNtryInf>" + "x".repeat(200_000) + "</AddtlNtryInf>";

        assertThatThrownBy(() -> StatementReaders.read(StatementFormat.CAMT053, camt(text, "EUR"), "EUR"))
                .isInstanceOfSatisfying(
                        UnreadableStatementException.class,
                        e -> assertThat(e.code()).isEqualTo(UnreadableStatementException.TOO_LONG));
    }

    @Test
    void aCamtEntryInAnUnknownCurrencyIsARowError() {
        Statement statement = StatementReaders.read(StatementFormat.CAMT053, camt("", "ZZZ"), "EUR");

        assertThat(statement.rows()).isEmpty();
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, UnreadableRowException.UNKNOWN_CURRENCY));
    }

    @Test
    void anAmountNoLedgerHoldsIsARowErrorAndCostsNothing() {
        byte[] json = ("{\"transactions\": {\"booked\": [\n"
                        + "{\"bookingDate\": \"2026-01-05\", \"transactionAmount\": {\"amount\": \"1e999999999\","
                        + " \"currency\": \"EUR\"}},\n"
                        + "{\"bookingDate\": \"2026-01-05\", \"transactionAmount\": {\"amount\": \"1e-999999999\","
                        + " \"currency\": \"EUR\"}},\n"
                        + "{\"bookingDate\": \"2026-01-05\", \"transactionAmount\": {\"amount\": \"-12.50\","
                        + " \"currency\": \"EUR\"}}\n"
                        + "]}}")
                .getBytes(StandardCharsets.UTF_8);

        long took = millis(() -> StatementReaders.read(StatementFormat.JSON, json, "EUR"));
        Statement statement = StatementReaders.read(StatementFormat.JSON, json, "EUR");

        assertThat(took).isLessThan(1_000);
        assertThat(statement.rows()).hasSize(1);
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, UnreadableRowException.AMOUNT_OUT_OF_RANGE),
                        org.assertj.core.groups.Tuple.tuple(3, UnreadableRowException.AMOUNT_OUT_OF_RANGE));
    }

    @Test
    void aCsvCurrencyCellThatIsNoIsoCodeIsARowError() {
        byte[] csv = ("Date,Description,Amount,Currency\n2026-01-05,Shop,-12.50,EUR\n2026-01-06,Cafe,-3.20,ZZZ\n"
                        + "2026-01-07,Bakery,-2.10,usd\n")
                .getBytes(StandardCharsets.UTF_8);

        Statement statement = StatementReaders.read(StatementFormat.CSV, csv, "EUR");

        assertThat(statement.rows()).extracting(r -> r.currency()).containsExactly("EUR", "USD");
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, UnreadableRowException.UNKNOWN_CURRENCY));
    }

    @Test
    void anMt940BalanceInAnUnknownCurrencyRefusesItsRows() {
        byte[] mt940 = (":20:STARTUMS\n:25:10020030/1234567\n:28C:1/1\n:60F:C260101ZZZ100,00\n"
                        + ":61:2601050105DR12,50NMSCNONREF\n:86:Shop\n:62F:C260105ZZZ87,50\n-\n")
                .getBytes(StandardCharsets.UTF_8);

        Statement statement = StatementReaders.read(StatementFormat.MT940, mt940, "EUR");

        assertThat(statement.rows()).isEmpty();
        assertThat(statement.errors())
                .extracting(RowError::code)
                .containsExactly(UnreadableRowException.UNKNOWN_CURRENCY);
    }

    private static Statement read(StatementFormat format, byte[] file) {
        return StatementReaders.read(format, file, "EUR");
    }

    private static long millis(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
