package org.tributary.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.importing.FileImportIT.clickHouseSum;
import static org.tributary.importing.FileImportIT.importAndWait;
import static org.tributary.importing.FileImportIT.ledgerSum;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tributary.platform.Api;

/**
 * Crafted statement files of every format other than CSV (issue 15): read in linear time, refused with a 422
 * that says why and where, and no row with a currency that is no ISO 4217 code reaches the ledger.
 */
class HostileStatementFilesIT {

    private static final String OFX_HEAD =
            "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>%s\n"
                    + "<BANKTRANLIST>\n";
    private static final String OFX_ROW = "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260105<TRNAMT>%s<FITID>%d<NAME>%s\n";
    private static final String OFX_TAIL = "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";

    @Test
    void anOfxFullOfLessThanSignsThatOpenNoTagIsReadInLinearTime() {
        Api user = Api.signedInUser();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 110; i++) {
            rows.append(OFX_ROW.formatted("-1.00", 100 + i, "<".repeat(9_000)));
        }
        byte[] file = (OFX_HEAD.formatted("EUR") + rows + OFX_TAIL).getBytes(StandardCharsets.US_ASCII);

        // About a million '<': each searched the rest of its value for a '>' before (10,000 in one value: 2.8 s,
        // 20,000: 13.6 s).
        Timed<HttpResponse<String>> preview =
                timed(() -> user.upload("/api/v1/imports/preview", "strays.ofx", file, Map.of()));

        assertThat(preview.value().statusCode()).as(preview.value().body()).isEqualTo(200);
        assertThat(json(preview.value()).path("rows").asInt()).isEqualTo(110);
        assertThat(preview.millis()).as("preview of a million stray '<'").isLessThan(4_000);
    }

    @Test
    void anOfxValueLongerThanAnyStatementHoldsIs422WithItsLine() {
        Api user = Api.signedInUser();
        byte[] file = (OFX_HEAD.formatted("EUR") + OFX_ROW.formatted("-1.00", 1, "<".repeat(80_000) + ">") + OFX_TAIL)
                .getBytes(StandardCharsets.US_ASCII);

        Timed<HttpResponse<String>> upload = timed(() -> user.upload("/api/v1/imports", "long.ofx", file, Map.of()));

        assertProblem(upload.value(), "too-long");
        assertThat(json(upload.value()).path("detail").asText()).contains("Line 7");
        assertThat(upload.millis()).isLessThan(3_000); // 6 s before, and the file was taken in
    }

    @Test
    void aCamtNestedTenThousandDeepIs422NotA500() {
        Api user = Api.signedInUser();
        String deep = "<x>".repeat(10_000) + "</x>".repeat(10_000);
        byte[] file = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>\n"
                        + "<Ntry><Amt Ccy=\"EUR\">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>\n" + deep
                        + "</Ntry></Stmt></BkToCstmrStmt></Document>\n")
                .getBytes(StandardCharsets.UTF_8);

        assertProblem(user.upload("/api/v1/imports", "deep.xml", file, Map.of()), "too-deep");
        assertProblem(user.upload("/api/v1/imports/preview", "deep.xml", file, Map.of()), "too-deep");
    }

    @Test
    void aJsonNestedDeeperThanTheParserTakesIs422NotA500() {
        Api user = Api.signedInUser();
        byte[] file =
                ("{\"transactions\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}").getBytes(StandardCharsets.UTF_8);

        assertProblem(user.upload("/api/v1/imports", "deep.json", file, Map.of()), "malformed");
    }

    @Test
    void anOfxInACurrencyThatIsNoIsoCodeHasItsRowsRefusedAndNoneReachesTheLedger() throws Exception {
        Api user = Api.signedInUser();
        String userId = json(user.get("/api/v1/me")).path("id").asText();
        byte[] bad = (OFX_HEAD.formatted("ÄÖÜ")
                        + OFX_ROW.formatted("-12.50", 1, "Shop")
                        + OFX_ROW.formatted("-3.20", 2, "Cafe")
                        + OFX_TAIL)
                .getBytes(StandardCharsets.UTF_8);
        byte[] mixed = (OFX_HEAD.formatted("EUR") + OFX_ROW.formatted("-7.00", 3, "Bakery")
                        + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260106<TRNAMT>-9.00<FITID>4<NAME>Kiosk"
                        + "<CURRENCY><CURRATE>1<CURSYM>€€€</CURRENCY>\n" + OFX_TAIL)
                .getBytes(StandardCharsets.UTF_8);

        JsonNode refused = importAndWait(user, "umlauts.ofx", bad);
        JsonNode half = importAndWait(user, "mixed.ofx", mixed);

        assertThat(refused.path("imported").asInt()).as(refused.toString()).isZero();
        assertThat(refused.path("rejected").asInt()).isEqualTo(2);
        assertThat(refused.path("errors").findValuesAsText("code")).containsOnly("unknown-currency");
        assertThat(refused.path("errors").findValuesAsText("line")).containsExactly("7", "8");
        assertThat(half.path("imported").asInt()).as(half.toString()).isEqualTo(1);
        assertThat(half.path("rejected").asInt()).isEqualTo(1);
        assertThat(ledgerSum(userId)).isEqualByComparingTo("-7.00");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(clickHouseSum(userId)).isEqualByComparingTo(new BigDecimal("-7.00")));
    }

    @Test
    void aCamtEntryInAnUnknownCurrencyAndABankJsonAmountNoLedgerHoldsAreRowErrors() {
        Api user = Api.signedInUser();
        byte[] camt = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>\n"
                        + "<Ntry><Amt Ccy=\"ZZZ\">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>"
                        + "<BookgDt><Dt>2026-01-05</Dt></BookgDt></Ntry>\n"
                        + "<Ntry><Amt Ccy=\"CHF\">4.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>"
                        + "<BookgDt><Dt>2026-01-05</Dt></BookgDt></Ntry>\n"
                        + "</Stmt></BkToCstmrStmt></Document>\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bankJson = ("{\"transactions\": {\"booked\": [\n"
                        + "{\"bookingDate\": \"2026-01-05\", \"transactionAmount\": {\"amount\": 1e999999999,"
                        + " \"currency\": \"EUR\"}},\n"
                        + "{\"bookingDate\": \"2026-01-05\", \"transactionAmount\": {\"amount\": \"-12.50\","
                        + " \"currency\": \"EUR\"}}\n"
                        + "]}}")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode camtRun = importAndWait(user, "zzz.xml", camt);
        JsonNode jsonRun = importAndWait(user, "huge.json", bankJson);

        assertThat(camtRun.path("imported").asInt()).as(camtRun.toString()).isEqualTo(1);
        assertThat(camtRun.path("errors").findValuesAsText("code")).containsExactly("unknown-currency");
        assertThat(camtRun.path("errors").findValuesAsText("line")).containsExactly("3");
        assertThat(jsonRun.path("status").asText()).as(jsonRun.toString()).isEqualTo("COMPLETED");
        assertThat(jsonRun.path("imported").asInt()).isEqualTo(1);
        assertThat(jsonRun.path("errors").findValuesAsText("code")).containsExactly("amount-out-of-range");
    }

    private static void assertProblem(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("code").asText()).isEqualTo(code);
    }

    private record Timed<T>(T value, long millis) {}

    private static <T> Timed<T> timed(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
    }
}
