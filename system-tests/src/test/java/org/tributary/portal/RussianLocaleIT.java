package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A browser that prefers Russian gets Russian pages, with Russian number formats, while the account has no
 * language of its own; the switch goes back to English and makes that the account's.
 */
class RussianLocaleIT {

    @Test
    void speaksRussianToARussianBrowserAndSwitchesBack() throws java.sql.SQLException {
        try (Browser browser = Browser.open("ru-RU", 360, 780)) {
            browser.go("/sign-in.xhtml");
            assertThat(browser.driver
                            .findElement(org.openqa.selenium.By.tagName("html"))
                            .getAttribute("lang"))
                    .isEqualTo("ru");
            assertThat(browser.text("h1")).isEqualTo("Вход");
            browser.click("#sign-in\\:submit");
            assertThat(browser.text("#sign-in .field-error")).contains("Введите адрес");
            browser.screenshot("sign-in-russian-360px");
            browser.assertAccessible("sign-in (ru, 360 px)");

            String email = Portal.uniqueEmail("russian");
            Portal.signUpAndIn(browser, email);
            java.util.UUID userId = PortalJourneyIT.userId(email);
            assertThat(LanguagePreferenceIT.storedLocale(userId)).isNull();
            assertThat(LanguagePreferenceIT.meLocale(browser)).isEqualTo("ru");
            browser.go("/app/cash.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Добавить наличные");
            browser.type("#cash-form\\:amount", "1234,5");
            browser.type("#cash-form\\:description", "Рынок");
            browser.click("#cash-form\\:save");
            browser.wait.until(
                    d -> !d.findElements(org.openqa.selenium.By.id("recorded")).isEmpty());
            // Russian number format: a space (no-break) between thousands, a comma before the kopecks.
            assertThat(browser.text("#recorded")).containsPattern("1\\s?234,50");
            browser.screenshot("cash-entry-russian-360px");
            browser.assertAccessible("cash entry (ru, 360 px)");

            browser.go("/app/transactions.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Операции");
            browser.screenshot("transactions-russian-360px");
            browser.assertAccessible("transactions (ru, 360 px)");

            browser.go("/app/dashboard.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Обзор");
            assertThat(browser.text("#money-out")).containsPattern("1\\s?234,50");
            browser.screenshot("dashboard-russian-360px");
            browser.assertAccessible("dashboard (ru, 360 px)");

            for (String page : List.of("import", "sources", "reports", "recommendations", "ask")) {
                browser.go("/app/" + page + ".xhtml");
                browser.screenshot(page + "-russian-360px");
                browser.assertAccessible(page + " (ru, 360 px)");
            }

            browser.go("/app/transactions.xhtml");
            browser.click("a[hreflang=en]");
            browser.waitForText("h1", "Transactions");
            assertThat(LanguagePreferenceIT.storedLocale(userId)).isEqualTo("en");
        }
    }
}
