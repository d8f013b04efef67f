package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.tributary.platform.Api;

/**
 * The "Sign-in and security" page (issue 15, decision 40): the sessions of the account with this device
 * marked, ending another one and every other one, and changing the password, in English and Russian at
 * 1280 and 360 px, axe-clean.
 */
class AccountSecurityIT {

    private static final String NEW_PASSWORD = "a new and longer passphrase";

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1280", "ru, 360", "en, 360", "ru, 1280"})
    void sessionsAreListedAndEndedAndThePasswordChanged(String language, int width) {
        boolean english = "en".equals(language);
        try (Browser browser = Browser.open(language, width, 900)) {
            String email = Portal.uniqueEmail("security");
            Portal.signUpAndInThroughTheForms(browser, email);
            Api phone = signInElsewhere(email, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1");
            Api tablet = signInElsewhere(email, "Mozilla/5.0 (Linux; Android 14) Chrome/120.0 Safari/537.36");

            browser.click("#account-security");
            browser.waitForUrl("/app/security.xhtml");
            assertThat(browser.text("h1")).isEqualTo(english ? "Sign-in and security" : "Вход и безопасность");
            assertThat(browser.driver.findElements(By.cssSelector(".sessions li")))
                    .hasSize(3);
            assertThat(browser.text(".sessions li.current")).contains(english ? "(this device)" : "(это устройство)");
            assertThat(browser.text(".sessions")).contains("Safari on iPhone", "Chrome on Android", "127.0.0.1");
            browser.assertAccessible("sign-in and security, " + language + " (" + width + ")");
            browser.screenshot("security-" + language + "-" + width);

            // End the phone's session from its own button.
            browser.driver.findElements(By.cssSelector(".sessions li")).stream()
                    .filter(li -> li.getText().contains("iPhone"))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.cssSelector(".end-session"))
                    .click();
            browser.waitForText(
                    "#messages", english ? "Signed out: Safari on iPhone." : "Сеанс завершён: Safari on iPhone.");
            assertThat(phone.get("/api/v1/me").statusCode()).isEqualTo(401);
            assertThat(tablet.get("/api/v1/me").statusCode()).isEqualTo(200);

            browser.click("#sessions-form\\:end-others");
            browser.waitForText(
                    "#messages", english ? "Signed out everywhere else." : "Вы вышли на всех других устройствах.");
            assertThat(tablet.get("/api/v1/me").statusCode()).isEqualTo(401);
            assertThat(browser.driver.findElements(By.cssSelector(".sessions li")))
                    .hasSize(1);

            browser.type("#password-form\\:current", "not my password at all");
            browser.type("#password-form\\:new", NEW_PASSWORD);
            browser.type("#password-form\\:repeated", NEW_PASSWORD);
            browser.click("#password-form\\:change");
            browser.waitForPage();
            assertThat(browser.text("#password-form"))
                    .contains(english ? "The current password is wrong." : "Текущий пароль неверен.");
            browser.assertAccessible("password change refused, " + language + " (" + width + ")");

            browser.type("#password-form\\:current", Portal.PASSWORD);
            browser.type("#password-form\\:new", NEW_PASSWORD);
            browser.type("#password-form\\:repeated", NEW_PASSWORD);
            browser.click("#password-form\\:change");
            browser.waitForText(
                    "#messages",
                    english
                            ? "Your password is changed, and you are signed out everywhere else."
                            : "Пароль изменён, на всех других устройствах выполнен выход.");
            assertThat(Api.http()
                            .post("/api/v1/auth/sign-in", Api.credentials(email, NEW_PASSWORD))
                            .statusCode())
                    .isEqualTo(200);
            browser.go("/app/dashboard.xhtml");
            assertThat(browser.driver.getCurrentUrl())
                    .as("this browser's session survives its own password change")
                    .contains("/app/dashboard.xhtml");
        }
    }

    private static Api signInElsewhere(String email, String userAgent) {
        Api api = Api.http();
        var response = api.send(api.request("/api/v1/auth/sign-in")
                .header("Content-Type", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(Api.credentials(email, Portal.PASSWORD))));
        assertThat(response.statusCode()).isEqualTo(200);
        return api;
    }
}
