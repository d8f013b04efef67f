package org.tributary.categorising.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.ClusterLock;
import org.tributary.platform.control.Resources;

/**
 * Finds money moved between the user's own accounts: a debit and a credit of the same amount and currency
 * in two different sources, booked at most three days apart. Each side is paired with its nearest match
 * only once, and both become TRANSFER, which reports keep out of spending and income.
 */
@Stateless
public class TransferMatcher {

    static final int MAX_DAYS_APART = 3;

    /**
     * An import this large refreshes the planner's statistics first. Without them PostgreSQL still believes
     * what it counted before the import (a new user: one row) and pairs the rows in a nested loop, the
     * import's million rows with each other: hours, where the hash join it picks when it knows takes seconds.
     */
    static final int FRESH_STATISTICS_ROWS = 10_000;

    private static final String MATCH = """
            with pairs as (
                select o.id as out_id, i.id as in_id,
                       row_number() over (partition by o.id order by abs(o.booked_date - i.booked_date), i.id) as rank_out,
                       row_number() over (partition by i.id order by abs(o.booked_date - i.booked_date), o.id) as rank_in
                from transactions o
                join transactions i on i.user_id = o.user_id and i.amount = -o.amount and i.currency = o.currency
                     and i.source_id <> o.source_id and abs(i.booked_date - o.booked_date) <= ?
                where o.user_id = ? and o.amount < 0 and (o.import_id = ? or i.import_id = ?)
                  and o.type <> 'TRANSFER' and i.type <> 'TRANSFER' and not o.pending and not i.pending
            ), chosen as (
                select out_id as id from pairs where rank_out = 1 and rank_in = 1
                union all
                select in_id from pairs where rank_out = 1 and rank_in = 1
            )
            update transactions t
               set type = 'TRANSFER', category = 'transfers', categorised_by = 'RULE', confidence = 1,
                   category_reason = 'transfer', version = t.version + 1,
                   analytics_stale = (t.import_id is distinct from ?)
              from chosen where t.id = chosen.id
            returning t.id
            """;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    /** @return the transactions that became transfers, from this import and from earlier ones */
    public List<UUID> matchAfterImport(UUID userId, UUID importId) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement match = connection.prepareStatement(MATCH)) {
            // Two imports of one person finishing together would each see the other's rows unpaired.
            ClusterLock.untilCommit(connection, ClusterLock.Kind.TRANSFERS, userId);
            if (importedRows(connection, importId) >= FRESH_STATISTICS_ROWS) {
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("analyze transactions");
                }
            }
            match.setInt(1, MAX_DAYS_APART);
            match.setObject(2, userId);
            match.setObject(3, importId);
            match.setObject(4, importId);
            match.setObject(5, importId);
            List<UUID> matched = new ArrayList<>();
            try (ResultSet rows = match.executeQuery()) {
                while (rows.next()) {
                    matched.add(rows.getObject(1, UUID.class));
                }
            }
            return matched;
        } catch (SQLException e) {
            throw new IllegalStateException("transfer matching failed", e);
        }
    }

    private static long importedRows(Connection connection, UUID importId) throws SQLException {
        try (PreparedStatement count =
                connection.prepareStatement("select count(*) from transactions where import_id = ?")) {
            count.setObject(1, importId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
