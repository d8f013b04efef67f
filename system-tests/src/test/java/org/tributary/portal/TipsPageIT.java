package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tributary.analysis.RecurringPaymentsIT;

/**
 * The Tips page of a generated year (that of {@link RecurringPaymentsIT}): the price rise and the subscriptions
 * still paid, each with its yearly effect and the payments behind it; hiding one; in English on a laptop and in
 * Russian on a phone, with no accessibility violation and nothing wider than the screen.
 */
class TipsPageIT {

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | now costs     | About  | Hidden.  | No tips right now",
                "ru-RU | 360  | теперь стоит  | Около  | Скрыто.  | Сейчас советов нет"
            })
    void tipsShowTheirFiguresAndOneCanBeHidden(
            String language, int width, String rise, String about, String hidden, String none) throws Exception {
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("tips"));
            browser.go("/app/recommendations.xhtml");
            assertThat(browser.text("#tips-empty")).startsWith(none);

            String year = RecurringPaymentsIT.year();
            Portal.importCsv(browser, year, (int) year.lines().count() - 1);
            browser.go("/app/recommendations.xhtml");

            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language.substring(0, 2));
            List<WebElement> tips = browser.driver.findElements(By.cssSelector("section.tip"));
            assertThat(tips).hasSizeGreaterThanOrEqualTo(4);
            assertThat(tips)
                    .anySatisfy(
                            tip -> assertThat(tip.findElement(By.tagName("h2")).getText())
                                    .contains(rise));
            assertThat(browser.driver.findElements(By.cssSelector("section.tip .tip-impact")))
                    .isNotEmpty()
                    .allSatisfy(impact -> assertThat(impact.getText()).startsWith(about));
            browser.assertAccessible("tips (" + language + ", " + width + ")");
            PhoneLayoutIT.assertFitsTheScreen(browser, "tips");
            browser.screenshot("tips-" + language + "-" + width);

            String first = tips.get(0).findElement(By.tagName("h2")).getText();
            tips.get(0).findElement(By.cssSelector("button.hide")).click();
            browser.wait.until(d -> d.findElement(By.cssSelector("#tips-form\\:messages"))
                    .getText()
                    .startsWith(hidden));
            assertThat(browser.driver.findElements(By.cssSelector("section.tip h2")))
                    .extracting(WebElement::getText)
                    .hasSize(tips.size() - 1)
                    .doesNotContain(first);
            browser.go("/app/recommendations.xhtml");
            assertThat(browser.driver.findElements(By.cssSelector("section.tip h2")))
                    .as("hidden for good, also after reloading")
                    .extracting(WebElement::getText)
                    .doesNotContain(first);
        }
    }
}
