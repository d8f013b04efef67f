package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
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

    @Test
    void welcomesANewPersonAndLeadsToAStatement() {
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("welcome"));
            assertThat(browser.text("#welcome")).contains("Welcome to Tributary");
            assertThat(browser.driver.findElements(By.id("totals"))).isEmpty();
            assertThat(browser.text("main")).doesNotContain("more came in than went out");
            browser.screenshot("dashboard-welcome");
            browser.assertNoViolations("dashboard, first run");

            browser.go("/app/transactions.xhtml");
            assertThat(browser.text("#filters\\:table")).contains("No transactions here yet");
            assertThat(browser.driver.findElements(By.id("clear-filters"))).isEmpty();

            browser.go("/app/dashboard.xhtml");
            browser.click("#welcome-import");
            browser.waitForUrl("/app/import.xhtml");
        }
    }

    @Test
    void welcomesInRussian() {
        try (Browser browser = Browser.open("ru-RU", 360, 780)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("welcome-ru"));
            assertThat(browser.text("#welcome")).contains("Добро пожаловать");
            browser.screenshot("dashboard-welcome-russian-360px");
            browser.assertNoViolations("dashboard, first run (ru, 360 px)");
        }
    }

    @Test
    void offersThePeriodOfAnOldStatement() throws IOException {
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("old-statement"));
            Portal.importCsv(browser, OLD_STATEMENT, 3);

            browser.go("/app/dashboard.xhtml");
            assertThat(browser.text("#nothing")).contains("Your transactions are from March 3, 2017 to June 30, 2017.");
            browser.screenshot("dashboard-old-statement");
            browser.assertNoViolations("dashboard, data in another period");
            browser.click("#dashboard\\:show-data-period");
            browser.wait.until(d -> !d.findElements(By.id("money-out")).isEmpty());
            assertThat(browser.text("#period-shown")).contains("March 3, 2017").contains("June 30, 2017");
            assertThat(Overview.moneyOut(browser)).isEqualByComparingTo("30.00");
            assertThat(Overview.moneyIn(browser)).isEqualByComparingTo("1000.00");
        }
    }

    @Test
    void saysWhenASearchFindsNothing() throws IOException {
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("no-hits"));
            Portal.importCsv(browser, OLD_STATEMENT, 3);

            browser.go("/app/transactions.xhtml?q=nothing-like-this");
            assertThat(browser.text("#filters\\:table"))
                    .contains("Nothing matches these filters.")
                    .doesNotContain("Add a bank file");
            browser.screenshot("transactions-no-hits");
            browser.assertAccessible("transactions, no hits");
            browser.click("#clear-filters");
            browser.wait.until(
                    d -> d.findElement(By.id("filters:table")).getText().contains("Corner Shop"));
        }
    }
}
