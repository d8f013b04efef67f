package org.tributary.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tributary.platform.SystemUnderTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tributary.importing.FileImportIT;
import org.tributary.platform.Api;

/**
 * Exports open the way a user's software opens them, and hold the report's figures: the workbook read
 * back with POI (numbers, a totals formula, a native chart), the PDF's text extracted, the CSV parsed back.
 * Also: multi-currency reports state the rates they used and those missing, and a re-categorised
 * transaction moves in the reports at once.
 */
class ReportExportsIT {

    private static final String PERIOD = "from=2024-05-01&to=2024-05-31";
    private static final String STATEMENT = """
            Date,Description,Amount,Currency
            2024-05-02,LIDL 4711 BERLIN,-20.00,EUR
            2024-05-03,Продукты у дома,-30.50,EUR
            2024-05-10,SALARY ACME GMBH,2500.00,EUR
            2024-05-11,NEW YORK DELI CAFE,-10.00,USD
            2024-05-12,NEW YORK DELI CAFE,-20.00,USD
            2024-04-28,BOSTON BOOKS,-5.00,USD
            2024-05-20,LONDON PUB,-200000.00,VND
            """;
    private static final String RATES = """
            date,currency,rate
            2024-05-10,USD,0.90
            2024-05-12,USD,0.95
            """;

    static Api user;

    @BeforeAll
    static void importAMonth() {
        user = Api.signedInUser();
        ReportsIT.assertCompleted(
                FileImportIT.importAndWait(user, "may.csv", STATEMENT.getBytes(StandardCharsets.UTF_8)));
        var rates = user.upload("/api/v1/rates", "rates.csv", RATES.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(rates.statusCode()).as(rates.body()).isEqualTo(200);
        assertThat(json(rates).path("imported").asInt()).isEqualTo(2);
    }

    @Test
    void foreignCurrenciesAreConvertedWithTheRateOfTheDayOrTheLatestBefore() {
        JsonNode report = json(user.get("/api/v1/reports/by-category?" + PERIOD));

        // 10.00 USD on 05-11 at 0.90 (the uploaded rate of 05-10, not the ECB's) + 20.00 USD on 05-12 at 0.95;
        // the ECB publishes no rate for VND: its amount is shown as such, not as zero
        // (decision 25)
        assertThat(ReportsIT.byCategory(report)).containsEntry("EXPENSE|Eating out", "28.00 x3");
        assertThat(report.path("rates").findValuesAsText("date")).containsExactly("2024-05-10", "2024-05-12");
        assertThat(report.path("missingRates").findValuesAsText("currency")).containsExactly("VND");
        assertThat(report.path("missingRates").get(0).path("date").asText()).isEqualTo("2024-05-20");
    }

    @Test
    void theExcelExportHoldsRealNumbersATotalsFormulaAndANativeChart() throws Exception {
        HttpResponse<byte[]> response = download("/api/v1/reports/by-category/export?format=xlsx&" + PERIOD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment")
                .contains(".xlsx");
        save(response, "by-category.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row header = headerRow(sheet, "Category");
            Map<String, Double> totals = new java.util.TreeMap<>();
            Map<String, Double> byType = new java.util.TreeMap<>();
            Map<String, Double> typeTotals = new java.util.TreeMap<>();
            Cell sumFormula = null;
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Cell total = row.getCell(2);
                if (total != null && total.getCellType() == CellType.FORMULA) {
                    sumFormula = total;
                    typeTotals.put(text.formatCellValue(row.getCell(0)), total.getNumericCellValue());
                } else if (total != null && total.getCellType() == CellType.NUMERIC) {
                    totals.put(text.formatCellValue(row.getCell(1)), total.getNumericCellValue());
                    byType.merge(
                            "Total " + text.formatCellValue(row.getCell(0)).toLowerCase(java.util.Locale.ROOT),
                            total.getNumericCellValue(),
                            Double::sum);
                }
            }
            assertThat(totals)
                    .containsEntry("Groceries", 50.50)
                    .containsEntry("Salary", 2500.00)
                    .containsEntry("Eating out", 28.00);
            assertThat(sumFormula).as("a totals row with a formula").isNotNull();
            assertThat(sumFormula.getCellFormula()).startsWith("SUM(");
            // Money in and money out are totalled apart, never added together.
            assertThat(typeTotals).containsOnlyKeys("Total money out", "Total money in");
            assertThat(typeTotals).isEqualTo(byType);
            assertThat(typeTotals.get("Total money in")).isEqualTo(2500.00);
            assertThat(sheet.getDrawingPatriarch().getCharts())
                    .as("native chart")
                    .isNotEmpty();
        }
    }

    @Test
    void thePdfExportHasTheTitleTheFiltersAndTheFiguresInCyrillicToo() throws Exception {
        HttpResponse<byte[]> response = download("/api/v1/reports/largest/export?format=pdf&" + PERIOD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        save(response, "largest.pdf");
        try (var pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("The biggest transactions")
                    .contains("2024-05-01 – 2024-05-31")
                    .contains("2,500.00")
                    .contains("Продукты у дома")
                    .contains("VND on 1 day");
        }
    }

    @Test
    void theByCategoryPdfTotalsMoneyInAndMoneyOutApart() throws Exception {
        JsonNode report = json(user.get("/api/v1/reports/by-category?" + PERIOD));
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal out = BigDecimal.ZERO;
        for (JsonNode row : report.path("rows")) {
            BigDecimal total = new BigDecimal(row.path("total").asText());
            switch (row.path("type").asText()) {
                case "INCOME" -> in = in.add(total);
                case "EXPENSE" -> out = out.add(total);
                default -> {}
            }
        }
        HttpResponse<byte[]> response = download("/api/v1/reports/by-category/export?format=pdf&" + PERIOD);

        assertThat(response.statusCode()).isEqualTo(200);
        save(response, "by-category.pdf");
        try (var pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Money in and out by category")
                    .contains("Total money out " + euros(out))
                    .contains("Total money in " + euros(in))
                    .doesNotContain(euros(in.add(out)))
                    .doesNotContainPattern("(?m)^Total [0-9]");
        }
    }

    @Test
    void theCsvWritesNegativeAmountsAsNumbersAndStillDefusesFormulas() throws Exception {
        Api someone = Api.signedInUser();
        ReportsIT.assertCompleted(FileImportIT.importAndWait(
                someone,
                "may.csv",
                ("Date,Description,Amount,Currency\n2024-05-02,=cmd|' /C calc'!A0,-12.50,EUR\n"
                                + "2024-05-03,NEW YORK DELI CAFE,-10.00,USD\n")
                        .getBytes(StandardCharsets.UTF_8)));

        HttpResponse<byte[]> response = download(someone, "/api/v1/reports/largest/export?format=csv&" + PERIOD);

        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        List<String[]> rows;
        try (CSVReader csv = new CSVReader(
                new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            rows = csv.readAll();
        }
        List<String> header = List.of(rows.get(0));
        int description = header.indexOf("Description");
        int original = header.indexOf("Original amount");
        int amount = header.indexOf("Amount");
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> r[description] + " | " + r[original] + " " + r[header.indexOf("Original currency")])
                .containsExactlyInAnyOrder("'=cmd|' /C calc'!A0 | -12.50 EUR", "NEW YORK DELI CAFE | -10.00 USD");
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r[amount]).doesNotStartWith("'"))
                .anySatisfy(r -> assertThat(r[amount]).isEqualTo("-12.50"));
    }

    private static String euros(BigDecimal amount) {
        return new java.text.DecimalFormat(
                                "#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                        .format(amount)
                + " €";
    }

    @Test
    void theCsvExportParsesBackToTheReportsRows() throws Exception {
        JsonNode report = json(user.get("/api/v1/reports/balance?" + PERIOD + "&interval=week"));
        HttpResponse<byte[]> response = download("/api/v1/reports/balance/export?format=csv&interval=week&" + PERIOD);

        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        assertThat(body[0] & 0xFF).as("UTF-8 BOM").isEqualTo(0xEF);
        save(response, "balance.csv");
        List<String[]> rows;
        try (CSVReader csv = new CSVReader(
                new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            rows = csv.readAll();
        }
        // the VND payment has no exchange rate: its amount has columns of its own (decision 25)
        assertThat(rows.get(0))
                .containsExactly(
                        "Period", "Money in", "Money out", "Net", "Money in not converted", "Money out not converted");
        assertThat(rows).hasSize(report.path("rows").size() + 1);
        for (int i = 0; i < report.path("rows").size(); i++) {
            JsonNode row = report.path("rows").get(i);
            assertThat(rows.get(i + 1)[0]).isEqualTo(row.path("period").asText());
            assertThat(new BigDecimal(rows.get(i + 1)[3]))
                    .isEqualByComparingTo(row.path("net").asText());
        }
    }

    @Test
    void theTransactionListExportsEveryRowOfTheFilter() throws Exception {
        HttpResponse<byte[]> csv = download("/api/v1/transactions/export?format=csv&from=2024-05-01&to=2024-05-31");
        HttpResponse<byte[]> xlsx = download("/api/v1/transactions/export?format=xlsx&q=DELI");

        assertThat(csv.statusCode()).isEqualTo(200);
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new InputStreamReader(
                new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3), StandardCharsets.UTF_8))) {
            rows = reader.readAll();
        }
        assertThat(rows).hasSize(1 + 6);
        assertThat(rows.get(0)).contains("Date", "Description", "Currency", "Amount");
        assertThat(rows.stream().map(r -> r[1])).contains("Продукты у дома", "LONDON PUB");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        save(xlsx, "transactions.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row header = headerRow(workbook.getSheetAt(0), "Description");
            Row first = workbook.getSheetAt(0).getRow(header.getRowNum() + 1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("NEW YORK DELI CAFE");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(-10.00);
        }
    }

    @Test
    void aDeletedSourceLeavesTheReportsAtOnce() {
        Api someone = Api.signedInUser();
        String source = json(someone.post(
                        "/api/v1/sources", "{\"kind\":\"FILE\",\"provider\":\"upload\",\"name\":\"Old card\"}"))
                .path("id")
                .asText();
        FileImportIT.importAndWait(
                someone, "may.csv", STATEMENT.getBytes(StandardCharsets.UTF_8), Map.of("sourceId", source));
        assertThat(json(someone.get("/api/v1/reports/by-category?" + PERIOD)).path("rows"))
                .isNotEmpty();

        assertThat(someone.delete("/api/v1/sources/" + source).statusCode()).isEqualTo(204);

        assertThat(json(someone.get("/api/v1/reports/by-category?" + PERIOD)).path("rows"))
                .isEmpty();
        assertThat(json(someone.get("/api/v1/transactions")).path("total").asInt())
                .isZero();
    }

    @Test
    void aReCategorisedTransactionMovesInTheReportsAtOnce() {
        Api someone = Api.signedInUser();
        FileImportIT.importAndWait(someone, "may.csv", STATEMENT.getBytes(StandardCharsets.UTF_8));
        String lidl = json(someone.get("/api/v1/transactions?q=LIDL"))
                .path("items")
                .get(0)
                .path("id")
                .asText();
        assertThat(ReportsIT.byCategory(json(someone.get("/api/v1/reports/by-category?" + PERIOD))))
                .containsEntry("EXPENSE|Groceries", "50.50 x2");

        var changed = someone.patch("/api/v1/transactions/" + lidl, "{\"category\":\"Treats\"}");
        JsonNode report = json(someone.get("/api/v1/reports/by-category?" + PERIOD));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(ReportsIT.byCategory(report))
                .containsEntry("EXPENSE|Treats", "20.00 x1")
                .containsEntry("EXPENSE|Groceries", "30.50 x1");
    }

    private static HttpResponse<byte[]> download(String path) {
        return download(user, path);
    }

    private static HttpResponse<byte[]> download(Api user, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            user.request(path)
                                    .header("Cookie", "access_token=" + user.token())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row headerRow(Sheet sheet, String text) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (text.equals(formatter.formatCellValue(cell))) {
                    return row;
                }
            }
        }
        throw new AssertionError("no header row with " + text);
    }

    private static void save(HttpResponse<byte[]> response, String name) throws Exception {
        Path dir = Path.of("target", "exports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), response.body());
    }
}
