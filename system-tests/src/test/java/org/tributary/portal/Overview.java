package org.tributary.portal;

import java.math.BigDecimal;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Driving the overview page: choosing a period and a source, reading its totals. */
final class Overview {

    private Overview() {}

    static void showPeriod(Browser browser, String from, String to, UUID source) {
        browser.go("/app/dashboard.xhtml");
        openFilters(browser);
        new Select(browser.find("#dashboard\\:period")).selectByValue("CUSTOM");
        browser.waitForAjax();
        WebElement fromField = browser.find("#dashboard\\:from");
        setDate(browser, fromField, from);
        setDate(browser, browser.find("#dashboard\\:to"), to);
        new Select(browser.find("#dashboard\\:source")).selectByValue(source == null ? "" : source.toString());
        String before = browser.text("#period-shown");
        browser.click("#dashboard\\:apply");
        browser.waitForAjax();
        browser.wait.until(d -> !d.findElement(By.id("period-shown")).getText().equals(before)
                || d.findElement(By.id("period-shown")).getText().contains(from.substring(0, 4)));
        browser.wait.until(d -> d.findElement(By.id("period-shown")).getText().contains(from.substring(0, 4)));
    }

    /** On a phone the filters wait behind a button (decision 28): open them. */
    static void openFilters(Browser browser) {
        browser.driver.findElements(By.cssSelector(".filters-toggle[aria-expanded='false']")).stream()
                .filter(WebElement::isDisplayed)
                .forEach(WebElement::click);
    }

    static BigDecimal moneyOut(Browser browser) {
        return amount(browser.text("#money-out"));
    }

    static BigDecimal moneyIn(Browser browser) {
        return amount(browser.text("#money-in"));
    }

    /** "€1,234.56" → 1234.56 (the English format of the tests' browser). */
    static BigDecimal amount(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9.\\-]", ""));
    }

    private static void setDate(Browser browser, WebElement field, String isoDate) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", field, isoDate);
    }
}
