package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * What the portal says when there is nothing to show: a welcome that leads to a first statement (not "€0.00
 * (more came in than went out)"); an old statement's period offered when the chosen one is empty; and a
 * search without hits that says so, instead of asking for a bank file.
 */
class EmptyStatesIT {

    private static final String OLD_STATEMENT = "Date,Description,Amount\n"
            + "2017-03-03,Corner Shop,-10.00\n"
            + "2017-04-15,Salary ACME,1000.00\n"
            + "2017-06-30,Corner Shop,-20.00\n";

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 360})
    void welcomesANewPersonAndLeadsToAStatement(int width) {
        try (Browser browser = Browser.open("en", width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("welcome"));
            assertThat(browser.text("#welcome")).contains("Welcome to Tributary");
            assertThat(browser.driver.findElements(By.id("totals"))).isEmpty();
            assertThat(browser.text("main")).doesNotContain("more came in than went out");
            browser.screenshot("dashboard-welcome-" + width);
            browser.assertNoViolations("dashboard, first run (" + width + ")");

            browser.go("/app/transactions.xhtml");
            assertThat(browser.text("#filters\\:table")).contains("No transactions here yet");
            assertThat(browser.driver.findElements(By.id("clear-filters"))).isEmpty();

            browser.go("/app/dashboard.xhtml");
            browser.click("#welcome-import");
            browser.waitForUrl("/app/import.xhtml");
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void welcomesInRussian(int width) {
        try (Browser browser = Browser.open("ru-RU", width, 780)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("welcome-ru"));
            assertThat(browser.text("#welcome")).contains("Добро пожаловать");
            assertThat(browser.driver.findElements(By.id("totals"))).isEmpty();
            browser.screenshot("dashboard-welcome-russian-" + width + "px");
            browser.assertNoViolations("dashboard, first run (ru, " + width + " px)");
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | Your transactions are from March 3, 2017 to June 30, 2017.",
                "ru-RU | 360  | Ваши операции — с 3 мар"
            })
    void offersThePeriodOfAnOldStatement(String language, int width, String dataElsewhere) throws IOException {
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("old-statement"));
            Portal.importCsv(browser, OLD_STATEMENT, 3);

            browser.go("/app/dashboard.xhtml");
            assertThat(browser.text("#nothing")).contains(dataElsewhere);
            browser.screenshot("dashboard-old-statement-" + language + "-" + width);
            browser.assertNoViolations("dashboard, data in another period (" + language + ", " + width + ")");
            browser.click("#dashboard\\:show-data-period");
            browser.wait.until(d -> !d.findElements(By.id("money-out")).isEmpty());
            assertThat(browser.text("#period-shown")).contains("2017");
            assertThat(amount(browser, "#money-out", language)).isEqualByComparingTo("30.00");
            assertThat(amount(browser, "#money-in", language)).isEqualByComparingTo("1000.00");
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | Nothing matches these filters. | Add a bank file",
                "ru-RU | 360  | Под эти фильтры ничего не подходит. | Загрузите файл банка"
            })
    void saysWhenASearchFindsNothing(String language, int width, String noMatch, String addAFile) throws IOException {
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("no-hits"));
            Portal.importCsv(browser, OLD_STATEMENT, 3);

            browser.go("/app/transactions.xhtml?q=nothing-like-this");
            assertThat(browser.text("#filters\\:table")).contains(noMatch).doesNotContain(addAFile);
            browser.screenshot("transactions-no-hits-" + language + "-" + width);
            browser.assertAccessible("transactions, no hits (" + language + ", " + width + ")");
            browser.click("#clear-filters");
            browser.wait.until(
                    d -> d.findElement(By.id("filters:table")).getText().contains("Corner Shop"));
        }
    }

    /** "€1,000.00" in English, "1 000,00 €" in Russian. */
    private static java.math.BigDecimal amount(Browser browser, String css, String language) {
        String shown = browser.text(css);
        return Overview.amount(language.startsWith("ru") ? shown.replace(",", ".") : shown);
    }
}
