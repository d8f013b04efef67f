package org.tributary.security.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.tributary.platform.control.ApplicationMetrics;
import org.tributary.platform.control.Resources;

/**
 * Records sign-ups, sign-ins, sign-outs and failures, and every change to an account's security: who, when,
 * from where. It never receives a password, a code or a token. A record joins the caller's transaction, so a
 * sign-up is recorded exactly when the account is created.
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
        SIGN_OUT,
        PASSWORD_CHANGED,
        TWO_FACTOR_ON,
        TWO_FACTOR_OFF,
        RECOVERY_CODE_USED,
        /** detail: the token's name */
        API_TOKEN_CREATED,
        /** detail: the token's name */
        API_TOKEN_REVOKED,
        /** "Sign out everywhere else": every session but the current one ended */
        SIGNED_OUT_ELSEWHERE
    }

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource database;

    @Inject
    ApplicationMetrics metrics;

    public void record(Kind kind, UUID userId, String email, ClientInfo client) {
        insert(kind, userId, email, null, client);
    }

    /** A change to the signed-in account's security; detail names what it was about, never a secret. */
    public void recordChange(Kind kind, UUID userId, String detail, ClientInfo client) {
        insert(kind, userId, null, detail, client);
    }

    private void insert(Kind kind, UUID userId, String email, String detail, ClientInfo client) {
        metrics.accountEvent(kind.name());
        String sql = "insert into audit_events (kind, user_id, email, detail, client_address, user_agent)"
                + " values (?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, kind.name());
            insert.setObject(2, userId);
            insert.setString(3, email);
            insert.setString(4, detail);
            insert.setString(5, client.address());
            insert.setString(6, client.userAgent());
            insert.executeUpdate();
        } catch (SQLException e) {
            LOG.warning(() -> "audit event " + kind + " not recorded: " + e.getMessage());
        }
    }
}
