package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Cash spending typed in: today by default, errors by the field, then it is in the transactions list. */
class CashEntryIT {

    @Test
    void recordsCashSpendingAndListsIt() {
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("cash"));
            browser.go("/app/cash.xhtml");
            assertThat(browser.find("#cash-form\\:date").getAttribute("value"))
                    .isEqualTo(LocalDate.now().toString());
            browser.assertAccessible("cash entry");

            browser.click("#cash-form\\:save");
            assertThat(browser.text("#cash-form .field-error")).contains("amount");
            browser.screenshot("cash-entry-error");
            browser.assertAccessible("cash entry with errors");

            browser.type("#cash-form\\:amount", "12.50");
            browser.type("#cash-form\\:description", "Farmers market");
            browser.click("#cash-form\\:save");
            browser.wait.until(
                    d -> !d.findElements(org.openqa.selenium.By.id("recorded")).isEmpty());
            assertThat(browser.text("#recorded")).contains("Farmers market").contains("12.50");
            browser.screenshot("cash-entry-saved");

            browser.go("/app/transactions.xhtml");
            assertThat(browser.text("#filters\\:table"))
                    .contains("Farmers market")
                    .contains("Money out");
            browser.assertAccessible("transactions");
            browser.screenshot("transactions-cash");
        }
    }
}
