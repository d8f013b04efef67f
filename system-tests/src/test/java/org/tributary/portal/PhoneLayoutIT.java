package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The portal's layout (decision 28): on a 360 px phone no page is wider than the screen, the charts are real
 * charts, the menu and the filters wait behind a button each and a dialog's close button is on the screen;
 * on a laptop the transactions list is one compact line a row, its category changed from the row's chip.
 */
class PhoneLayoutIT {

    private static final List<String> PAGES =
            List.of("transactions", "import", "cash", "sources", "reports", "recurring", "recommendations", "ask");

    /** Russian words are longer than English ones: the pages must fit in both. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ru-RU"})
    void noPageIsWiderThanAPhoneAndTheChartsAreRealCharts(String language) throws IOException {
        try (Browser browser = Browser.open(language, 360, 780)) {
            browser.go("/sign-in.xhtml");
            assertFitsTheScreen(browser, "sign-in");
            browser.go("/sign-up.xhtml");
            assertFitsTheScreen(browser, "sign-up");
            Portal.signUpAndIn(browser, Portal.uniqueEmail("phone"));
            Portal.importCsv(browser, HighlightLinksIT.BAKERY, 10);

            browser.go("/app/dashboard.xhtml");
            WebElement menu = browser.driver.findElement(By.cssSelector("#site-menu"));
            assertThat(menu.isDisplayed())
                    .as("the menu waits behind its button")
                    .isFalse();
            browser.click(".menu-toggle");
            assertThat(browser.find("#site-menu a[href$='/app/transactions.xhtml']")
                            .isDisplayed())
                    .isTrue();
            assertThat(browser.driver.findElement(By.id("dashboard:period")).isDisplayed())
                    .as("the filters wait behind their button")
                    .isFalse();

            Overview.showPeriod(browser, "2024-01-01", "2024-03-31", null);
            assertFitsTheScreen(browser, "dashboard");
            for (String chart : List.of("dashboard:spending-chart", "dashboard:balance-chart")) {
                assertThat(height(browser, By.cssSelector("[id='" + chart + "'] canvas")))
                        .as(chart + " is a chart, not a strip")
                        .isGreaterThanOrEqualTo(200);
            }
            assertThat(right(browser, By.cssSelector("#spending-table tbody tr td:last-child")))
                    .as("the money-out column of the spending table")
                    .isLessThanOrEqualTo(360);
            assertThat(right(browser, By.id("money-out"))).isLessThanOrEqualTo(360);
            assertThat(right(browser, By.id("net"))).isLessThanOrEqualTo(360);

            for (String page : PAGES) {
                browser.go("/app/" + page + ".xhtml");
                assertFitsTheScreen(browser, page);
            }

            browser.go("/app/sources.xhtml");
            browser.click(".rename");
            WebElement close = browser.find("[id$='rename'] .ui-dialog-titlebar-close");
            assertThat(right(browser, close))
                    .as("the dialog's close button is on the screen")
                    .isLessThanOrEqualTo(360);
            assertFitsTheScreen(browser, "sources with its rename dialog");
        }
    }

    /** On a phone the rows are cards (decision 28), so only on a laptop is a row held to one line's height. */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1280, All from", "ru-RU, 1280, Все от", "en, 360, All from", "ru-RU, 360, Все от"})
    void aTransactionIsOneCompactLineAndItsChipOpensTheCategoryEditor(String language, int width, String allFrom)
            throws IOException {
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("compact"));
            Portal.importCsv(browser, HighlightLinksIT.BAKERY, 10);

            browser.go("/app/transactions.xhtml");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#filters\\:table tbody tr"));
            assertThat(rows).hasSize(10);
            for (WebElement row : width > 360 ? rows : List.<WebElement>of()) {
                assertThat(row.getRect().getHeight()).as("a row's height").isLessThanOrEqualTo(56);
            }
            WebElement first = rows.get(0);
            WebElement choice = first.findElement(By.cssSelector("select.category-choice"));
            assertThat(choice.isDisplayed()).isFalse();
            first.findElement(By.cssSelector("summary.chip")).click();
            browser.wait.until(d -> choice.isDisplayed());
            assertThat(first.findElement(By.cssSelector(".whole-merchant label"))
                            .getText())
                    .startsWith(allFrom);
            browser.assertNoViolations("transactions, a chip's editor open (" + language + ", " + width + ")");
            choice.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.wait.until(d -> !choice.isDisplayed());
            assertThat(browser.driver.switchTo().activeElement().getAttribute("class"))
                    .as("Escape gives the focus back to the chip")
                    .contains("chip");
        }
    }

    static void assertFitsTheScreen(Browser browser, String page) {
        Number overflow = (Number) ((JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        Object overflowing = ((JavascriptExecutor) browser.driver)
                .executeScript("return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.scrollWidth > e.clientWidth + 0.5 && e.clientWidth > 0)"
                        + ".map(e => e.tagName + '.' + e.className + ' ' + e.clientWidth + '/' + e.scrollWidth)"
                        + ".join(' | ')");
        assertThat(overflow.intValue())
                .as(page + " is wider than the screen (" + overflowing + ") by")
                .isLessThanOrEqualTo(0);
    }

    private static double height(Browser browser, By element) {
        return ((Number) ((JavascriptExecutor) browser.driver)
                        .executeScript(
                                "return arguments[0].getBoundingClientRect().height",
                                browser.driver.findElement(element)))
                .doubleValue();
    }

    private static double right(Browser browser, By element) {
        return right(browser, browser.driver.findElement(element));
    }

    private static double right(Browser browser, WebElement element) {
        return ((Number) ((JavascriptExecutor) browser.driver)
                        .executeScript("return arguments[0].getBoundingClientRect().right", element))
                .doubleValue();
    }
}
