package org.tributary.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tributary.platform.SharedResources;
import org.tributary.platform.SystemUnderTest;
import org.tributary.sandbox.SandboxBank;
import org.tributary.syncing.SimpleFinStub;

/**
 * Connecting a bank on the Accounts page (issue 17): a setup token that is not SimpleFIN's is refused at its field;
 * a good one connects, the transactions arrive and the connection says when it last fetched; Fetch now starts
 * another fetch. In English on a laptop and in Russian on a phone, with no accessibility violation and nothing wider
 * than the screen.
 */
@ResourceLock(SharedResources.STUB_SERVER)
@ResourceLock(SharedResources.SANDBOX_BANK_PORT)
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

    /**
     * A bank connected through its consent at the bank: the person chooses the bank, goes to its consent page (a
     * plain form), approves, and is back on the Accounts page, where each account is a connection that fetches its
     * transactions; a consent refused at the bank says that nothing was connected; a bank GoCardless lists is
     * chosen by its country.
     */
    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(
            delimiter = '|',
            value = {
                "en    | 1280 | Continue to your bank | Connected: Sandbox Bank  | Last fetched       | Nothing was connected",
                "ru-RU | 360  | Перейти в банк        | Подключено: Sandbox Bank | Последняя загрузка | Ничего не подключено"
            })
    void aBankConnectedAtTheBankFetchesEachAccount(
            String language, int width, String goOn, String connected, String fetched, String refused)
            throws Exception {
        SandboxBank bank = new SandboxBank(Integer.parseInt(SystemUnderTest.property("it.sandbox.port")));
        bank.start();
        try (Browser browser = Browser.open(language, width, 900)) {
            Portal.signUpAndIn(browser, Portal.uniqueEmail("consent"));
            browser.go("/app/sources.xhtml");
            new Select(browser.find("#connect-form\\:bank-choice")).selectByValue("berlingroup:sandbox-bank");
            browser.wait.until(textIn("#connect-form\\:continue", goOn));
            browser.assertAccessible("connect at the bank (" + language + ", " + width + ")");
            browser.screenshot("bank-consent-choice-" + language + "-" + width);

            browser.click("#connect-form\\:continue");
            browser.wait.until(ExpectedConditions.urlContains("/berlingroup/sca/"));
            browser.screenshot("bank-consent-at-the-bank-" + language + "-" + width);
            browser.find("button[value=approve]").click();
            browser.wait.until(ExpectedConditions.urlContains("/app/sources.xhtml?connected="));
            browser.wait.until(textIn("#sources-form\\:messages", connected));
            browser.wait.until(d -> {
                browser.go("/app/sources.xhtml");
                List<WebElement> statuses = d.findElements(By.cssSelector(".sync-status"));
                return statuses.size() == 2
                        && statuses.stream().allMatch(e -> e.getText().startsWith(fetched));
            });
            assertThat(browser.find("#sources").getText()).contains("Sandbox Bank", "Travel Card");
            PhoneLayoutIT.assertFitsTheScreen(browser, "sources");
            browser.screenshot("bank-consent-connected-" + language + "-" + width);

            new Select(browser.find("#connect-form\\:bank-choice")).selectByValue("berlingroup:sandbox-bank");
            browser.wait.until(textIn("#connect-form\\:continue", goOn));
            browser.click("#connect-form\\:continue");
            browser.wait.until(ExpectedConditions.urlContains("/berlingroup/sca/"));
            browser.find("button[value=deny]").click();
            browser.wait.until(ExpectedConditions.urlContains("/app/sources.xhtml?notConnected="));
            browser.wait.until(textIn("#sources-form\\:messages", refused));

            new Select(browser.find("#connect-form\\:bank-choice")).selectByValue("gocardless");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("connect-form:country")));
            new Select(browser.find("#connect-form\\:country")).selectByValue("GB");
            browser.wait.until(d -> !d.findElements(
                            By.cssSelector("#connect-form\\:institution option[value='SANDBOXBANK_SBOXGB2L']"))
                    .isEmpty());
            new Select(browser.find("#connect-form\\:institution")).selectByValue("SANDBOXBANK_SBOXGB2L");
            browser.click("#connect-form\\:continue");
            browser.wait.until(ExpectedConditions.urlContains("/gocardless/consent/"));
            browser.find("button[value=approve]").click();
            browser.wait.until(ExpectedConditions.urlContains("/app/sources.xhtml?connected="));
            browser.wait.until(textIn("#sources-form\\:messages", connected));
        } finally {
            bank.stop();
        }
    }

    private static ExpectedCondition<Boolean> textIn(String css, String text) {
        return ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text);
    }
}
