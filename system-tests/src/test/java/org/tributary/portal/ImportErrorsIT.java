package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Lines of a file that cannot be read, and a file that cannot be read at all, are explained in the reader's
 * language with their line numbers, whatever the format (issue 13, item 3; decision 26): an OFX with a date
 * and an amount the reader cannot use, an OFX without its {@code <OFX>} element, and a CAMT file whose XML
 * breaks off.
 */
class ImportErrorsIT {

    /** Line 6 has a date that is not one, line 7 no amount (the blank line 3 counts). */
    private static final String BROKEN_OFX = String.join(
            "\n",
            "OFXHEADER:100",
            "DATA:OFXSGML",
            "",
            "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKTRANLIST>",
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-1.50<FITID>a<NAME>Bakery</STMTTRN>",
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024-01-06<TRNAMT>-2.00<FITID>b<NAME>Kiosk</STMTTRN>",
            "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240107<FITID>c<NAME>Cinema</STMTTRN>",
            "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
            "");

    private static final String NO_OFX_ELEMENT = "OFXHEADER:100\nDATA:OFXSGML\n\nThis is not a statement.\n";

    /** The XML breaks off on line 4, where a closing tag does not match. */
    private static final String BROKEN_CAMT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
            + "<BkToCstmrStmt>\n"
            + "<Stmt></Document>\n";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ru-RU | 1280 | Строка 6: не удалось прочитать дату «2024-01-06» | Строка 7: нет суммы (TRNAMT)"
                        + " | не удалось прочитать дату «2024-01-06» | Файл не читается: Он не похож на файл в формате OFX."
                        + " | Файл не читается: Разметка XML в нём нарушена: ошибка в строке 4.",
                "ru-RU | 360 | Строка 6: не удалось прочитать дату «2024-01-06» | Строка 7: нет суммы (TRNAMT)"
                        + " | не удалось прочитать дату «2024-01-06» | Файл не читается: Он не похож на файл в формате OFX."
                        + " | Файл не читается: Разметка XML в нём нарушена: ошибка в строке 4.",
                "en | 1280 | Line 6: the date “2024-01-06” cannot be read | Line 7: there is no amount (TRNAMT)"
                        + " | the date “2024-01-06” cannot be read"
                        + " | This file cannot be read: It does not look like a file in the OFX format."
                        + " | This file cannot be read: It is not well-formed XML: the fault is on line 4.",
                "en | 360 | Line 6: the date “2024-01-06” cannot be read | Line 7: there is no amount (TRNAMT)"
                        + " | the date “2024-01-06” cannot be read"
                        + " | This file cannot be read: It does not look like a file in the OFX format."
                        + " | This file cannot be read: It is not well-formed XML: the fault is on line 4."
            })
    void linesAndFilesThatCannotBeReadAreExplainedInTheReadersLanguage(
            String language,
            int width,
            String badDate,
            String noAmount,
            String rejectedReason,
            String notOfx,
            String brokenXml)
            throws IOException {
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("import-errors"));

            choose(browser, BROKEN_OFX, ".ofx", "#row-count");
            assertThat(browser.text("#row-count")).isEqualTo("1");
            String step = browser.text("#import-form\\:step");
            assertThat(step).contains(badDate, noAmount);
            assertThat(step).doesNotContain("DTPOSTED \"", "is not a date", "transaction without");
            browser.assertAccessible("import, lines left out (" + language + ", " + width + ")");
            browser.click("#import-form\\:start");
            browser.wait.until(d -> !d.findElements(By.id("rejected-lines")).isEmpty());
            assertThat(browser.text("#rejected")).isEqualTo("2");
            assertThat(browser.text("#rejected-lines")).contains("6", "7", rejectedReason);
            browser.screenshot("import-errors-lines-" + language + "-" + width);
            browser.assertAccessible("import, result with lines left out (" + language + ", " + width + ")");

            browser.go("/app/import.xhtml");
            choose(browser, NO_OFX_ELEMENT, ".ofx", "#import-form\\:step span[role=alert] .field-error");
            assertThat(browser.text("#import-form\\:step")).contains(notOfx);
            assertThat(browser.driver.findElements(By.id("row-count"))).isEmpty();

            choose(browser, BROKEN_CAMT, ".xml", null);
            browser.wait.until(d -> browser.text("#import-form\\:step").contains(brokenXml));
            browser.screenshot("import-errors-file-" + language + "-" + width);
            browser.assertAccessible("import, file refused (" + language + ", " + width + ")");
        }
    }

    /** Chooses a file made of the content and waits, while the file still exists, for what its upload shows. */
    private static void choose(Browser browser, String content, String suffix, String shown) throws IOException {
        Path statement = Files.createTempFile("statement-", suffix);
        try {
            Files.writeString(statement, content);
            if (browser.driver.findElements(By.cssSelector("input[type=file]")).isEmpty()) {
                browser.go("/app/import.xhtml");
            }
            String before = browser.text("#import-form\\:step");
            browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(statement.toString());
            if (shown == null) {
                browser.wait.until(d -> !browser.text("#import-form\\:step").equals(before));
            } else {
                browser.find(shown);
            }
        } finally {
            Files.deleteIfExists(statement);
        }
    }
}
