package org.tributary.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * Issue 15, the CSV side (decision 38): hostile CSV files get a clear 422 or a row error with the line number,
 * never a 500; a description is stored cut to 1,000 characters; the CSV export cannot be split into a formula
 * by a spreadsheet that splits on ";"; a category name cannot end the dashboard chart's inline script; the
 * preview reads no more rows than an import may hold.
 */
class HostileCsvIT {

    private static final String HEADER = "Date;Amount;Description\n2024-05-02;-1.00;BAKERY\n";

    @Test
    void aQuoteNeverClosedIsA422WithTheLineItOpensOn() {
        Api user = Api.signedInUser();
        StringBuilder csv = new StringBuilder(HEADER).append("2024-05-03;-2.00;\"SHOP\n");
        for (int i = 0; i < 200; i++) {
            csv.append("2024-05-04;-3.00;CAFE\n");
        }

        for (String path : List.of("/api/v1/imports/preview", "/api/v1/imports")) {
            HttpResponse<String> answer = user.upload(path, "open-quote.csv", bytes(csv.toString()), Map.of());

            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(422);
            assertThat(json(answer).path("code").asText()).isEqualTo("unclosed-quote");
            assertThat(json(answer).path("detail").asText()).contains("line 3");
        }
    }

    @Test
    void aLineLongerThanAnyBankWritesIsA422WithItsNumber() {
        Api user = Api.signedInUser();
        String csv = HEADER + "2024-05-03;-2.00;" + "A".repeat(20_000) + "\n";

        HttpResponse<String> answer = user.upload("/api/v1/imports/preview", "long.csv", bytes(csv), Map.of());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(json(answer).path("code").asText()).isEqualTo("line-too-long");
        assertThat(json(answer).path("detail").asText()).contains("Line 3");
    }

    @Test
    void aCellTooLongIsARowErrorAndADescriptionIsStoredCutTo1000Characters() {
        Api user = Api.signedInUser();
        String longDescription = "LONG SHOP " + "word ".repeat(600); // 3,010 characters: kept, cut
        String csv =
                HEADER + "2024-05-03;-2.00;" + longDescription + "\n" + "2024-05-04;-3.00;" + "x".repeat(5_000) + "\n";

        JsonNode run = FileImportIT.importAndWait(user, "long-cells.csv", bytes(csv));

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.path("imported").asInt()).isEqualTo(2);
        assertThat(run.path("errors").findValuesAsText("line")).containsExactly("4");
        assertThat(run.path("errors").findValuesAsText("code")).containsExactly("cell-too-long");
        List<String> descriptions = new ArrayList<>();
        json(user.get("/api/v1/transactions?size=10"))
                .path("items")
                .forEach(item -> descriptions.add(item.path("description").asText()));
        assertThat(descriptions)
                .contains("BAKERY")
                .anySatisfy(d -> assertThat(d)
                        .startsWith("LONG SHOP word")
                        .hasSizeLessThanOrEqualTo(1_000)
                        .hasSizeGreaterThan(990));
    }

    @Test
    void theCsvExportCannotBeSplitIntoAFormulaOnSemicolonsOrTabs() {
        Api user = Api.signedInUser();
        JsonNode run = FileImportIT.importAndWait(
                user,
                "formulas.csv",
                bytes("Date,Amount,Description\n2024-05-02,-1.00,\"x;=1+1\"\n2024-05-03,-2.00,\"y\t@SUM(A1)\"\n"));
        assertThat(run.path("imported").asInt()).as(run.toString()).isEqualTo(2);

        HttpResponse<String> export = user.get("/api/v1/transactions/export?format=csv&from=2024-05-01&to=2024-05-31");

        assertThat(export.statusCode()).isEqualTo(200);
        String body = export.body();
        assertThat(body).contains("x;=1+1");
        for (char separator : new char[] {';', '\t', ','}) {
            for (String line : body.split("\r\n")) {
                for (String cell : asSpreadsheetSplits(line, separator)) {
                    assertThat(cell.strip())
                            .as("line %s split on %s", line, separator == '\t' ? "tab" : separator)
                            .doesNotStartWith("=")
                            .doesNotStartWith("@")
                            .doesNotStartWith("+");
                }
            }
        }
    }

    @Test
    void aCategoryNameCannotEndTheDashboardChartsScript() {
        Api user = Api.signedInUser();
        String hostile = "</script><img src=x onerror=alert(1)>";
        var created = user.post(
                "/api/v1/transactions/cash",
                "{\"date\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"amount\":\"-12.50\",\"currency\":\"EUR\","
                        + "\"description\":\"Lunch\",\"category\":" + Api.quote(hostile) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String page = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> user.get("/app/dashboard.xhtml").body(),
                        body -> body.contains("onerror=alert(1)") || body.contains("onerror=alert(1)\\u003e"));

        assertThat(page).doesNotContain(hostile).contains("\\u003c/script\\u003e\\u003cimg");
    }

    @Test
    void thePreviewReadsNoMoreRowsThanAnImportMayHold() {
        int limit = Integer.parseInt(SystemUnderTest.property("it.import.max-rows"));
        StringBuilder csv = new StringBuilder("Date;Amount;Description\n");
        for (int i = 0; i < limit + 1_000; i++) {
            csv.append("2024-05-").append(10 + i % 20).append(";-1.00;SHOP\n");
        }

        HttpResponse<String> answer =
                Api.signedInUser().upload("/api/v1/imports/preview", "many.csv", bytes(csv.toString()), Map.of());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(json(answer).path("code").asText()).isEqualTo("too-many-rows");
    }

    /** A line cut as a spreadsheet cuts it on a separator: quotes switch quoting on and off, anywhere in a field. */
    private static List<String> asSpreadsheetSplits(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
