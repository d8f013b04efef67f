package org.tributary.categorising.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.platform.control.Resources;

/**
 * A user changes a transaction's category, and optionally every transaction of the same merchant, which
 * also teaches a rule for the merchant's future transactions. Each changed row gets a new version and is
 * marked stale for ClickHouse, where the new version replaces the old one.
 */
@Stateless
public class Recategorisation {

    private static final int MAX_CATEGORY_LENGTH = 60;
    private static final String SET =
            "update transactions set category = ?, categorised_by = 'USER', confidence = null,"
                    + " version = version + 1, analytics_stale = true where user_id = ? and ";

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    Rules rules;

    /** @return how many transactions changed */
    public int recategorise(UUID userId, UUID transactionId, String category, boolean applyToSimilar) {
        String name = valid(category);
        try (Connection connection = ledger.getConnection()) {
            String merchant = merchantOf(connection, userId, transactionId);
            int changed;
            if (applyToSimilar) {
                try (PreparedStatement update =
                        connection.prepareStatement(SET + "lower(merchant) = ? and (type <> 'TRANSFER' or id = ?)")) {
                    update.setString(1, name);
                    update.setObject(2, userId);
                    update.setString(3, UserRules.key(merchant));
                    update.setObject(4, transactionId);
                    changed = update.executeUpdate();
                }
                rules.learn(userId, merchant, name);
            } else {
                try (PreparedStatement update = connection.prepareStatement(SET + "id = ?")) {
                    update.setString(1, name);
                    update.setObject(2, userId);
                    update.setObject(3, transactionId);
                    changed = update.executeUpdate();
                }
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not re-categorise: " + e.getMessage(), e);
        }
    }

    private static String merchantOf(Connection connection, UUID userId, UUID transactionId) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("select merchant from transactions where user_id = ? and id = ?")) {
            query.setObject(1, userId);
            query.setObject(2, transactionId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("transaction");
                }
                return row.getString(1);
            }
        }
    }

    private static String valid(String category) {
        String name = category == null ? "" : category.strip();
        if (name.isEmpty()
                || name.length() > MAX_CATEGORY_LENGTH
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    "category", "Give a category name of 1 to " + MAX_CATEGORY_LENGTH + " characters.");
        }
        return name;
    }
}
