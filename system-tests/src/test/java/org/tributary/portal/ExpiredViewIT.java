package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A page whose state the server no longer holds — drawn by a server that has stopped, the click answered by
 * another, or a session that ended — opens again at the person's next click; before, an AJAX click did nothing,
 * then and every time after, until the person reloaded the page.
 */
class ExpiredViewIT {

    @Test
    void aClickOnAPageWhoseStateIsGoneOpensThePageAgainAndTheNextClickWorks() throws Exception {
        String email = Portal.uniqueEmail("expired-view");
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, email);
            TransactionsPageIT.seed(PortalJourneyIT.userId(email), 60);
            browser.go("/app/transactions.xhtml");
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 1–25 of 60");

            // What the other server sees: a browser whose session (and so the page's state) it does not know.
            JavascriptExecutor script = (JavascriptExecutor) browser.driver;
            script.executeScript("window.drawnBefore = true");
            browser.driver.manage().deleteCookieNamed("JSESSIONID");
            browser.click("#filters\\:table .ui-paginator-next");

            browser.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return window.drawnBefore === undefined && document.readyState === 'complete'")));
            browser.waitForUrl("/app/transactions.xhtml");
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 1–25 of 60");

            browser.click("#filters\\:table .ui-paginator-next");
            browser.wait.until(
                    d -> d.findElement(By.id("filters:shown")).getText().equals("Transactions 26–50 of 60"));
        }
    }
}
