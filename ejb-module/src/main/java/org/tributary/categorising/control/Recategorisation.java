package org.tributary.categorising.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.platform.control.Resources;

/**
 * A user changes a transaction's category, and optionally every similar one: the same merchant, the same
 * brand however the bank spells it, and merchants the model finds nearly the same. That also teaches rules
 * (for the merchant, and for its brand) which the next imports use before any other layer. Each changed row
 * gets a new version and is marked stale for ClickHouse, where the new version replaces the old one. A rule
 * can be undone: the rows it categorised go back through the layers.
 */
@Stateless
public class Recategorisation {

    private static final int MAX_CATEGORY_LENGTH = 60;
    private static final String SET = "update transactions set category = ?, categorised_by = ?, confidence = ?,"
            + " category_reason = ?, version = version + 1, analytics_stale = true where user_id = ? and ";
    /** Rows a correction may extend to: those no person or rule of the user categorised. */
    private static final String NOT_CHOSEN = "(categorised_by in ('NONE', 'BRAND', 'MODEL', 'LLM')"
            + " or (categorised_by = 'RULE' and category_reason like 'keyword:%'))";

    /**
     * The merchants a correction may extend to, those with the most rows first; at most a thousand, so that
     * embedding the ones the model has not seen yet stays within a request's time (about a second, cold).
     */
    private static final String CANDIDATES = "select merchant from transactions where user_id = ? and "
            + NOT_CHOSEN + " and type <> 'TRANSFER' and lower(merchant) <> ? group by merchant"
            + " order by count(*) desc limit 1000";

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    Rules rules;

    @Inject
    LearnedCategoriser learned;

    @Inject
    UncategorisedTransactions uncategorised;

    /** @return how many transactions changed */
    public int recategorise(UUID userId, UUID transactionId, String category, boolean applyToSimilar) {
        String name = valid(category);
        try (Connection connection = ledger.getConnection()) {
            String merchant = merchantOf(connection, userId, transactionId);
            int changed =
                    set(connection, userId, name, CategorisedBy.USER, CategoryReason.USER, "id = ?", transactionId);
            if (applyToSimilar) {
                String key = UserRules.key(merchant);
                String reason = CategoryReason.code(CategoryReason.RULE, key);
                changed += set(
                        connection,
                        userId,
                        name,
                        CategorisedBy.RULE,
                        reason,
                        "lower(merchant) = ? and type <> 'TRANSFER' and id <> ?",
                        key,
                        transactionId);
                rules.learn(userId, merchant, name);
                Optional<String> brand = learned.brandOf(merchant);
                brand.ifPresent(b -> rules.learnBrand(userId, b, name));
                List<String> similar = similarMerchants(connection, userId, merchant, brand);
                if (!similar.isEmpty()) {
                    changed += set(
                            connection,
                            userId,
                            name,
                            CategorisedBy.RULE,
                            reason,
                            "merchant = any (?) and type <> 'TRANSFER' and " + NOT_CHOSEN,
                            connection.createArrayOf("text", similar.toArray()));
                }
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not re-categorise: " + e.getMessage(), e);
        }
    }

    /**
     * Undoes a learnt rule: the rows it categorised go back through the layers (so they may get another
     * category from a brand, the model or a keyword); what the user chose row by row stays.
     *
     * @return how many transactions were categorised again
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the worker must see the reset rows
    public int undoRule(UUID userId, UUID ruleId) {
        Rules.Rule rule = rules.forget(userId, ruleId).orElseThrow(() -> new NotFoundException("rule"));
        return reopen(userId, List.of(rule.merchant()));
    }

    /**
     * Undoes what one correction taught, from a row it categorised ({@code rule:<key>}): the rule for that
     * merchant and the one for its brand.
     *
     * @return how many transactions were categorised again
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int undoCorrection(UUID userId, String ruleKey) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(UserRules.key(ruleKey));
        learned.brandOf(ruleKey).map(UserRules::key).ifPresent(keys::add);
        for (Rules.Rule rule : rules.list(userId)) {
            if (keys.contains(rule.merchant())) {
                rules.forget(userId, rule.id());
            }
        }
        return reopen(userId, List.copyOf(keys));
    }

    private int reopen(UUID userId, List<String> ruleKeys) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement reset = connection.prepareStatement("update transactions set"
                        + " category = 'uncategorised', categorised_by = 'NONE', confidence = null,"
                        + " category_reason = null, version = version + 1, analytics_stale = true"
                        + " where user_id = ? and categorised_by = 'RULE' and category_reason = any (?)")) {
            reset.setObject(1, userId);
            reset.setArray(
                    2,
                    connection.createArrayOf(
                            "text",
                            ruleKeys.stream()
                                    .map(key -> CategoryReason.code(CategoryReason.RULE, key))
                                    .toArray()));
            int reopened = reset.executeUpdate();
            if (reopened > 0) {
                uncategorised.categorise(userId, null);
            }
            return reopened;
        } catch (SQLException e) {
            throw new IllegalStateException("could not undo the rule: " + e.getMessage(), e);
        }
    }

    /** The user's other merchants of the same brand, or that the model finds nearly the same. */
    private List<String> similarMerchants(Connection connection, UUID userId, String merchant, Optional<String> brand)
            throws SQLException {
        List<String> candidates = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(CANDIDATES)) {
            query.setObject(1, userId);
            query.setString(2, UserRules.key(merchant));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    candidates.add(rows.getString(1));
                }
            }
        }
        Set<String> similar = new LinkedHashSet<>();
        if (brand.isPresent()) {
            for (String candidate : candidates) {
                if (learned.brandOf(candidate).equals(brand)) {
                    similar.add(candidate);
                }
            }
        }
        similar.addAll(learned.closeNeighbours(merchant, candidates));
        return new ArrayList<>(similar);
    }

    private static int set(
            Connection connection,
            UUID userId,
            String category,
            CategorisedBy by,
            String reason,
            String condition,
            Object... parameters)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SET + condition)) {
            update.setString(1, category);
            update.setString(2, by.name());
            update.setObject(3, by == CategorisedBy.USER ? null : java.math.BigDecimal.ONE);
            update.setString(4, reason);
            update.setObject(5, userId);
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(6 + i, parameters[i]);
            }
            return update.executeUpdate();
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
        return CategoryNames.key(name);
    }
}
