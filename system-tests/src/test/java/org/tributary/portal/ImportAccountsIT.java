package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tributary.platform.SystemUnderTest;

/**
 * "Which account is this?" at import, pre-filled from the file; the files of each account on the sources
 * page, and undoing one of them after a question.
 */
class ImportAccountsIT {

    private static final String EUR_CAMT = "camt053/oca-bank-statement-import/test-camt053.xml";
    private static final String USD_OFX = "ofx/ofxparse/checking.ofx";

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 360})
    void eachAccountGetsItsSourceAndOneFileCanBeUndone(int width) throws Exception {
        try (Browser browser = Browser.open("en", width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("accounts"));

            choose(browser, corpus(USD_OFX));
            assertThat(browser.text("#account-found")).contains("ending 87~7").contains("USD");
            assertThat(selectedAccount(browser)).isEqualTo("A new account");
            assertThat(browser.find("#import-form\\:new-account").getAttribute("value"))
                    .isEmpty();
            browser.assertAccessible("import: which account (" + width + ")");
            browser.screenshot("import-which-account-" + width);
            browser.type("#import-form\\:new-account", "Checking");
            start(browser);

            choose(browser, corpus(EUR_CAMT));
            assertThat(browser.text("#account-found")).contains("ending 8765");
            assertThat(selectedAccount(browser)).isEqualTo("A new account");
            start(browser);

            Path again = Files.createTempDirectory("statement-").resolve("checking-again.ofx");
            Files.copy(corpus(USD_OFX), again);
            choose(browser, again);
            assertThat(selectedAccount(browser)).startsWith("Checking (").endsWith("87~7)");
            start(browser);
            assertThat(browser.text("#duplicates")).isEqualTo("3");

            browser.go("/app/sources.xhtml");
            assertThat(browser.text("#sources")).contains("Checking").contains("···8765 · EUR");
            assertThat(browser.driver.findElements(By.cssSelector("tr.file"))).hasSize(3);
            assertThat(sourceRow(browser, "Checking")
                            .findElement(By.cssSelector(".delete"))
                            .getCssValue("color"))
                    .as("Delete is outlined in red, not filled like the main action")
                    .isEqualTo("rgba(179, 38, 30, 1)");
            browser.assertAccessible("sources with files (" + width + ")");
            browser.screenshot("sources-files-" + width);

            fileRow(browser, "checking.ofx")
                    .findElement(By.cssSelector(".undo"))
                    .click();
            browser.find("#undo-form\\:confirm-undo");
            assertThat(browser.text("#undo-form")).contains("checking.ofx");
            browser.assertAccessible("undo question (" + width + ")");
            browser.click("#undo-form\\:confirm-undo");
            browser.wait.until(d -> fileRow(browser, "checking.ofx").getText().contains("Undone"));
            browser.waitForAjax();
            assertThat(fileRow(browser, "checking.ofx").findElements(By.cssSelector(".undo")))
                    .isEmpty();
            // The later file held the same three rows: they stay, now as its own.
            assertThat(fileRow(browser, "checking-again.ofx")
                            .findElement(By.cssSelector(".imported"))
                            .getText())
                    .isEqualTo("3");
            assertThat(sourceRow(browser, "Checking")
                            .findElement(By.cssSelector("td.number"))
                            .getText())
                    .isEqualTo("3");
            browser.screenshot("sources-file-undone-" + width);
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {360, 1280})
    void theFilesListAndTheUndoQuestionAreInRussian(int width) throws Exception {
        try (Browser browser = Browser.open("ru", width, 800)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("accounts-ru"));
            choose(browser, corpus(USD_OFX));
            start(browser);

            browser.go("/app/sources.xhtml");
            assertThat(browser.text("#sources-form")).contains("Файлы, загруженные в «FAKE ···87~7 · USD»");
            fileRow(browser, "checking.ofx")
                    .findElement(By.cssSelector(".undo"))
                    .click();
            assertThat(browser.text("#undo-form")).contains("исчезнут из списков и отчётов");
            assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                            .executeScript("var box = document.getElementById('undo').getBoundingClientRect();"
                                    + " return box.left >= 0 && box.right <= document.documentElement.clientWidth;"))
                    .as("the question fits on the phone's screen")
                    .isTrue();
            browser.assertAccessible("undo question, Russian, " + width + " px");
            browser.screenshot("sources-undo-ru-" + width);
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

    private static String selectedAccount(Browser browser) {
        return new Select(browser.find("#import-form\\:account"))
                .getFirstSelectedOption()
                .getText();
    }

    private static void start(Browser browser) {
        browser.click("#import-form\\:start");
        browser.wait.until(d -> !d.findElements(By.id("imported")).isEmpty());
    }

    private static WebElement fileRow(Browser browser, String fileName) {
        return browser.driver.findElements(By.cssSelector("tr.file")).stream()
                .filter(row ->
                        row.findElement(By.cssSelector(".file-name")).getText().equals(fileName))
                .findFirst()
                .orElseThrow();
    }

    private static WebElement sourceRow(Browser browser, String name) {
        return browser.driver.findElements(By.cssSelector("#sources tbody tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".source-name"))
                        .getText()
                        .equals(name))
                .findFirst()
                .orElseThrow();
    }
}
