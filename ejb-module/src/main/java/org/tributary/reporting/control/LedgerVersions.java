package org.tributary.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;

/**
 * Whether the ClickHouse ledger holds a single version of each of a user's transactions in a period. Every
 * row there carries the version PostgreSQL gave it, and a later version only comes from a write that also
 * raised it in PostgreSQL (a re-categorisation, a transfer match, an edit), or from a deleted source's
 * tombstone. So: no transaction of the period at version 2 or more in PostgreSQL (an index of those few
 * answers at once), and no tombstone in the period in ClickHouse. Then the unmerged rows are the latest
 * ones, at most repeated whole by a load that ran twice.
 */
@ApplicationScoped
class LedgerVersions {

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    LedgerAnalytics analytics;

    boolean single(UUID userId, LocalDate from, LocalDate to) {
        return !rewrittenInPostgres(userId, from, to)
                && analytics
                                .query(
                                        "SELECT count() AS tombstones FROM {ledger_unmerged} WHERE {filter}",
                                        row -> row.getLong("tombstones"),
                                        LedgerFilter.versions(userId)
                                                .between(from, to)
                                                .and("deleted = 1"))
                                .get(0)
                        == 0;
    }

    private boolean rewrittenInPostgres(UUID userId, LocalDate from, LocalDate to) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement("select exists (select 1 from transactions"
                        + " where user_id = ? and booked_date between ? and ? and version > 1)")) {
            query.setObject(1, userId);
            query.setDate(2, Date.valueOf(from));
            query.setDate(3, Date.valueOf(to));
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new ReportsUnavailableException(e);
        }
    }
}
