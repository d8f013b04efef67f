package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.platform.SystemUnderTest;

/**
 * What the overview points out leads to that one transaction: an unusual payment among the highlights, and
 * the largest transaction, each open the transactions page showing just it — not the merchant's day.
 */
class HighlightLinksIT {

    /** Eight weekly payments of 4.50 at a bakery, one of 60.00 (far above its usual), and a salary. */
    static final String BAKERY;

    static {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int week = 0; week < 8; week++) {
            csv.append(LocalDate.of(2024, 1, 2).plusWeeks(week)).append(",Corner Bakery,-4.50\n");
        }
        csv.append("2024-03-05,Corner Bakery,-60.00\n");
        csv.append("2024-03-06,Salary ACME,2500.00\n");
        BAKERY = csv.toString();
    }

    @Test
    void aHighlightOpensItsOwnTransaction() throws IOException, SQLException {
        String email = Portal.uniqueEmail("highlight");
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, email);
            UUID userId = PortalJourneyIT.userId(email);
            Portal.importCsv(browser, BAKERY, 10);
            UUID unusual = idOfAmount(userId, "-60.00");

            Overview.showPeriod(browser, "2024-01-01", "2024-03-31", null);
            String strange = browser.find("#strange li a").getAttribute("href");
            assertThat(strange).endsWith("/app/transactions.xhtml?id=" + unusual);
            assertThat(browser.find("#largest li a").getAttribute("href"))
                    .as("the largest by size: the salary")
                    .endsWith("/app/transactions.xhtml?id=" + idOfAmount(userId, "2500.00"));
            assertThat(browser.text("#new-merchants"))
                    .as("new places paid, not the new employer")
                    .contains("Corner Bakery")
                    .doesNotContainIgnoringCase("SALARY ACME");
            browser.screenshot("dashboard-highlight-links");

            browser.click("#strange li a");
            browser.waitForUrl("/app/transactions.xhtml?id=");
            assertThat(TransactionsPageIT.shownIds(browser)).containsExactly(unusual);
            assertThat(browser.text("#filters\\:table"))
                    .contains("Corner Bakery")
                    .contains("€60.00");
            browser.screenshot("transactions-from-a-highlight");
            browser.assertAccessible("the transaction of a highlight");
        }
    }

    private static UUID idOfAmount(UUID userId, String amount) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement(
                        "select id from transactions where user_id = ? and amount = cast(? as numeric)")) {
            select.setObject(1, userId);
            select.setString(2, amount);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }
}
