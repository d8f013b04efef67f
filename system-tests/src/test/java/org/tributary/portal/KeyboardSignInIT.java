package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Signing up and in with the keyboard alone: Tab to each field, type, Enter; errors in words by the field. */
class KeyboardSignInIT {

    @Test
    void signsUpAndInWithTheKeyboardAlone() {
        String email = Portal.uniqueEmail("keyboard");
        try (Browser browser = Browser.open("en")) {
            browser.go("/sign-up.xhtml");
            browser.assertAccessible("sign-up");
            Actions keys = new Actions(browser.driver);
            // From the top of the page: skip link, brand, language links, then the form.
            browser.find("#sign-up\\:email").click();
            keys.sendKeys(email).sendKeys(Keys.TAB).perform();
            keys.sendKeys("short")
                    .sendKeys(Keys.TAB)
                    .sendKeys("short")
                    .sendKeys(Keys.ENTER)
                    .perform();
            browser.waitForPage();
            WebElement error = browser.find("#sign-up .field-error");
            assertThat(error.getText()).contains("10");
            browser.screenshot("sign-up-error");
            browser.assertAccessible("sign-up with an error");

            browser.type("#sign-up\\:password", Portal.PASSWORD);
            browser.type("#sign-up\\:repeated", Portal.PASSWORD);
            browser.find("#sign-up\\:repeated").sendKeys(Keys.ENTER);
            browser.waitForUrl("/sign-in.xhtml");

            browser.assertAccessible("sign-in");
            WebElement active = browser.driver.switchTo().activeElement();
            assertThat(active.getAttribute("id")).isEqualTo("sign-in:email");
            keys.sendKeys(email)
                    .sendKeys(Keys.TAB)
                    .sendKeys("wrong password!")
                    .sendKeys(Keys.ENTER)
                    .perform();
            browser.waitForPage();
            assertThat(browser.text("#sign-in .field-error")).contains("wrong");
            browser.screenshot("sign-in-wrong-password");

            browser.find("#sign-in\\:password").sendKeys(Portal.PASSWORD, Keys.ENTER);
            browser.waitForUrl("/app/dashboard.xhtml");
            // The focus ring is visible: an outline is drawn around the focused control.
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            String outline = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("return getComputedStyle(document.activeElement).outlineStyle");
            assertThat(outline).isEqualTo("solid");
            browser.screenshot("signed-in-keyboard-focus");

            browser.click("#sign-out");
            browser.waitForUrl("/sign-in.xhtml");
            browser.go("/app/transactions.xhtml");
            assertThat(browser.driver.getCurrentUrl()).contains("/sign-in.xhtml");
        }
    }
}
