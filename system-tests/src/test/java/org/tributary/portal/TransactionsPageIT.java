package org.tributary.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tributary.platform.SystemUnderTest;

/**
 * The transactions table: sorted by its column headers (with the mouse and the keyboard, the order announced
 * by aria-sort) in the database's own order, page after page without a row lost or repeated; counted no
 * further than 10,000 rows past what is known, saying "more than" until the count goes on; a category
 * changed from its row's chip, for one transaction or for every one of its merchant (which also makes a
 * rule); and
 * one transaction shown on its own, as the overview links to it.
 */
class TransactionsPageIT {

    private static final String[] MERCHANTS = {"Corner Bakery", "tram company", "Zebra Books", "Apotheke", "ALDI"};
    private static final String[] CATEGORIES = {"groceries", "transport", "shopping", "health", "groceries"};

    @Test
    void sortsInTheDatabasePagesWithoutGapsAndChangesCategoriesInTheRow() throws SQLException {
        String email = Portal.uniqueEmail("table");
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, email);
            UUID userId = PortalJourneyIT.userId(email);
            seed(userId, 60);

            browser.go("/app/transactions.xhtml");
            assertThat(sortOf(browser, "tx-date")).isEqualTo("descending");
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "booked_date desc, id desc", 0));
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 1–25 of 60");
            browser.screenshot("transactions-sorted-by-date");
            browser.assertAccessible("transactions, sorted by date");

            // Every page in the database's order: nothing lost or repeated between pages, and back again.
            nextPage(browser);
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "booked_date desc, id desc", 25));
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 26–50 of 60");
            nextPage(browser);
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "booked_date desc, id desc", 50));
            previousPage(browser);
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "booked_date desc, id desc", 25));

            // The keyboard: the header takes the focus and Enter sorts, then sorts the other way.
            WebElement amount = header(browser, "tx-amount");
            assertThat(amount.getAttribute("tabindex")).isEqualTo("0");
            amount.sendKeys(Keys.ENTER);
            browser.wait.until(d -> "ascending".equals(sortOf(browser, "tx-amount")));
            browser.waitForAjax();
            assertThat(sortOf(browser, "tx-date")).isNotIn("ascending", "descending");
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "amount, booked_date, id", 0));
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 1–25 of 60");
            nextPage(browser);
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "amount, booked_date, id", 25));
            header(browser, "tx-amount").sendKeys(Keys.ENTER);
            browser.wait.until(d -> "descending".equals(sortOf(browser, "tx-amount")));
            browser.waitForAjax();
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "amount desc, booked_date desc, id desc", 0));

            header(browser, "tx-merchant").click();
            browser.wait.until(d -> "ascending".equals(sortOf(browser, "tx-merchant")));
            browser.waitForAjax();
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "lower(merchant), booked_date, id", 0));
            nextPage(browser);
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "lower(merchant), booked_date, id", 25));
            browser.screenshot("transactions-sorted-by-merchant-page-2");

            header(browser, "tx-category").click();
            browser.wait.until(d -> "ascending".equals(sortOf(browser, "tx-category")));
            browser.waitForAjax();
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "category, booked_date, id", 0));

            // A category changed in its row, for every transaction of the merchant: also a rule.
            header(browser, "tx-date").click();
            browser.wait.until(d -> "ascending".equals(sortOf(browser, "tx-date")));
            browser.waitForAjax();
            header(browser, "tx-date").click();
            browser.wait.until(d -> "descending".equals(sortOf(browser, "tx-date")));
            browser.waitForAjax();
            UUID bakery = firstOf(userId, "Corner Bakery");
            WebElement row = openEditor(browser, bakery);
            new Select(row.findElement(By.cssSelector("select.category-choice"))).selectByVisibleText("Eating out");
            row.findElement(By.cssSelector(".whole-merchant input[type=checkbox]"))
                    .click();
            browser.screenshot("transactions-change-category-inline");
            browser.assertAccessible("transactions, changing a category in its row");
            row.findElement(By.cssSelector(".save-category")).click();
            browser.wait.until(
                    d -> d.findElement(By.id("filters:messages")).getText().contains("Eating out"));
            assertThat(browser.text("#filters\\:messages")).contains("12 transactions from Corner Bakery");
            assertThat(categories(userId, "Corner Bakery")).containsOnly("eating-out");
            assertThat(rule(userId, "corner bakery")).isEqualTo("eating-out");
            assertThat(row(browser, bakery)
                            .findElement(By.cssSelector("summary.chip .chip-name"))
                            .getText())
                    .isEqualTo("Eating out");
            assertThat(new Select(openEditor(browser, bakery).findElement(By.cssSelector("select.category-choice")))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo("Eating out");
            assertThat(row(browser, bakery)
                            .findElement(By.cssSelector(".category-reason"))
                            .getText())
                    .isEqualTo("You chose this category");
            // Escape closes the editor (it floats over the rows below) and gives the focus back to its chip.
            row(browser, bakery)
                    .findElement(By.cssSelector("select.category-choice"))
                    .sendKeys(Keys.ESCAPE);
            browser.wait.until(d -> !row(browser, bakery)
                    .findElement(By.cssSelector("select.category-choice"))
                    .isDisplayed());

            // Why the others have it, and the rule undone from any of them: they go back through the layers.
            WebElement ruled = browser.driver
                    .findElement(By.xpath("//details[.//a[contains(@class, 'undo-rule')]]"))
                    .findElement(By.xpath("./ancestor::tr"));
            ruled.findElement(By.cssSelector("summary.chip")).click();
            WebElement undo = browser.wait.until(d -> {
                WebElement link = ruled.findElement(By.cssSelector(".undo-rule"));
                return link.isDisplayed() ? link : null;
            });
            assertThat(ruled.findElement(By.cssSelector(".category-reason")).getText())
                    .isEqualTo("Your rule for \u201ccorner bakery\u201d");
            browser.screenshot("transactions-category-reason");
            undo.click();
            browser.wait.until(
                    d -> d.findElement(By.id("filters:messages")).getText().contains("The rule is gone"));
            assertThat(browser.text("#filters\\:messages")).contains("11 transactions");
            assertThat(rule(userId, "corner bakery")).isNull();
            assertThat(ruledBy(userId, "rule:corner bakery")).isZero();
            assertThat(category(bakery)).as("the row the person chose keeps it").isEqualTo("eating-out");
            browser.assertAccessible("transactions, a category's reason and its rule undone");

            // Only this one: the merchant's others keep theirs, and no rule is made.
            UUID tram = firstOf(userId, "tram company");
            new Select(openEditor(browser, tram).findElement(By.cssSelector("select.category-choice")))
                    .selectByVisibleText("Shopping");
            row(browser, tram).findElement(By.cssSelector(".save-category")).click();
            browser.wait.until(
                    d -> d.findElement(By.id("filters:messages")).getText().contains("Shopping"));
            assertThat(category(tram)).isEqualTo("shopping");
            assertThat(browser.driver.switchTo().activeElement().getAttribute("class"))
                    .as("the keyboard's focus back on the row's category chip")
                    .contains("chip");
            assertThat(categories(userId, "tram company")).containsOnly("shopping", "transport");
            assertThat(rule(userId, "tram company")).isNull();
            browser.screenshot("transactions-category-changed");

            // A phone's width: the table reflows, still without a serious barrier.
            browser.driver.manage().window().setSize(new Dimension(360, 780));
            browser.go("/app/transactions.xhtml");
            browser.screenshot("transactions-360px");
            browser.assertAccessible("transactions (360 px)");
        }
    }

    @Test
    void showsOneTransactionOnItsOwn() throws SQLException {
        String email = Portal.uniqueEmail("one");
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, email);
            UUID userId = PortalJourneyIT.userId(email);
            seed(userId, 30);
            UUID tram = firstOf(userId, "tram company");

            browser.go("/app/transactions.xhtml?id=" + tram);
            assertThat(shownIds(browser)).containsExactly(tram);
            assertThat(browser.text("#focus-note")).contains("One transaction");
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 1–1 of 1");
            browser.screenshot("transactions-one");
            browser.assertAccessible("one transaction");

            browser.click("#same-day");
            browser.waitForUrl("q=tram+company");
            assertThat(browser.text("#filters\\:table")).contains("tram company");

            browser.go("/app/transactions.xhtml?id=not-an-id");
            assertThat(shownIds(browser)).isEmpty();
        }
    }

    @Test
    void countsNoFurtherThanItMustAndSaysWhenThereAreMore() throws SQLException {
        String email = Portal.uniqueEmail("many");
        try (Browser browser = Browser.open("en")) {
            Portal.signUpAndIn(browser, email);
            UUID userId = PortalJourneyIT.userId(email);
            seedMany(userId, 10_050);

            browser.go("/app/transactions.xhtml");
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 1–25 of more than 10,000");
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "booked_date desc, id desc", 0));
            nextPage(browser);
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "booked_date desc, id desc", 25));
            browser.screenshot("transactions-more-than-ten-thousand");

            // Near the end of what is known, the count goes on from the page shown: now it is exact.
            String before = browser.text("#filters\\:shown");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("PrimeFaces.widgets['widget_filters_table'].getPaginator().setPage(399)");
            browser.wait.until(
                    d -> !d.findElement(By.id("filters:shown")).getText().equals(before));
            browser.waitForAjax();
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 9,976–10,000 of 10,050");
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "booked_date desc, id desc", 9_975));
            nextPage(browser);
            nextPage(browser);
            assertThat(browser.text("#filters\\:shown")).isEqualTo("Transactions 10,026–10,050 of 10,050");
            assertThat(shownIds(browser)).isEqualTo(ids(userId, "booked_date desc, id desc", 10_025));
        }
    }

    /** COUNT transactions, by SQL at once: a ledger too long to count. */
    static void seedMany(UUID userId, int count) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement insert = db.prepareStatement("with source as (insert into sources (id, user_id,"
                        + " kind, provider, name) values (gen_random_uuid(), ?, 'FILE', 'csv', 'Giro') returning id)"
                        + " insert into transactions (id, user_id, source_id, booked_date, amount, currency,"
                        + " description, merchant, type, category, categorised_by, fingerprint)"
                        + " select gen_random_uuid(), ?, source.id, date '2020-01-01' + i % 1500, -(i % 5000) / 100.0,"
                        + " 'EUR', 'SHOP ' || i, 'Shop ' || i % 40, 'EXPENSE', 'Shopping', 'RULE', gen_random_uuid()"
                        + " from source, generate_series(1, ?) i")) {
            insert.setObject(1, userId);
            insert.setObject(2, userId);
            insert.setInt(3, count);
            insert.executeUpdate();
        }
    }

    /** COUNT transactions over five merchants (12 each at 60), three of them on the same day. */
    static void seed(UUID userId, int count) throws SQLException {
        try (Connection db = SystemUnderTest.postgres()) {
            UUID source = UUID.randomUUID();
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into sources (id, user_id, kind, provider, name) values (?, ?, 'FILE', 'csv', 'Giro')")) {
                insert.setObject(1, source);
                insert.setObject(2, userId);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into transactions (id, user_id, source_id,"
                    + " booked_date, amount, currency, description, merchant, type, category, categorised_by,"
                    + " fingerprint) values (?, ?, ?, ?, ?, 'EUR', ?, ?, 'EXPENSE', ?, 'RULE', ?)")) {
                for (int i = 0; i < count; i++) {
                    int m = i % MERCHANTS.length;
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, userId);
                    insert.setObject(3, source);
                    insert.setDate(4, Date.valueOf(LocalDate.of(2024, 1, 1).plusDays(i < 3 ? 40 : i)));
                    insert.setBigDecimal(5, BigDecimal.valueOf(-(100 + (i * 37) % 900), 2));
                    insert.setString(6, MERCHANTS[m].toUpperCase() + " CARD PAYMENT " + i);
                    insert.setString(7, MERCHANTS[m]);
                    insert.setString(8, CATEGORIES[m]);
                    insert.setObject(9, UUID.randomUUID());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** The ids of a page of 25 as the database orders the user's transactions. */
    static List<UUID> ids(UUID userId, String order, int offset) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement(
                        "select id from transactions where user_id = ? order by " + order + " limit 25 offset ?")) {
            select.setObject(1, userId);
            select.setInt(2, offset);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    static List<UUID> shownIds(Browser browser) {
        browser.waitForAjax();
        return browser.driver.findElements(By.cssSelector("#filters\\:table tbody [data-transaction]")).stream()
                .map(row -> UUID.fromString(row.getAttribute("data-transaction")))
                .toList();
    }

    private static WebElement row(Browser browser, UUID id) {
        return browser.find("#filters\\:table tbody [data-transaction='" + id + "']")
                .findElement(By.xpath("./ancestor::tr"));
    }

    /** Opens the category editor of a row with its chip; returns the row. */
    private static WebElement openEditor(Browser browser, UUID id) {
        WebElement row = row(browser, id);
        row.findElement(By.cssSelector("summary.chip")).click();
        browser.wait.until(
                d -> row.findElement(By.cssSelector("select.category-choice")).isDisplayed());
        return row;
    }

    private static WebElement header(Browser browser, String column) {
        return browser.find("#filters\\:table thead th." + column);
    }

    private static String sortOf(Browser browser, String column) {
        return header(browser, column).getAttribute("aria-sort");
    }

    private static void nextPage(Browser browser) {
        String before = browser.text("#filters\\:shown");
        browser.click("#filters\\:table .ui-paginator-next");
        browser.wait.until(d -> !d.findElement(By.id("filters:shown")).getText().equals(before));
        browser.waitForAjax();
    }

    private static void previousPage(Browser browser) {
        String before = browser.text("#filters\\:shown");
        browser.click("#filters\\:table .ui-paginator-prev");
        browser.wait.until(d -> !d.findElement(By.id("filters:shown")).getText().equals(before));
        browser.waitForAjax();
    }

    private static UUID firstOf(UUID userId, String merchant) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement("select id from transactions where user_id = ?"
                        + " and merchant = ? order by booked_date desc, id desc limit 1")) {
            select.setObject(1, userId);
            select.setString(2, merchant);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static List<String> categories(UUID userId, String merchant) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement(
                        "select distinct category from transactions where user_id = ? and merchant = ?")) {
            select.setObject(1, userId);
            select.setString(2, merchant);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    private static String category(UUID id) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement("select category from transactions where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static int ruledBy(UUID userId, String reason) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select = db.prepareStatement(
                        "select count(*) from transactions where user_id = ? and category_reason = ?")) {
            select.setObject(1, userId);
            select.setString(2, reason);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static String rule(UUID userId, String merchant) throws SQLException {
        try (Connection db = SystemUnderTest.postgres();
                PreparedStatement select =
                        db.prepareStatement("select category from rules where user_id = ? and merchant = ?")) {
            select.setObject(1, userId);
            select.setString(2, merchant);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
