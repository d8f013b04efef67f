package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.support.ui.Select;
import org.tributary.reporting.CurrenciesIT;

/**
 * The overview of euro, franc and dollar payments: money out is the hand-converted sum with the bundled ECB
 * rates (the figures of {@link CurrenciesIT}), a payment in a currency without a rate is shown beside it in
 * its own currency — not as €0 — in English and Russian, and the currency of the totals is changed on its
 * own page.
 */
class CurrencyOverviewIT {

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 360})
    void moneyOutIsTheConvertedSumAndWhatHasNoRateIsShownBesideIt(int width) throws Exception {
        try (Browser browser = Browser.open("en", width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("currencies"));
            Portal.importCsv(browser, CurrenciesIT.STATEMENT, 7);

            Overview.showPeriod(browser, "2026-03-01", "2026-04-30", null);
            assertThat(Overview.moneyOut(browser)).isEqualByComparingTo("390.00");
            assertThat(Overview.moneyIn(browser)).isEqualByComparingTo("2500.00");
            assertThat(browser.text("#money-out-not-converted"))
                    .isEqualTo("+ VND 250,000.00 not converted: no exchange rate");
            assertThat(browser.text("#base-currency")).contains("Totals in EUR");
            browser.assertAccessible("overview with an amount without a rate (" + width + ")");
            browser.screenshot("overview-not-converted-" + width);

            browser.click("#change-currency");
            browser.waitForUrl("/app/currency.xhtml");
            browser.assertAccessible("currency of the totals (" + width + ")");
            new Select(browser.find("#currency-form\\:currency")).selectByValue("USD");
            browser.click("#currency-form\\:save");
            browser.waitForText("#currency-form\\:messages", "Saved: your totals are now in USD.");

            Overview.showPeriod(browser, "2026-03-01", "2026-04-30", null);
            assertThat(browser.text("#money-out")).startsWith("$");
            assertThat(Overview.moneyOut(browser)).isEqualByComparingTo("452.01");
            assertThat(browser.text("#money-out-not-converted")).contains("VND");

            browser.go("/app/dashboard.xhtml?lang=ru");
            Overview.showPeriod(browser, "2026-03-01", "2026-04-30", null);
            assertThat(browser.text("#money-out-not-converted"))
                    .matches("\\+ VND 250\\s000,00 без пересчёта: нет курса");
            browser.assertAccessible("overview in Russian with an amount without a rate (" + width + ")");
            browser.screenshot("overview-not-converted-ru-" + width);
        }
    }
}
