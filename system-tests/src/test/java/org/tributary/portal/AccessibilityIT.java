package org.tributary.portal;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page of the portal, with data, at a desktop's width and a phone's (360 px): no axe violation of
 * any impact (WCAG 2.1 A and AA rules), and a screenshot of each.
 */
class AccessibilityIT {

    private static final List<String> PAGES = List.of(
            "dashboard", "transactions", "import", "cash", "sources", "reports", "recommendations", "ask", "currency");

    @Test
    void everyPageAtBothWidthsHasNoViolation() throws IOException {
        String email = Portal.uniqueEmail("axe");
        for (int width : new int[] {1280, 360}) {
            try (Browser browser = Browser.open("en", width, 900)) {
                browser.go("/sign-in.xhtml");
                browser.screenshot("sign-in-" + width + "px");
                browser.assertNoViolations("sign-in (" + width + " px)");
                browser.go("/sign-up.xhtml");
                browser.assertNoViolations("sign-up (" + width + " px)");
                if (width == 1280) {
                    Portal.signUpAndInThroughTheForms(browser, email);
                    Portal.importCsv(browser, HighlightLinksIT.BAKERY, 10);
                } else {
                    Portal.signIn(browser, email);
                }
                Overview.showPeriod(browser, "2024-01-01", "2024-03-31", null);
                browser.screenshot("dashboard-" + width + "px");
                browser.assertNoViolations("dashboard with data (" + width + " px)");
                for (String page : PAGES) {
                    browser.go("/app/" + page + ".xhtml");
                    browser.screenshot(page + "-" + width + "px");
                    browser.assertNoViolations(page + " (" + width + " px)");
                }
            }
        }
    }
}
