package org.tributary.security.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.platform.control.Resources;

/**
 * The server-side sessions behind the access tokens (decision 40). A token names its session in the "sid"
 * claim; the session is checked on every request ({@link #liveUntil}), so ending it (sign-out, a password
 * change, "sign out everywhere") refuses every copy of the token at once, on every node. A session also has
 * an absolute expiry that no renewal of the token passes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Sessions {

    /** last_seen_at is written at most this often per session, not on every request. */
    static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    /** How long a device cookie that once signed in to an account keeps the device "known" for it. */
    static final Duration DEVICE_REMEMBERED = Duration.ofDays(400);

    public record Started(UUID id, Instant expiresAt) {}

    public record Session(
            UUID id, Instant createdAt, Instant lastSeenAt, String address, String device, Instant expiresAt) {}

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource database;

    @Inject
    SessionCache cache;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "tributary.session.max-lifetime", defaultValue = "PT12H")
    Duration maxLifetime;

    public Started start(UUID userId, ClientInfo client) {
        UUID id = UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(maxLifetime);
        String sql = "insert into sessions (id, user_id, address, device, device_key, expires_at)"
                + " values (?, ?, ?, ?, ?, ?)";
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, id);
            insert.setObject(2, userId);
            insert.setString(3, client.address());
            insert.setString(4, DeviceName.of(client.userAgent()));
            insert.setString(5, client.deviceKey());
            insert.setTimestamp(6, Timestamp.from(expiresAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sessions unavailable", e);
        }
        return new Started(id, expiresAt);
    }

    /**
     * @return the session's absolute expiry while it is the user's, not ended and not expired; empty otherwise.
     *     Marks it seen (and from where) at most once a minute.
     */
    public Optional<Instant> liveUntil(UUID sessionId, UUID userId, String address) {
        Optional<Instant> cached = cache.liveUntil(sessionId, userId);
        if (cached.isPresent()) {
            return cached;
        }
        String sql = "select user_id, expires_at, ended_at, last_seen_at from sessions where id = ?";
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, sessionId);
            Instant now = Instant.now();
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()
                        || !userId.equals(row.getObject(1, UUID.class))
                        || row.getTimestamp(3) != null
                        || !row.getTimestamp(2).toInstant().isAfter(now)) {
                    return Optional.empty();
                }
                Instant expiresAt = row.getTimestamp(2).toInstant();
                if (row.getTimestamp(4).toInstant().isBefore(now.minus(SEEN_EVERY))) {
                    markSeen(connection, sessionId, address);
                }
                cache.remember(sessionId, userId, expiresAt);
                return Optional.of(expiresAt);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sessions unavailable", e);
        }
    }

    /** The user's sessions that are neither ended nor expired, the most recently seen first. */
    public List<Session> active(UUID userId) {
        String sql = "select id, created_at, last_seen_at, address, device, expires_at from sessions"
                + " where user_id = ? and ended_at is null and expires_at > now() order by last_seen_at desc, id";
        List<Session> sessions = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, userId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    sessions.add(new Session(
                            row.getObject(1, UUID.class),
                            row.getTimestamp(2).toInstant(),
                            row.getTimestamp(3).toInstant(),
                            row.getString(4),
                            row.getString(5),
                            row.getTimestamp(6).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sessions unavailable", e);
        }
        return sessions;
    }

    /** @return false when the user has no such active session (never another user's) */
    public boolean end(UUID userId, UUID sessionId) {
        cache.forget(sessionId);
        return update(
                        "update sessions set ended_at = now() where id = ? and user_id = ? and ended_at is null"
                                + " and expires_at > now()",
                        sessionId,
                        userId)
                > 0;
    }

    /** "Sign out everywhere else": ends every session of the user but the current one, and audits it. */
    public int signOutElsewhere(UUID userId, UUID current, ClientInfo client) {
        int ended = endAllBut(userId, current);
        audit.recordChange(AuditLog.Kind.SIGNED_OUT_ELSEWHERE, userId, null, client);
        return ended;
    }

    /** Ends every active session of the user but the one given (null: every one). */
    public int endAllBut(UUID userId, UUID keep) {
        cache.forgetUser(userId, keep);
        return update(
                "update sessions set ended_at = now() where user_id = ? and ended_at is null"
                        + " and id is distinct from ?",
                userId,
                keep);
    }

    /** @return whether this device cookie signed in to the account (by its normalised email) before */
    public boolean knownDevice(String email, String deviceKey) {
        if (deviceKey == null) {
            return false;
        }
        String sql = "select exists (select 1 from sessions s join users u on u.id = s.user_id"
                + " where s.device_key = ? and u.email = ? and s.created_at > now() - ?::interval)";
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, deviceKey);
            query.setString(2, email);
            query.setString(3, DEVICE_REMEMBERED.toSeconds() + " seconds");
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sessions unavailable", e);
        }
    }

    private static void markSeen(Connection connection, UUID sessionId, String address) throws SQLException {
        // The condition repeats the check so that two nodes seeing the session in the same second write once.
        try (PreparedStatement update = connection.prepareStatement(
                "update sessions set last_seen_at = now(), address = ? where id = ? and last_seen_at < now() - ?::interval")) {
            update.setString(1, address);
            update.setObject(2, sessionId);
            update.setString(3, SEEN_EVERY.toSeconds() + " seconds");
            update.executeUpdate();
        }
    }

    private int update(String sql, UUID first, UUID second) {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, first);
            update.setObject(2, second);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sessions unavailable", e);
        }
    }
}
