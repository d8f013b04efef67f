package org.tributary.analytics.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;

/**
 * The one owner of {@code report_stamps}: a number per user that grows whenever anything the user's reports
 * read has changed, so that an answer kept under an older number is never given again, on any server (decision
 * 49). A change is stamped in a transaction of its own once it is visible: ClickHouse's writes are not part of
 * any transaction, and a stamp rolled back with a caller's failure would leave an outdated answer in use.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportStamps {

    /** The stamp every user's answers also depend on: the ECB's reference rates. */
    static final UUID EVERYONE = new UUID(0, 0);

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    Event<LedgerChanged> changes;

    public ReportStamps() {}

    /** Outside a server (tests): no one hears of changes. */
    ReportStamps(DataSource ledger) {
        this.ledger = ledger;
    }

    /** What the user's reports read has changed; observers hear of it once the new stamp is committed. */
    public void changed(UUID userId) throws SQLException {
        long stamp = bump(userId);
        if (changes != null) {
            changes.fire(new LedgerChanged(userId, stamp));
        }
    }

    /** What every user's reports read has changed (the reference rates). */
    public void changedForEveryone() throws SQLException {
        bump(EVERYONE);
    }

    private long bump(UUID userId) throws SQLException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement bump = connection.prepareStatement("insert into report_stamps (user_id, stamp)"
                        + " values (?, 1) on conflict (user_id) do update set stamp = report_stamps.stamp + 1"
                        + " returning stamp")) {
            bump.setObject(1, userId);
            try (ResultSet row = bump.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The user's own stamp, without the one everyone shares: it moves exactly when {@link #changed} is called. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long own(UUID userId) throws SQLException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select coalesce(max(stamp), 0) from report_stamps where user_id = ?")) {
            query.setObject(1, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The user's stamp now: it differs from every earlier one once anything the reports read has changed. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long of(UUID userId) throws SQLException {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select coalesce(sum(stamp), 0) from report_stamps where user_id in (?, ?)")) {
            query.setObject(1, userId);
            query.setObject(2, EVERYONE);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
