package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Ask page (issue 16): a question typed and sent with Enter, a suggested question asked with a click, each
 * answer with links to the payments behind it, the questions asked kept for the browser session (still there after
 * following a link, none of them for another account signed in on the same browser without signing out); in
 * English on a laptop and in Russian on a phone, with no accessibility violation and nothing wider than the screen.
 */
class AskPageIT {

    private static final String MARCH = "Date,Description,Amount\n"
            + "2025-03-03,REWE MARKT 0815,-20.00\n"
            + "2025-03-10,REWE MARKT 0815,-30.50\n"
            + "2025-03-25,SALARY ACME GMBH,2500.00\n";

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | How much did I spend in March 2025?    | March 2025: you spent €50.50   | See these payments | Asked before",
                "ru-RU | 360  | Сколько я потратил в марте 2025 года?  | Март 2025: потрачено 50,50 €   | Эти платежи        | Спрошено раньше"
            })
    void answersATypedQuestionAndASuggestedOneWithLinksToThePayments(
            String language, int width, String question, String answer, String payments, String earlier)
            throws Exception {
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("ask"));
            Portal.importCsv(browser, MARCH, 3);
            browser.go("/app/ask.xhtml");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language.substring(0, 2));

            WebElement box = browser.find("#ask-form\\:question");
            box.sendKeys(question, Keys.ENTER);
            browser.wait.until(
                    d -> !d.findElements(By.cssSelector("#latest .answer-text")).isEmpty());
            assertThat(browser.text("#latest .answer-text")).startsWith(answer);
            WebElement link = browser.find("#latest .answer-links a");
            assertThat(link.getText()).startsWith(payments);
            assertThat(link.getAttribute("href")).contains("from=2025-03-01", "to=2025-03-31");
            String paymentsHref = link.getAttribute("href");

            browser.driver.findElements(By.cssSelector("a.suggestion")).get(0).click();
            browser.wait.until(
                    d -> !d.findElements(By.cssSelector("section.earlier li")).isEmpty());
            assertThat(browser.text("#earlier-heading")).isEqualTo(earlier);
            assertThat(browser.text("section.earlier li .question")).isEqualTo(question);
            browser.assertAccessible("ask (" + language + ", " + width + ")");
            PhoneLayoutIT.assertFitsTheScreen(browser, "ask");
            browser.screenshot("ask-" + language + "-" + width);

            browser.driver.get(paymentsHref);
            assertThat(browser.find("main").getText()).contains("20", "30").doesNotContain("2,500", "2 500");

            browser.go("/app/ask.xhtml");
            assertThat(browser.driver.findElements(By.cssSelector("#latest .answer-text")))
                    .as("the latest answer kept for the session")
                    .hasSize(1);
            assertThat(browser.text("section.earlier li .question")).isEqualTo(question);

            Portal.signUpAndIn(browser, Portal.uniqueEmail("ask-other"));
            browser.go("/app/ask.xhtml");
            assertThat(browser.driver.findElements(By.cssSelector("#latest, section.earlier")))
                    .as("nothing of the other account's questions")
                    .isEmpty();
        }
    }
}
