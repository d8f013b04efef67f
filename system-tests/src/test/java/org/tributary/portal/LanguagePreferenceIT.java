package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.tributary.platform.Api;
import org.tributary.platform.SystemUnderTest;

/**
 * The account's language and the portal's switch are one setting: switching in the portal saves it to the
 * account ({@code locale} of {@code /api/v1/me}), another browser signing in speaks it whatever its
 * Accept-Language, and a change through the API is followed by the portal. Dates and amounts go with it.
 */
class LanguagePreferenceIT {

    @Test
    void theLanguageSwitchedToIsTheAccountsInEveryBrowser() throws SQLException {
        String email = Portal.uniqueEmail("language");
        UUID userId;
        try (Browser first = Browser.open("en")) {
            Portal.signUpAndInThroughTheForms(first, email);
            userId = PortalJourneyIT.userId(email);
            assertThat(storedLocale(userId)).as("nothing chosen yet").isNull();
            assertThat(first.text("h1")).isEqualTo("Overview");
            assertThat(meLocale(first)).isEqualTo("en");
            first.go("/app/cash.xhtml");
            first.type("#cash-form\\:amount", "1234.50");
            first.type("#cash-form\\:description", "Market");
            first.click("#cash-form\\:save");
            first.wait.until(d -> !d.findElements(By.id("recorded")).isEmpty());

            first.go("/app/transactions.xhtml");
            first.click("a[hreflang=ru]");
            first.waitForText("h1", "Операции");
            assertThat(storedLocale(userId)).isEqualTo("ru");
            assertThat(meLocale(first)).isEqualTo("ru");
        }

        try (Browser second = Browser.open("en", 360, 780)) {
            Portal.signIn(second, email);
            assertThat(second.text("h1"))
                    .as("the account's language, not the browser's")
                    .isEqualTo("Обзор");
            second.go("/app/transactions.xhtml");
            String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.forLanguageTag("ru"))
                    .format(LocalDate.now());
            assertThat(second.text("#filters\\:table")).contains(today).containsPattern("1\\s?234,50");
            second.screenshot("transactions-account-language-russian-360px");
            second.assertAccessible("transactions in the account's Russian (360 px)");

            Api api = Api.http();
            api.post("/api/v1/auth/sign-in", Api.credentials(email, Portal.PASSWORD));
            assertThat(SystemUnderTest.json(api.get("/api/v1/me"))
                            .path("locale")
                            .asText())
                    .isEqualTo("ru");
            api.patch("/api/v1/me", "{\"locale\":\"en-GB\"}");
            second.go("/app/transactions.xhtml");
            assertThat(second.text("h1")).as("the API's change, followed").isEqualTo("Transactions");
            assertThat(second.text("#filters\\:table")).contains("1,234.50");

            second.click("a[hreflang=ru]");
            second.waitForText("h1", "Операции");
            assertThat(storedLocale(userId)).isEqualTo("ru");
            assertThat(SystemUnderTest.json(api.get("/api/v1/me"))
                            .path("locale")
                            .asText())
                    .isEqualTo("ru");
        }
    }

    /**
     * Only a GET's {@code ?lang=} switches: a page form posting {@code lang=ru} in its body does not, while the
     * same word in a GET's query still does. (That the filter no longer parses a POST body is not observable
     * here: the page's own Faces processing reads it anyway.)
     */
    @Test
    void aPagePostIsNotReadForTheLanguageButAGetSwitches() {
        Api api = Api.http();

        var post = api.send(api.request("/sign-in.xhtml")
                .header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("lang=ru")));
        var get = api.send(api.request("/sign-in.xhtml?lang=ru")
                .header("Accept-Language", "en")
                .GET());
        var page = api.send(api.request("/sign-in.xhtml")
                .header("Accept-Language", "en")
                .header("Cookie", "lang=ru")
                .GET());

        assertThat(post.statusCode()).isLessThan(500);
        assertThat(post.headers().allValues("Set-Cookie"))
                .as("a POST's body is not read for the language")
                .noneMatch(cookie -> cookie.startsWith("lang="));
        assertThat(post.body()).doesNotContain("Вход");
        assertThat(get.statusCode()).isEqualTo(302);
        assertThat(get.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in.xhtml");
        assertThat(get.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lang=ru;"));
        assertThat(page.body()).contains("Вход");
    }

    static String storedLocale(UUID userId) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement("select locale from users where id = ?")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** The account's locale as the API tells this browser (with its cookie and its Accept-Language). */
    static String meLocale(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch('/api/v1/me').then(r => r.json()).then(me => done(me.locale));");
    }
}
