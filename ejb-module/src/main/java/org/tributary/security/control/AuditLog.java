package org.tributary.security.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;

/**
 * Records sign-ups, sign-ins, sign-outs and failures: who, when, from where. It never receives a password.
 * A record joins the caller's transaction, so a sign-up is recorded exactly when the account is created.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    public enum Kind {
        SIGN_UP,
        SIGN_IN,
        SIGN_IN_FAILED,
        SIGN_IN_THROTTLED,
        SIGN_OUT
    }

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource database;

    public void record(Kind kind, UUID userId, String email, ClientInfo client) {
        String sql =
                "insert into audit_events (kind, user_id, email, client_address, user_agent) values (?, ?, ?, ?, ?)";
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, kind.name());
            insert.setObject(2, userId);
            insert.setString(3, email);
            insert.setString(4, client.address());
            insert.setString(5, client.userAgent());
            insert.executeUpdate();
        } catch (SQLException e) {
            LOG.warning(() -> "audit event " + kind + " not recorded: " + e.getMessage());
        }
    }
}
