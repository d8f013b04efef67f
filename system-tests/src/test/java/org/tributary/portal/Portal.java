package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.tributary.platform.Api;

/** The steps many portal tests share: a new person, signing up and in through the pages. */
final class Portal {

    static final String PASSWORD = "a long enough password 2026";

    private Portal() {}

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@portal.test";
    }

    /**
     * Signs a new person up and in the way an API client does, and hands the browser the cookies the sign-in set
     * (under the browser's own User-Agent, so the session names this browser); the browser ends on the overview.
     * The forms themselves are what {@link #signUpAndInThroughTheForms} and the sign-in tests go through.
     */
    static void signUpAndIn(Browser browser, String email) {
        Api api = Api.http();
        HttpResponse<String> signedUp = api.post("/api/v1/auth/sign-up", Api.credentials(email, PASSWORD));
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(201);
        String userAgent = (String) ((JavascriptExecutor) browser.driver).executeScript("return navigator.userAgent");
        HttpResponse<String> signedIn = api.send(api.request("/api/v1/auth/sign-in")
                .header("Content-Type", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(Api.credentials(email, PASSWORD))));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        signedIn.headers().allValues("Set-Cookie").forEach(browser::setCookie);
        browser.go("/app/dashboard.xhtml");
        assertThat(browser.driver.getCurrentUrl()).contains("/app/dashboard.xhtml");
    }

    /** Signs a new person up and in through the sign-up and sign-in pages; the browser ends on the overview. */
    static void signUpAndInThroughTheForms(Browser browser, String email) {
        browser.go("/sign-up.xhtml");
        browser.type("#sign-up\\:email", email);
        browser.type("#sign-up\\:password", PASSWORD);
        browser.type("#sign-up\\:repeated", PASSWORD);
        browser.click("#sign-up\\:submit");
        browser.wait.until(d -> d.getCurrentUrl().contains("/sign-in.xhtml"));
        browser.waitForPage();
        signIn(browser, email);
    }

    /** Adds a bank statement in CSV through the import page and waits for its result. */
    static void importCsv(Browser browser, String csv, int rows) throws IOException {
        Path statement = Files.createTempFile("statement-", ".csv");
        try {
            Files.writeString(statement, csv);
            browser.go("/app/import.xhtml");
            browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(statement.toString());
            assertThat(browser.text("#row-count")).isEqualTo(String.valueOf(rows));
            browser.click("#import-form\\:start");
            browser.wait.until(d -> !d.findElements(By.id("imported")).isEmpty());
        } finally {
            Files.deleteIfExists(statement);
        }
    }

    /** Signs someone in on the sign-in page; the browser ends on the overview. */
    static void signIn(Browser browser, String email) {
        if (!browser.driver.getCurrentUrl().contains("/sign-in.xhtml")) {
            browser.go("/sign-in.xhtml");
        }
        browser.type("#sign-in\\:email", email);
        browser.type("#sign-in\\:password", PASSWORD);
        browser.find("#sign-in\\:password").sendKeys(Keys.ENTER);
        browser.wait.until(d -> d.getCurrentUrl().contains("/app/"));
        browser.waitForPage();
        assertThat(browser.driver.getCurrentUrl()).contains("/app/dashboard.xhtml");
    }
}
