package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.tributary.platform.SystemUnderTest;

/**
 * A newcomer's first visit: sign up, sign in, add a bank's CSV (checking the preview and fixing a column),
 * follow the import to its result, find the transactions, change a category for every transaction of a
 * merchant, and rename the file's source.
 */
class PortalJourneyIT {

    static final String KNAB = "csv/dutch-banks-ofxstatement/Knab_transactieoverzicht_ok.csv";

    @Test
    void importsABankFileAndWorksWithItsTransactions() throws SQLException, java.io.IOException {
        String email = Portal.uniqueEmail("journey");
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndInThroughTheForms(browser, email);
            UUID userId = userId(email);

            browser.go("/app/import.xhtml");
            browser.assertAccessible("import");
            browser.screenshot("import-choose-file");
            Path file =
                    Path.of(SystemUnderTest.property("it.corpus")).resolve(KNAB).toRealPath();
            browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            assertThat(browser.text("#format")).isEqualTo("CSV");
            assertThat(browser.text("#row-count")).isEqualTo("28");

            // Fix a column: the description shall be the counterparty's name.
            new Select(browser.find("#import-form\\:description-column")).selectByVisibleText("Tegenrekeninghouder");
            browser.click("#import-form\\:apply-columns");
            browser.wait.until(d -> d.findElement(By.id("sample")).getText().contains("Gert Janssen"));
            browser.screenshot("import-preview");
            browser.assertAccessible("import preview");

            browser.click("#import-form\\:start");
            browser.wait.until(d -> !d.findElements(By.id("imported")).isEmpty());
            assertThat(browser.text("#import-status")).isEqualTo("Done.");
            int imported = Integer.parseInt(browser.text("#imported"));
            assertThat(imported).isEqualTo(count(userId)).isEqualTo(28);
            browser.screenshot("import-result");
            browser.assertAccessible("import result");

            Overview.showPeriod(browser, "2019-01-01", "2019-06-30", null);
            assertThat(Overview.moneyOut(browser))
                    .isPositive()
                    .isEqualByComparingTo(sum(userId, "EXPENSE", "2019-01-01", "2019-06-30", null));
            assertThat(Overview.moneyIn(browser))
                    .isEqualByComparingTo(sum(userId, "INCOME", "2019-01-01", "2019-06-30", null));
            assertThat(browser.driver.findElements(By.cssSelector("canvas"))).hasSize(2);
            browser.screenshot("dashboard");
            browser.assertAccessible("dashboard");

            UUID source = sourceId(userId);
            Overview.showPeriod(browser, "2019-06-01", "2019-06-30", source);
            assertThat(Overview.moneyOut(browser))
                    .isEqualByComparingTo(sum(userId, "EXPENSE", "2019-06-01", "2019-06-30", source));
            browser.screenshot("dashboard-june-one-source");

            browser.go("/app/transactions.xhtml");
            assertThat(browser.text("#filters\\:table")).contains("Gert Janssen");
            browser.screenshot("transactions");
            browser.assertAccessible("transactions with rows");

            browser.type("#filters\\:q", "JANSSEN G J L");
            browser.click("#filters\\:apply");
            browser.wait.until(
                    d -> !d.findElement(By.id("filters:table")).getText().contains("Gert Janssen"));
            browser.click("#filters\\:table tbody tr summary.chip");
            new Select(browser.find("#filters\\:table tbody tr select.category-choice"))
                    .selectByVisibleText("Rent and housing");
            browser.click("#filters\\:table tbody tr .whole-merchant input");
            browser.screenshot("transactions-change-category");
            browser.click("#filters\\:table tbody tr .save-category");
            browser.wait.until(
                    d -> d.findElement(By.id("filters:messages")).getText().contains("Rent and housing"));
            assertThat(categoryCount(userId, "rent-and-housing")).isGreaterThan(1);

            Overview.showPeriod(browser, "2019-01-01", "2019-06-30", null);
            assertThat(browser.text("#spending-table")).contains("Rent and housing");

            Workbook.assertExportHolds(browser, "by-category", "2019-01-01", "2019-06-30", "Rent and housing");

            browser.go("/app/sources.xhtml");
            browser.assertAccessible("sources");
            browser.click(".rename");
            browser.type("#rename-form\\:new-name", "Knab current account");
            browser.click("#rename-form\\:save");
            browser.wait.until(d -> d.findElement(By.id("sources")).getText().contains("Knab current account"));
            assertThat(browser.text("#sources")).contains("28");
            browser.screenshot("sources");

            browser.click(".delete");
            browser.waitForAjax();
            assertThat(browser.text("#remove")).contains("Knab current account").contains("28");
            browser.screenshot("sources-delete-question");
            browser.assertAccessible("delete question");
            browser.click("#delete-form\\:confirm");
            browser.wait.until(d -> d.findElements(By.id("sources")).isEmpty());
            assertThat(count(userId)).isZero();
        }
    }

    static UUID userId(String email) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement("select id from users where email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    static UUID sourceId(UUID userId) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select =
                        db.prepareStatement("select source_id from transactions where user_id = ? limit 1")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** What the overview must show: the ledger's own sum, money out as a positive number. */
    static BigDecimal sum(UUID userId, String type, String from, String to, UUID source) throws SQLException {
        String sql = "select abs(sum(amount)) from transactions where user_id = ? and type = ?"
                + " and booked_date between cast(? as date) and cast(? as date)"
                + (source == null ? "" : " and source_id = ?");
        return source == null ? number(sql, userId, type, from, to) : number(sql, userId, type, from, to, source);
    }

    static int count(UUID userId) throws SQLException {
        return (int) number("select count(*) from transactions where user_id = ?", userId)
                .longValue();
    }

    static int categoryCount(UUID userId, String category) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select =
                        db.prepareStatement("select count(*) from transactions where user_id = ? and category = ?")) {
            select.setObject(1, userId);
            select.setString(2, category);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static BigDecimal number(String sql, Object... parameters) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                BigDecimal value = row.getBigDecimal(1);
                return value == null ? BigDecimal.ZERO : value;
            }
        }
    }
}
