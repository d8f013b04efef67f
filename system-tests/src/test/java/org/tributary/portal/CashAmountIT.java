package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Amounts typed into the cash form: the last "," or "." is the decimal mark in either language (12,50 was
 * saved as 1,250.00 in English, 7.25 as 7.00 in Russian), what will be recorded is shown before saving, and
 * "1,234" (a thousand, or one and a bit?) is refused at the field.
 */
class CashAmountIT {

    /** Issue 13, item 1, in both languages at both widths: {@code 12,50} and {@code 7.25} are what they say. */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | Market | Coffee | [-−]€12\\.50 will be recorded\\.          | [-−]€7\\.25 will be recorded\\.",
                "en    | 360  | Market | Coffee | [-−]€12\\.50 will be recorded\\.          | [-−]€7\\.25 will be recorded\\.",
                "ru-RU | 1280 | Рынок  | Кофе   | Будет записано: [-−]12,50[\\s\u00a0]€\\. | Будет записано: [-−]7,25[\\s\u00a0]€\\.",
                "ru-RU | 360  | Рынок  | Кофе   | Будет записано: [-−]12,50[\\s\u00a0]€\\. | Будет записано: [-−]7,25[\\s\u00a0]€\\."
            })
    void readsBothDecimalMarks(
            String language, int width, String market, String coffee, String twelveFifty, String sevenQuarter)
            throws SQLException {
        try (Browser browser = Browser.open(language, width, 900)) {
            String email = Portal.uniqueEmail("amount-" + language.substring(0, 2) + "-" + width);
            Portal.signUpAndIn(browser, email);
            UUID userId = PortalJourneyIT.userId(email);

            record(browser, "12,50", market, twelveFifty);
            record(browser, "7.25", coffee, sevenQuarter);
            browser.screenshot("cash-amount-" + language + "-" + width);

            assertThat(amountOf(userId, market)).isEqualByComparingTo("-12.50");
            assertThat(amountOf(userId, coffee)).isEqualByComparingTo("-7.25");
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | “1,234” could mean 1234 or 1.234      | could mean   | .*€1,234\\.00 will be recorded\\.",
                "ru-RU | 360  | «1,234» можно понять как 1234 или как | можно понять | Будет записано: [-−]?1.?234,00.?€\\."
            })
    void refusesAnAmbiguousAmountAtTheField(String language, int width, String refusal, String refused, String whole)
            throws SQLException {
        try (Browser browser = Browser.open(language, width, 900)) {
            String email = Portal.uniqueEmail("amount-ambiguous");
            Portal.signUpAndIn(browser, email);
            browser.go("/app/cash.xhtml");
            browser.type("#cash-form\\:amount", "1,234");
            browser.wait.until(d ->
                    d.findElement(By.id("cash-form:amount-error")).getText().contains(refusal));
            // Each key's check re-renders the field's messages: read them once the last one has answered.
            browser.waitForAjax();
            String preview = browser.wait
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("cash-form:amount-preview")).getText());
            assertThat(preview).as("nothing will be recorded").isEmpty();
            browser.type("#cash-form\\:description", "Something");
            browser.click("#cash-form\\:save");
            browser.waitForAjax();
            assertThat(browser.text("#cash-form\\:amount-error")).contains(refused);
            assertThat(browser.driver.findElements(By.id("recorded"))).isEmpty();
            browser.screenshot("cash-amount-ambiguous-" + language + "-" + width);
            browser.assertAccessible("cash entry with an ambiguous amount (" + language + ", " + width + ")");
            assertThat(PortalJourneyIT.count(PortalJourneyIT.userId(email))).isZero();

            browser.type("#cash-form\\:amount", "1234");
            Pattern wholeAmount = Pattern.compile(whole);
            browser.wait.until(d -> wholeAmount
                    .matcher(d.findElement(By.id("cash-form:amount-preview")).getText())
                    .matches());
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
