package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The answer to a file upload is UTF-8 like every other page: a "Betrag (€)" column stays "Betrag (€)" (it
 * came back as "Betrag (?)", and then "Add these transactions" did nothing), and a Russian import shows its
 * step 2 in Russian, not in question marks, and ends in the transactions list.
 */
class UploadEncodingIT {

    private static final String GERMAN = "Buchungstag;Verwendungszweck;Betrag (€)\n"
            + "02.01.2026;Bäckerei Müller;-3,50\n"
            + "05.01.2026;Gehalt Januar;2.100,00\n"
            + "07.01.2026;Straßenbahn München;-2,90\n";

    private static final String CYRILLIC = "Date,Description,Amount\n"
            + "2026-01-05,Пятёрочка продукты,-12.30\n"
            + "2026-01-06,Аптека «Ригла»,-4.75\n"
            + "2026-01-07,Зарплата за декабрь,1500.00\n";

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1280", "en, 360", "ru-RU, 1280"})
    void keepsTheEuroSignOfAColumnAndImports(String language, int width) throws IOException, SQLException {
        try (Browser browser = Browser.open(language, width, 900)) {
            String email = Portal.uniqueEmail("betrag");
            Portal.signUpAndIn(browser, email);
            upload(browser, GERMAN, ".csv");
            assertThat(browser.text("#row-count")).isEqualTo("3");
            assertThat(new Select(browser.find("#import-form\\:amount-column"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Betrag (€)");
            assertThat(browser.text("#sample")).contains("Bäckerei Müller").doesNotContain("?");
            browser.click("#import-form\\:start");
            browser.wait.until(d -> !d.findElements(By.id("imported")).isEmpty());
            assertThat(browser.text("#imported")).isEqualTo("3");
            assertThat(PortalJourneyIT.count(PortalJourneyIT.userId(email))).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 360})
    void importsARussianStatementInRussianEndToEnd(int width) throws IOException, SQLException {
        try (Browser browser = Browser.open("ru-RU", width, 900)) {
            String email = Portal.uniqueEmail("russian-import");
            Portal.signUpAndIn(browser, email);
            upload(browser, CYRILLIC, ".csv");
            assertThat(browser.text("#row-count")).isEqualTo("3");
            String step = browser.text("#import-form\\:step");
            assertThat(step)
                    .contains("Шаг 2")
                    .contains("Пятёрочка продукты")
                    .contains("Аптека «Ригла»")
                    .contains("Какой это счёт?")
                    // A letter lost to Latin-1 comes back as '?': a word of them as "???".
                    .doesNotContain("??");
            browser.screenshot("import-russian-step-2-" + width);
            browser.assertAccessible("import step 2 (ru, " + width + ")");
            browser.click("#import-form\\:start");
            browser.wait.until(d -> !d.findElements(By.id("imported")).isEmpty());
            assertThat(browser.text("#imported")).isEqualTo("3");
            assertThat(browser.text("#import-form\\:step")).doesNotContain("??");

            browser.go("/app/transactions.xhtml");
            assertThat(browser.text("#filters\\:table"))
                    .contains("Пятёрочка продукты")
                    .contains("Зарплата за декабрь");
            assertThat(PortalJourneyIT.count(PortalJourneyIT.userId(email))).isEqualTo(3);
        }
    }

    @Test
    void saysWhyWhenTheChosenColumnsCannotBeUsed() throws IOException, SQLException {
        try (Browser browser = Browser.open("en")) {
            String email = Portal.uniqueEmail("bad-column");
            Portal.signUpAndIn(browser, email);
            upload(browser, GERMAN, ".csv");
            // A column the page never offered, as the garbled "Betrag (?)" was: the start is refused out loud.
            ((JavascriptExecutor) browser.driver)
                    .executeScript("var s = document.getElementById('import-form:amount-column');"
                            + " s.options[s.selectedIndex].value = 'Betrag (?)';");
            browser.click("#import-form\\:start");
            assertThat(browser.text("#check-fields")).contains("Nothing was added yet");
            assertThat(browser.text("#import-form\\:step")).contains("Choose one of the options in the list.");
            assertThat(browser.driver.findElements(By.id("imported"))).isEmpty();
            assertThat(PortalJourneyIT.count(PortalJourneyIT.userId(email))).isZero();
        }
    }

    private static void upload(Browser browser, String content, String suffix) throws IOException {
        Path statement = Files.createTempFile("statement-", suffix);
        try {
            Files.writeString(statement, content);
            browser.go("/app/import.xhtml");
            browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(statement.toString());
            browser.find("#row-count");
        } finally {
            Files.deleteIfExists(statement);
        }
    }
}
