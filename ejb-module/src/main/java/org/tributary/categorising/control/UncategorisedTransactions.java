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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.tributary.analytics.control.AnalyticsLoader;
import org.tributary.platform.control.Resources;

/**
 * The categorising worker's job: the transactions no fast layer knew (categorised_by NONE) of an import, or
 * all of a user's, get a category from the layers (the fast ones again, as a rule may have been undone, then the slower ones — the embedding model, then, if one is
 * configured, the language model — a batch of distinct merchants at a time. Each answer is written to every
 * row of that merchant and direction in one statement and rewritten in ClickHouse, so the reports show it
 * within seconds. Running twice changes nothing: only rows still NONE are touched.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UncategorisedTransactions {

    private static final Logger LOG = Logger.getLogger(UncategorisedTransactions.class.getName());
    static final int BATCH = 500;

    private static final String DISTINCT = "select merchant, sign(amount)::int, min(description)"
            + " from transactions where user_id = ? and categorised_by = 'NONE' and type <> 'TRANSFER'"
            + " and %s and (merchant, sign(amount)::int) > (?, ?) group by 1, 2 order by 1, 2 limit " + BATCH;
    private static final String OF_IMPORT = "import_id = ?";
    private static final String OF_USER = "user_id is not null";
    private static final String WRITE = "update transactions t set category = u.category, categorised_by = u.by,"
            + " confidence = u.confidence, category_reason = u.reason, version = t.version + 1, analytics_stale = true"
            + " from unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::numeric[], ?::text[])"
            + " as u(merchant, sign, category, by, confidence, reason)"
            + " where t.user_id = ? and t.categorised_by = 'NONE' and t.type <> 'TRANSFER' and %s"
            + " and t.merchant = u.merchant and sign(t.amount) = u.sign";

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    LearnedCategoriser learned;

    @Inject
    AnalyticsLoader analytics;

    /**
     * @param importId the import whose rows to categorise, or null for all of the user's (cash entries, rows
     *     whose rule was undone)
     * @return how many transactions got a category
     */
    public int categorise(UUID userId, UUID importId) {
        String scope = importId == null ? OF_USER : OF_IMPORT;
        LayeredCategoriser categoriser = learned.forUser(userId);
        String afterMerchant = "";
        int afterSign = -2; // before every direction of the first merchant
        int changed = 0;
        try {
            while (true) {
                List<Descriptor> batch;
                try (Connection connection = ledger.getConnection()) {
                    batch = distinct(connection, userId, importId, scope, afterMerchant, afterSign);
                }
                if (batch.isEmpty()) {
                    break;
                }
                afterMerchant = batch.get(batch.size() - 1).merchant();
                afterSign = batch.get(batch.size() - 1).sign();
                // No connection is held while the layers think: the language model may take its time.
                Map<Descriptor, Suggestion> found = categoriser.suggestAll(batch);
                try (Connection connection = ledger.getConnection()) {
                    changed += write(connection, userId, importId, scope, found);
                }
                if (batch.size() < BATCH) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not categorise the uncategorised transactions", e);
        }
        if (changed > 0 && !analytics.loadAllStale()) {
            LOG.warning("new categories not yet in ClickHouse; the catch-up timer rewrites them");
        }
        done(importId);
        return changed;
    }

    /**
     * The worker is through with an import (or gave up on it: its rows stay "Uncategorised", which the user or a
     * later correction can change), so the import no longer shows as being sorted.
     */
    public void done(UUID importId) {
        if (importId == null) {
            return;
        }
        try (Connection connection = ledger.getConnection();
                PreparedStatement done =
                        connection.prepareStatement("update import_runs set categorising = false where id = ?")) {
            done.setObject(1, importId);
            done.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the end of categorising", e);
        }
    }

    private static List<Descriptor> distinct(
            Connection connection, UUID userId, UUID importId, String scope, String afterMerchant, int afterSign)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(DISTINCT.formatted(scope))) {
            int i = 1;
            query.setObject(i++, userId);
            if (importId != null) {
                query.setObject(i++, importId);
            }
            query.setString(i++, afterMerchant);
            query.setInt(i, afterSign);
            List<Descriptor> descriptors = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    descriptors.add(new Descriptor(rows.getString(1), rows.getString(3), rows.getInt(2)));
                }
            }
            return descriptors;
        }
    }

    private static int write(
            Connection connection, UUID userId, UUID importId, String scope, Map<Descriptor, Suggestion> found)
            throws SQLException {
        if (found.isEmpty()) {
            return 0;
        }
        List<Map.Entry<Descriptor, Suggestion>> answers = new ArrayList<>(found.entrySet());
        try (PreparedStatement update = connection.prepareStatement(WRITE.formatted("t." + scope))) {
            update.setArray(
                    1,
                    connection.createArrayOf(
                            "text",
                            answers.stream().map(a -> a.getKey().merchant()).toArray()));
            update.setArray(
                    2,
                    connection.createArrayOf(
                            "int4", answers.stream().map(a -> a.getKey().sign()).toArray()));
            update.setArray(
                    3,
                    connection.createArrayOf(
                            "text",
                            answers.stream().map(a -> a.getValue().category()).toArray()));
            update.setArray(
                    4,
                    connection.createArrayOf(
                            "text",
                            answers.stream().map(a -> a.getValue().by().name()).toArray()));
            update.setArray(
                    5,
                    connection.createArrayOf(
                            "numeric",
                            answers.stream().map(a -> a.getValue().confidence()).toArray()));
            update.setArray(
                    6,
                    connection.createArrayOf(
                            "text",
                            answers.stream().map(a -> a.getValue().reason()).toArray()));
            update.setObject(7, userId);
            if (importId != null) {
                update.setObject(8, importId);
            }
            return update.executeUpdate();
        }
    }
}
