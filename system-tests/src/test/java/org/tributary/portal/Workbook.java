package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The Excel export as the person gets it: the link in the Download menu of the report on the reports page,
 * fetched with the browser's own session cookie, opened with Apache POI.
 */
final class Workbook {

    private Workbook() {}

    static void assertExportHolds(Browser browser, String report, String from, String to, String expectedText) {
        browser.go("/app/reports.xhtml?report=" + report);
        new Select(browser.find("#reports\\:period")).selectByValue("CUSTOM");
        browser.waitForAjax();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("arguments[0].value = arguments[1];", browser.find("#reports\\:from"), from);
        js.executeScript("arguments[0].value = arguments[1];", browser.find("#reports\\:to"), to);
        browser.click("#reports\\:apply");
        browser.waitForAjax();
        String selector = "#report-" + report + " #download a.export-xlsx";
        try {
            browser.wait.until(d ->
                    d.findElement(By.cssSelector(selector)).getAttribute("href").contains("from=" + from));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("reports-failure");
            throw new AssertionError(
                    "export link: "
                            + browser.driver
                                    .findElement(By.cssSelector(selector))
                                    .getAttribute("href"),
                    e);
        }
        browser.screenshot("reports");
        browser.assertAccessible("reports");
        String href = browser.driver.findElement(By.cssSelector(selector)).getAttribute("href");
        assertThat(href)
                .contains("/api/v1/reports/" + report + "/export?format=xlsx")
                .contains("to=" + to);

        Cookie session = browser.driver.manage().getCookieNamed("access_token");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "access_token=" + session.getValue())
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                StringBuilder text = new StringBuilder();
                Sheet sheet = workbook.getSheetAt(0);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append(' ');
                    }
                }
                assertThat(text.toString()).contains(expectedText);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
