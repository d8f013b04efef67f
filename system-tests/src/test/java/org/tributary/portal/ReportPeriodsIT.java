package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Periods that tell the truth: "last 12 months" ends today and says its dates, no chart has a week or a month
 * still to come (nor an ISO week code), an end before the start is refused at the field, the chosen period is
 * remembered on the other page, the download links always carry the period shown, "what grew" against a year
 * holding little data says so instead of +1,100 %, and the Reports page shows the chosen report as a table and
 * a chart whose file has the same title.
 */
class ReportPeriodsIT {

    private static final LocalDate TODAY = LocalDate.now();

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 360})
    void periodsOnTheOverviewAndTheReportsPageTellTheTruth(int width) throws Exception {
        try (Browser browser = Browser.open("en", width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("periods"));
            Portal.importCsv(browser, aYearAndALittleBefore(), 14);

            // This month, by weeks: only the weeks begun by today, each named by its Monday.
            browser.go("/app/dashboard.xhtml");
            List<String> weeks = new ArrayList<>();
            for (LocalDate monday = TODAY.withDayOfMonth(1).with(DayOfWeek.MONDAY);
                    !monday.isAfter(TODAY);
                    monday = monday.plusWeeks(1)) {
                weeks.add(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(monday));
            }
            assertThat(balanceRows(browser)).containsExactlyElementsOf(weeks);

            // The last 12 months: applied as soon as chosen, ending today, no month to come.
            choose(browser, "#dashboard\\:period", "LAST_12_MONTHS");
            String lastYear = longDate(TODAY.minusMonths(12).plusDays(1)) + " – " + longDate(TODAY);
            browser.wait.until(
                    d -> d.findElement(By.id("period-shown")).getText().contains(lastYear));
            assertThat(balanceRows(browser))
                    .hasSize(13)
                    .endsWith(DateTimeFormatter.ofPattern("LLL yyyy", Locale.ENGLISH)
                            .format(TODAY))
                    .noneMatch(label -> label.contains("-W"));
            assertThat(browser.driver.getCurrentUrl()).contains("period=LAST_12_MONTHS");
            // Two months of data in the year before: scaled up to a year, nothing grew by hundreds of percent.
            assertThat(browser.text("#grown-compared-with")).contains("scaled up");
            assertThat(percentages(browser.text("#grown"))).allMatch(percent -> percent < 100);
            browser.screenshot("overview-last-12-months-" + width);

            // The reports page shows the same period without being told.
            browser.go("/app/reports.xhtml");
            Overview.openFilters(browser);
            assertThat(new Select(browser.find("#reports\\:period"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("LAST_12_MONTHS");
            assertThat(browser.text("#period-shown")).contains(lastYear);

            // Choosing another period changes the download links at once, without "Show".
            choose(browser, "#reports\\:period", "LAST_3_MONTHS");
            String threeMonths = "from=" + TODAY.minusMonths(3).plusDays(1) + "&to=" + TODAY;
            browser.wait.until(d -> href(d.findElement(By.cssSelector("#download a.export-csv")))
                    .contains(threeMonths));
            assertThat(href(browser.driver.findElement(By.cssSelector("#download a.export-pdf"))))
                    .contains(threeMonths);

            // An end before the start is refused at the field; the period shown stays as it was.
            String shown = browser.text("#period-shown");
            choose(browser, "#reports\\:period", "CUSTOM");
            setDate(browser, "#reports\\:from", "2024-03-31");
            setDate(browser, "#reports\\:to", "2024-01-01");
            browser.click("#reports\\:apply");
            browser.waitForAjax();
            assertThat(browser.text("#reports\\:to-error")).contains("comes before its start");
            assertThat(browser.text("#period-shown")).isEqualTo(shown);
            browser.assertAccessible("reports, end before start (" + width + ")");

            // A report chosen from the list: its table and its chart, and a file with the same title.
            browser.click("#pick-balance");
            browser.waitForUrl("report=balance");
            assertThat(browser.text("#report-title")).isEqualTo("Money in and out over time");
            assertThat(browser.driver.findElements(By.cssSelector("#report-table tbody tr")))
                    .isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("[id$=report-chart] canvas")))
                    .isNotEmpty();
            assertThat(browser.text("#report-table thead")).contains("When", "Money in", "Money out", "Left over");
            browser.screenshot("reports-balance-" + width);
            browser.assertAccessible("reports, balance (" + width + ")");
            assertThat(pdfText(browser, href(browser.driver.findElement(By.cssSelector("#download a.export-pdf")))))
                    .contains("Money in and out over time")
                    .contains(TODAY.minusMonths(3).plusDays(1) + " – " + TODAY);

            // By category, each kind has its own total, as in the files; nothing adds the kinds together.
            browser.click("#pick-by-category");
            browser.waitForUrl("report=by-category");
            assertThat(browser.text("#report-table tbody"))
                    .contains("Total: Money out")
                    .contains("€150.00")
                    .doesNotContain("Total: Money in");
            browser.assertAccessible("reports, by category (" + width + ")");
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void inRussianTheReportsPageAndItsErrorsAreRussian(int width) throws Exception {
        try (Browser browser = Browser.open("ru-RU", width, 780)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("periods-ru"));
            Portal.importCsv(browser, aYearAndALittleBefore(), 14);

            browser.go("/app/reports.xhtml?report=balance&period=LAST_12_MONTHS");
            assertThat(browser.text("#report-title")).isEqualTo("Поступления и расходы по времени");
            assertThat(browser.text("#report-table thead")).contains("Когда", "Поступления", "Расходы", "Остаток");
            browser.screenshot("reports-balance-russian-" + width + "px");
            browser.assertAccessible("reports, balance (ru, " + width + " px)");

            browser.go("/app/reports.xhtml?report=by-category&period=LAST_12_MONTHS");
            assertThat(browser.text("#report-table tbody")).contains("Итого: Расход");

            browser.go("/app/reports.xhtml?report=growth&period=LAST_12_MONTHS");
            assertThat(browser.text("#compared-with")).contains("пересчитаны");

            choose(browser, "#reports\\:period", "CUSTOM");
            setDate(browser, "#reports\\:from", "2024-03-31");
            setDate(browser, "#reports\\:to", "2024-01-01");
            browser.click("#reports\\:apply");
            browser.waitForAjax();
            assertThat(browser.text("#reports\\:to-error")).contains("Конец периода раньше его начала");
        }
    }

    /** The same groceries each month of the last 12, and twice in the 12 months before (41 days of data). */
    private static String aYearAndALittleBefore() {
        StringBuilder csv = new StringBuilder("Date,Description,Amount,Currency\n");
        for (int month = 0; month < 12; month++) {
            csv.append(TODAY.minusMonths(month)).append(",LIDL 4711 BERLIN,-50.00,EUR\n");
        }
        csv.append(TODAY.minusMonths(12).minusDays(40)).append(",LIDL 4711 BERLIN,-50.00,EUR\n");
        csv.append(TODAY.minusMonths(12).minusDays(10)).append(",LIDL 4711 BERLIN,-50.00,EUR\n");
        return csv.toString();
    }

    private static List<String> balanceRows(Browser browser) {
        browser.waitForAjax();
        return browser.driver.findElements(By.cssSelector("#balance-table tbody th")).stream()
                .map(th -> th.getAttribute("textContent").strip())
                .toList();
    }

    private static void choose(Browser browser, String select, String value) {
        Overview.openFilters(browser);
        new Select(browser.find(select)).selectByValue(value);
        browser.waitForAjax();
    }

    private static void setDate(Browser browser, String css, String isoDate) {
        Overview.openFilters(browser);
        ((JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = arguments[1];", browser.find(css), isoDate);
    }

    private static String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.ENGLISH)
                .format(date);
    }

    private static String href(WebElement link) {
        return link.getAttribute("href");
    }

    private static List<Double> percentages(String text) {
        List<Double> found = new ArrayList<>();
        Matcher percent = Pattern.compile("\\+([0-9,.]+) %").matcher(text);
        while (percent.find()) {
            found.add(Double.parseDouble(percent.group(1).replace(",", "")));
        }
        return found;
    }

    private static String pdfText(Browser browser, String href) throws Exception {
        String session = browser.driver.manage().getCookieNamed("access_token").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "access_token=" + session)
                                .timeout(Duration.ofSeconds(60))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
