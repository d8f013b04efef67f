package org.tributary.analysis.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.analysis.control.AnalysisQueue;
import org.tributary.analytics.control.ReportStamps;
import org.tributary.platform.control.ClusterLock;
import org.tributary.platform.control.Resources;

/**
 * Once a night, every person with transactions is put on {@code ml-analyse}: what changed without a ledger change
 * (the ECB's rates) is caught up. One server asks; the others find the lock taken. A person whose stored result is
 * still current costs the worker one query.
 */
@Stateless
public class NightlyAnalyses {

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    AnalysisQueue queue;

    @Inject
    ReportStamps stamps;

    /** Outside a transaction, as the round's lock must be (ClusterLock); each request is sent on its own. */
    @Schedule(hour = "3", minute = "20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyone() throws SQLException {
        ClusterLock.ifFree(ledger, ClusterLock.Kind.NIGHTLY_ANALYSIS, () -> {
            try (Connection connection = ledger.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "select u.id from users u where exists (select 1 from transactions t where t.user_id = u.id)");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID userId = row.getObject(1, UUID.class);
                    queue.request(userId, stamps.own(userId));
                }
            }
        });
    }
}
