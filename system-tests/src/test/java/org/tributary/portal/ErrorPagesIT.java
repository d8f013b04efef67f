package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tributary.platform.SystemUnderTest;

/**
 * An address that leads nowhere gets a portal page in the person's language with a way back (it was a raw
 * technical line); the API keeps its problem+json. The menu holds only pages that do something, on one line.
 */
class ErrorPagesIT {

    @Test
    void answersAnUnknownAddressWithAFriendlyPage() {
        HttpResponse<String> page = SystemUnderTest.app("/nope");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Page not found").contains("/sign-in.xhtml");

        HttpResponse<String> api = SystemUnderTest.app("/api/v1/nope");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("not-found"));
            for (String address : List.of("/app/nope.xhtml", "/nope")) {
                browser.go(address);
                assertThat(browser.text("h1")).isEqualTo("Page not found");
                assertThat(browser.find("#way-back").getAttribute("href")).endsWith("/app/dashboard.xhtml");
                browser.assertNoViolations("not found " + address);
            }
            browser.screenshot("not-found");
            browser.click("#way-back");
            browser.waitForUrl("/app/dashboard.xhtml");
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
        "ru-RU, 360, Страница не найдена, Перейти к обзору",
        "ru-RU, 1280, Страница не найдена, Перейти к обзору",
        "en, 360, Page not found, Go to your overview"
    })
    void saysNotFoundInTheReadersLanguage(String language, int width, String title, String wayBack) {
        try (Browser browser = Browser.open(language, width, 780)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("not-found-" + language.substring(0, 2)));
            browser.go("/app/nope.xhtml");
            assertThat(browser.text("h1")).isEqualTo(title);
            assertThat(browser.text("#way-back")).isEqualTo(wayBack);
            browser.screenshot("not-found-" + language + "-" + width + "px");
            browser.assertNoViolations("not found (" + language + ", " + width + " px)");
        }
    }

    /** Russian names are longer: the menu must fit on one line in both languages (on a phone it is behind a button). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru-RU"})
    void menuHasNoPlaceholdersAndFitsOnOneLine(String language) {
        try (Browser browser = Browser.open(language, 1280, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("menu"));
            List<WebElement> items = browser.driver.findElements(By.cssSelector(".site-nav li"));
            assertThat(items).hasSize(7);
            assertThat(browser.driver.findElements(By.cssSelector(".site-nav a[href*='ask']")))
                    .isEmpty();
            int top = items.get(0).getLocation().getY();
            assertThat(items)
                    .allSatisfy(item -> assertThat(item.getLocation().getY()).isEqualTo(top));

            // Not in the menu until they exist, but their addresses still answer.
            browser.go("/app/ask.xhtml");
            assertThat(browser.text("h1")).isNotEqualTo("Page not found").isNotEqualTo("Страница не найдена");
        }
    }
}
