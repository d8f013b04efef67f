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
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tributary.platform.control.Resources;

/**
 * Counts failed sign-ins per account and per client address, in PostgreSQL so that every server node
 * sees the same counts. A key that reaches its limit within the window is blocked for a while; only
 * failures count, and a successful sign-in clears the account's count.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInThrottle {

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource database;

    @Inject
    @ConfigProperty(name = "tributary.sign-in.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "tributary.sign-in.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "tributary.sign-in.window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "tributary.sign-in.block", defaultValue = "PT15M")
    Duration block;

    /** @throws TooManyAttemptsException while the account or the address is blocked */
    public void checkAllowed(String account, ClientInfo client) {
        Instant now = Instant.now();
        String sql =
                "select max(blocked_until) from sign_in_throttle where throttle_key = any (?) and blocked_until > ?";
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(
                    1, connection.createArrayOf("text", keys(account, client).toArray()));
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = query.executeQuery()) {
                Timestamp until = row.next() ? row.getTimestamp(1) : null;
                if (until != null) {
                    long seconds =
                            Math.max(1, Duration.between(now, until.toInstant()).toSeconds() + 1);
                    throw new TooManyAttemptsException(Duration.ofSeconds(seconds));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in throttle unavailable", e);
        }
    }

    public void recordFailure(String account, ClientInfo client) {
        record(accountKey(account), maxPerAccount);
        record(addressKey(client), maxPerAddress);
    }

    public void recordSuccess(String account) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from sign_in_throttle where throttle_key = ?")) {
            delete.setString(1, accountKey(account));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in throttle unavailable", e);
        }
    }

    private void record(String key, int limit) {
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
            int failures;
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                failures = row.getInt(1);
            }
            if (failures >= limit) {
                try (PreparedStatement blockKey = connection.prepareStatement(
                        "update sign_in_throttle set blocked_until = now() + ?::interval, failures = 0,"
                                + " window_started_at = now() where throttle_key = ?")) {
                    blockKey.setString(1, block.toMillis() + " milliseconds");
                    blockKey.setString(2, key);
                    blockKey.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in throttle unavailable", e);
        }
    }

    private static List<String> keys(String account, ClientInfo client) {
        return List.of(accountKey(account), addressKey(client));
    }

    private static String accountKey(String account) {
        return "account:" + account;
    }

    private static String addressKey(ClientInfo client) {
        return "address:" + client.address();
    }
}
