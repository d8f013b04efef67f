package org.tributary.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tributary.syncing.SimpleFinStub;

/**
 * Connecting a bank on the Accounts page (issue 17): a setup token that is not SimpleFIN's is refused at its field;
 * a good one connects, the transactions arrive and the connection says when it last fetched; Fetch now starts
 * another fetch. In English on a laptop and in Russian on a phone, with no accessibility violation and nothing wider
 * than the screen.
 */
class BankConnectionPageIT {

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | not a SimpleFIN setup token | Connected.  | Last fetched       | Fetching the new transactions | connected again",
                "ru-RU | 360  | не подходит                 | Подключено. | Последняя загрузка | Загружаем новые операции      | подключено заново"
            })
    void aBankConnectedWithASetupTokenFetchesItsTransactions(
            String language,
            int width,
            String refused,
            String connected,
            String fetched,
            String fetching,
            String again) {
        WireMock bridge = SimpleFinStub.bridge();
        String key = UUID.randomUUID().toString();
        bridge.register(get(urlPathEqualTo(SimpleFinStub.accountsPath(key)))
                .willReturn(okJson(SimpleFinStub.accountSet(
                        SimpleFinStub.transaction("p1", 5, "-64.20", "WHOLE FOODS MARKET 10233", false),
                        SimpleFinStub.transaction("p2", 2, "-3.75", "DUNKIN #34421", false)))));
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("bank"));
            browser.go("/app/sources.xhtml");

            browser.type("#connect-form\\:bank-name", "Credit union");
            browser.type("#connect-form\\:setup-token", "not a setup token");
            browser.click("#connect-form\\:connect");
            browser.wait.until(textIn("#connect-form .field-error", refused));

            browser.type("#connect-form\\:setup-token", SimpleFinStub.claimable(bridge, key));
            browser.click("#connect-form\\:connect");
            browser.wait.until(textIn("#sources-form\\:messages", connected));
            assertThat(browser.find("#connect-form\\:setup-token").getAttribute("value"))
                    .isEmpty();

            browser.wait.until(d -> {
                browser.go("/app/sources.xhtml");
                return !d.findElements(By.cssSelector(".sync-status")).isEmpty()
                        && d.findElement(By.cssSelector(".sync-status"))
                                .getText()
                                .startsWith(fetched)
                        && d.findElement(By.cssSelector("#sources td.number"))
                                .getText()
                                .equals("2");
            });
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language.substring(0, 2));
            browser.assertAccessible("bank connection (" + language + ", " + width + ")");
            PhoneLayoutIT.assertFitsTheScreen(browser, "sources");
            browser.screenshot("bank-connection-" + language + "-" + width);

            browser.click("#sources button.sync");
            browser.wait.until(textIn("#sources-form\\:messages", fetching));

            String renewed = UUID.randomUUID().toString();
            bridge.register(get(urlPathEqualTo(SimpleFinStub.accountsPath(renewed)))
                    .willReturn(okJson(SimpleFinStub.accountSet())));
            browser.click("#sources button.reconnect");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reconnect-form:new-token")));
            browser.type("#reconnect-form\\:new-token", SimpleFinStub.claimable(bridge, renewed));
            browser.click("#reconnect-form\\:confirm-reconnect");
            browser.wait.until(textIn("#sources-form\\:messages", again));
        }
    }

    private static ExpectedCondition<Boolean> textIn(String css, String text) {
        return ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text);
    }
}
