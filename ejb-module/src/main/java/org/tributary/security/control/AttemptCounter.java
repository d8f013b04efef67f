package org.tributary.security.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;

/**
 * Counts attempts per key (an account, an address, an address block, a device) in the table
 * {@code sign_in_throttle}, so every server node sees the same counts; a key that reaches its limit within
 * its window is blocked for a while, and the block ends by itself. The one place of this rule for sign-in
 * and sign-up (decisions 10 and 40).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AttemptCounter {

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource database;

    /** @return how long until the last of these keys' blocks ends, if any of them is blocked now */
    public Optional<Duration> blocked(Collection<String> keys) {
        Instant now = Instant.now();
        String sql =
                "select max(blocked_until) from sign_in_throttle where throttle_key = any (?) and blocked_until > ?";
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("text", keys.toArray()));
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = query.executeQuery()) {
                Timestamp until = row.next() ? row.getTimestamp(1) : null;
                if (until == null) {
                    return Optional.empty();
                }
                return Optional.of(Duration.ofSeconds(
                        Math.max(1, Duration.between(now, until.toInstant()).toSeconds() + 1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("attempt counter unavailable", e);
        }
    }

    /** One more attempt for the key (one atomic upsert); at the limit within the window, the key is blocked. */
    public void count(String key, int limit, Duration window, Duration block) {
        String sql = """
                insert into sign_in_throttle as t (throttle_key, failures, window_started_at)
                values (?, 1, now())
                on conflict (throttle_key) do update set
                    failures = case when t.window_started_at < now() - ?::interval then 1 else t.failures + 1 end,
                    window_started_at = case when t.window_started_at < now() - ?::interval then now() else t.window_started_at end
                returning failures
                """;
        try (Connection connection = database.getConnection();
                PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, key);
            upsert.setString(2, window.toSeconds() + " seconds");
            upsert.setString(3, window.toSeconds() + " seconds");
            int attempts;
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                attempts = row.getInt(1);
            }
            if (attempts >= limit) {
                try (PreparedStatement blockKey = connection.prepareStatement(
                        "update sign_in_throttle set blocked_until = now() + ?::interval, failures = 0,"
                                + " window_started_at = now() where throttle_key = ?")) {
                    blockKey.setString(1, block.toMillis() + " milliseconds");
                    blockKey.setString(2, key);
                    blockKey.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("attempt counter unavailable", e);
        }
    }

    public void clear(String key) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from sign_in_throttle where throttle_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("attempt counter unavailable", e);
        }
    }
}
