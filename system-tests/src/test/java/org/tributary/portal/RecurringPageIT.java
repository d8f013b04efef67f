package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tributary.analysis.RecurringPaymentsIT;

/**
 * The regular payments page of a generated year (the payments of {@link RecurringPaymentsIT}): those still paid
 * with what a year of them costs, the price rise, the one that stopped; in English and Russian, on a laptop and a
 * phone, with nothing wider than the screen and no accessibility violation. A new person sees what it waits for.
 */
class RecurringPageIT {

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | €12,754.76    | Every month  | Every week     | No regular payments found yet",
                "ru-RU | 360  | 12 754,76 €   | Каждый месяц | Каждую неделю  | Регулярных платежей пока не найдено"
            })
    void stillPaidWithAYearOfThemAndStoppedOnesAreShown(
            String language, int width, String yearly, String monthly, String weekly, String empty) throws Exception {
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("recurring"));
            browser.go("/app/recurring.xhtml");
            assertThat(browser.text("#recurring-empty")).startsWith(empty);
            browser.assertAccessible("regular payments, none yet (" + language + ", " + width + ")");

            String year = RecurringPaymentsIT.year();
            Portal.importCsv(browser, year, (int) year.lines().count() - 1);
            browser.go("/app/recurring.xhtml");

            assertThat(browser.text("#yearly-total").replace('\u00a0', ' ').replace('\u202f', ' '))
                    .endsWith(yearly);
            List<WebElement> active = browser.driver.findElements(By.cssSelector("#recurring-active tbody tr"));
            assertThat(active).hasSize(6);
            assertThat(cell(active.get(0), "cadence")).isEqualTo(monthly);
            assertThat(cell(active.get(2), "cadence")).isEqualTo(weekly);
            assertThat(cell(active.get(3), "price-changes")).contains("→");
            assertThat(browser.driver.findElements(By.cssSelector("#recurring-stopped tbody tr")))
                    .hasSize(1);
            browser.assertAccessible("regular payments (" + language + ", " + width + ")");
            PhoneLayoutIT.assertFitsTheScreen(browser, "regular payments");
            browser.screenshot("recurring-" + language + "-" + width);

            active.get(0).findElement(By.cssSelector("td.merchant a")).click();
            browser.waitForUrl("/app/transactions.xhtml");
            assertThat(browser.driver.findElements(By.cssSelector("#filters\\:table tbody tr")))
                    .as("the landlord's payments of the year up to the last")
                    .hasSize(12);
        }
    }

    private static String cell(WebElement row, String kind) {
        return row.findElement(By.cssSelector("td." + kind)).getText();
    }
}
