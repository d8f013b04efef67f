package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Amounts typed into the cash form: the last "," or "." is the decimal mark in either language (12,50 was
 * saved as 1,250.00 in English, 7.25 as 7.00 in Russian), what will be recorded is shown before saving, and
 * "1,234" (a thousand, or one and a bit?) is refused at the field.
 */
class CashAmountIT {

    @Test
    void readsBothDecimalMarksInEnglish() throws SQLException {
        try (Browser browser = Browser.open("en")) {
            String email = Portal.uniqueEmail("amount-en");
            Portal.signUpAndIn(browser, email);
            UUID userId = PortalJourneyIT.userId(email);

            record(browser, "12,50", "Market", "[-−]€12\\.50 will be recorded\\.");
            assertThat(browser.text("#recorded")).contains("€12.50");
            record(browser, "7.25", "Coffee", "[-−]€7\\.25 will be recorded\\.");

            assertThat(amountOf(userId, "Market")).isEqualByComparingTo("-12.50");
            assertThat(amountOf(userId, "Coffee")).isEqualByComparingTo("-7.25");
        }
    }

    @Test
    void readsBothDecimalMarksInRussian() throws SQLException {
        try (Browser browser = Browser.open("ru-RU")) {
            String email = Portal.uniqueEmail("amount-ru");
            Portal.signUpAndIn(browser, email);
            UUID userId = PortalJourneyIT.userId(email);

            record(browser, "12,50", "Рынок", "Будет записано: [-−]12,50[\\s\u00a0]€\\.");
            record(browser, "7.25", "Кофе", "Будет записано: [-−]7,25[\\s\u00a0]€\\.");
            browser.screenshot("cash-amount-russian");

            assertThat(amountOf(userId, "Рынок")).isEqualByComparingTo("-12.50");
            assertThat(amountOf(userId, "Кофе")).isEqualByComparingTo("-7.25");
        }
    }

    @Test
    void refusesAnAmbiguousAmountAtTheField() throws SQLException {
        try (Browser browser = Browser.open("en")) {
            String email = Portal.uniqueEmail("amount-ambiguous");
            Portal.signUpAndIn(browser, email);
            browser.go("/app/cash.xhtml");
            browser.type("#cash-form\\:amount", "1,234");
            browser.wait.until(d -> d.findElement(By.id("cash-form:amount-error"))
                    .getText()
                    .contains("“1,234” could mean 1234 or 1.234"));
            assertThat(browser.driver
                            .findElement(By.id("cash-form:amount-preview"))
                            .getText())
                    .as("nothing will be recorded")
                    .isEmpty();
            browser.type("#cash-form\\:description", "Something");
            browser.click("#cash-form\\:save");
            browser.waitForAjax();
            assertThat(browser.text("#cash-form\\:amount-error")).contains("could mean");
            assertThat(browser.driver.findElements(By.id("recorded"))).isEmpty();
            browser.screenshot("cash-amount-ambiguous");
            browser.assertAccessible("cash entry with an ambiguous amount");
            assertThat(PortalJourneyIT.count(PortalJourneyIT.userId(email))).isZero();

            browser.type("#cash-form\\:amount", "1234");
            browser.wait.until(d ->
                    d.findElement(By.id("cash-form:amount-preview")).getText().endsWith("€1,234.00 will be recorded."));
        }
    }

    /** Types the amount, waits for what will be recorded (a pattern), saves and waits for the confirmation. */
    private static void record(Browser browser, String amount, String description, String preview) {
        browser.go("/app/cash.xhtml");
        browser.type("#cash-form\\:amount", amount);
        Pattern shown = Pattern.compile(preview);
        browser.wait.until(d -> shown.matcher(
                        d.findElement(By.id("cash-form:amount-preview")).getText())
                .matches());
        browser.type("#cash-form\\:description", description);
        browser.click("#cash-form\\:save");
        browser.wait.until(d -> !d.findElements(By.id("recorded")).isEmpty());
        assertThat(browser.text("#recorded")).contains(description);
    }

    private static BigDecimal amountOf(UUID userId, String description) throws SQLException {
        return PortalJourneyIT.number(
                "select amount from transactions where user_id = ? and description = ?", userId, description);
    }
}
