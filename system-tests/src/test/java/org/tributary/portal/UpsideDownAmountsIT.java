package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tributary.platform.SystemUnderTest;

/**
 * The preview asks when a card export's amounts may be upside down and turns them round in one click; the rows
 * the bank says never happened are counted in the preview, the result and the files table — in English and in
 * Russian (decision 34).
 */
class UpsideDownAmountsIT {

    private static final String UNSURE_CARD = "csv/tributary-written/card-issuer-unsure.csv";
    private static final String REVOLUT = "csv/tributary-written/revolut-declined-reverted.csv";
    private static final String FIRST_AMOUNT = "#sample tbody tr:first-child td.number";

    @Test
    void oneClickTurnsTheAmountsRoundInThePreviewAndTheImport() throws Exception {
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("signs"));

            choose(browser, corpus(UNSURE_CARD));
            assertThat(browser.text("#signs-text")).contains("may be upside down");
            assertThat(browser.text(FIRST_AMOUNT)).startsWith("56.18");
            assertThat(browser.text("#import-form\\:flip-signs")).isEqualTo("Amounts are upside down");
            browser.click("#import-form\\:flip-signs");
            browser.wait.until(d -> firstAmount(browser).startsWith("-56.18"));
            assertThat(browser.text("#signs-text")).contains("turned round, as you said");
            assertThat(browser.text("#import-form\\:flip-signs")).isEqualTo("The amounts were right as they were");
            browser.assertAccessible("import: amounts turned round");
            browser.screenshot("import-signs-flipped");

            browser.click("#import-form\\:start");
            browser.wait.until(d -> !d.findElements(By.id("imported")).isEmpty());
            assertThat(browser.text("#imported")).isEqualTo("8");
            assertThat(browser.text("#not-happened")).isEqualTo("0");
        }
    }

    @Test
    void inRussianTheRowsThatNeverHappenedAreCountedAndTheSignsQuestionIsAsked() throws Exception {
        try (Browser browser = Browser.open("ru")) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("signs-ru"));

            choose(browser, corpus(REVOLUT));
            assertThat(browser.text("#preview-not-happened"))
                    .contains("отклонённые")
                    .contains(": 3.");
            browser.click("#import-form\\:start");
            browser.wait.until(d -> !d.findElements(By.id("imported")).isEmpty());
            assertThat(browser.text("#result")).contains("Не состоялись");
            assertThat(browser.text("#not-happened")).isEqualTo("3");
            assertThat(browser.text("#imported")).isEqualTo("4");
            browser.assertAccessible("import result with rows that never happened, Russian");

            browser.go("/app/sources.xhtml");
            assertThat(browser.text("#sources-form")).contains("Не состоялись");
            assertThat(browser.text("tr.file td.not-happened")).isEqualTo("3");

            choose(browser, corpus(UNSURE_CARD));
            assertThat(browser.text("#signs-text")).contains("знаки сумм перевёрнуты");
            assertThat(browser.text("#import-form\\:flip-signs")).isEqualTo("Знаки сумм перевёрнуты");
            browser.click("#import-form\\:flip-signs");
            browser.wait.until(d -> firstAmount(browser).startsWith("-56.18"));
            assertThat(browser.text("#signs-text")).contains("развёрнуты, как вы указали");
            assertThat(browser.text("#import-form\\:flip-signs")).isEqualTo("Знаки были верными");
            browser.assertAccessible("import: amounts turned round, Russian");
            browser.screenshot("import-signs-flipped-ru");
        }
    }

    /** The first row's amount, or "" while the preview is being drawn again. */
    private static String firstAmount(Browser browser) {
        try {
            return browser.driver.findElements(By.cssSelector(FIRST_AMOUNT)).stream()
                    .map(org.openqa.selenium.WebElement::getText)
                    .findFirst()
                    .orElse("");
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return "";
        }
    }

    private static Path corpus(String file) throws Exception {
        return Path.of(SystemUnderTest.property("it.corpus")).resolve(file).toRealPath();
    }

    private static void choose(Browser browser, Path file) {
        browser.go("/app/import.xhtml");
        browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.find("#import-form\\:account");
    }
}
