package org.tributary.security.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.ConflictException;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.platform.control.Resources;

/**
 * Personal API tokens: {@code trb_} and 256 random bits, shown once. Only the SHA-256 of a token is stored:
 * for a secret that random a fast hash is enough (nobody can search 2^256 values), and it lets a request find
 * its token by an indexed equality. Every request checks PostgreSQL, so a revoked or expired token stops at
 * once on every node. Creating and revoking a token are audited with its name, never its secret.
 */
@Stateless
public class ApiTokens {

    public static final String PREFIX = "trb_";
    public static final String READ = "read";
    public static final String IMPORT = "import";
    static final int MAX_TOKENS_PER_USER = 50;
    static final int MAX_NAME_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner sees it, never with its secret. */
    public record ApiToken(
            UUID id, String name, List<String> scopes, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    /** A new token and its secret, which exists only in this answer. */
    public record IssuedToken(ApiToken token, String secret) {}

    /** Who a request with a valid token acts for, and what it may do. */
    public record Grant(UUID tokenId, UUID userId, Set<String> scopes) {}

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource database;

    @Inject
    AuditLog audit;

    public IssuedToken create(UUID userId, String name, List<String> scopes, Instant expiresAt, ClientInfo client) {
        String cleanName = validName(name);
        List<String> cleanScopes = validScopes(scopes);
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw new InvalidInputException("expiresAt", "Choose a moment in the future, or none.");
        }
        if (list(userId).size() >= MAX_TOKENS_PER_USER) {
            throw new ConflictException("An account has at most " + MAX_TOKENS_PER_USER + " tokens; revoke one first.");
        }
        UUID id = UUID.randomUUID();
        String secret = newSecret();
        String sql = "insert into api_tokens (id, user_id, name, scopes, token_hash, expires_at)"
                + " values (?, ?, ?, ?, ?, ?) returning created_at";
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, id);
            insert.setObject(2, userId);
            insert.setString(3, cleanName);
            insert.setArray(4, connection.createArrayOf("text", cleanScopes.toArray()));
            insert.setBytes(5, hash(secret));
            insert.setTimestamp(6, expiresAt == null ? null : Timestamp.from(expiresAt));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                Instant createdAt = row.getTimestamp(1).toInstant();
                audit.recordChange(AuditLog.Kind.API_TOKEN_CREATED, userId, cleanName, client);
                return new IssuedToken(new ApiToken(id, cleanName, cleanScopes, createdAt, expiresAt, null), secret);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store an API token", e);
        }
    }

    public List<ApiToken> list(UUID userId) {
        String sql = "select id, name, scopes, created_at, expires_at, last_used_at from api_tokens"
                + " where user_id = ? order by created_at, id";
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, userId);
            List<ApiToken> tokens = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    tokens.add(new ApiToken(
                            row.getObject(1, UUID.class),
                            row.getString(2),
                            scopesOf(row.getArray(3)),
                            instant(row.getTimestamp(4)),
                            instant(row.getTimestamp(5)),
                            instant(row.getTimestamp(6))));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list API tokens", e);
        }
    }

    /** Deletes the token: the next request that carries it gets 401, on every node. */
    public void revoke(UUID userId, UUID tokenId, ClientInfo client) {
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from api_tokens where id = ? and user_id = ? returning name")) {
            delete.setObject(1, tokenId);
            delete.setObject(2, userId);
            try (ResultSet deleted = delete.executeQuery()) {
                if (!deleted.next()) {
                    throw new NotFoundException("token");
                }
                audit.recordChange(AuditLog.Kind.API_TOKEN_REVOKED, userId, deleted.getString(1), client);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke an API token", e);
        }
    }

    /**
     * @return the grant of a token that exists and has not expired; its last use is recorded at most once a
     *     minute, in the same statement, so checking a token costs one indexed round trip
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Grant> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String sql = """
                with found as (
                    select id, user_id, scopes, last_used_at from api_tokens
                    where token_hash = ? and (expires_at is null or expires_at > now())
                ), touched as (
                    update api_tokens t set last_used_at = now() from found
                    where t.id = found.id
                      and (found.last_used_at is null or found.last_used_at < now() - interval '1 minute')
                )
                select id, user_id, scopes from found
                """;
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setBytes(1, hash(secret));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Grant(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        Set.copyOf(scopesOf(row.getArray(3)))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check an API token", e);
        }
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(
                    "name", "Give the token a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return clean;
    }

    private static List<String> validScopes(List<String> scopes) {
        if (scopes == null || scopes.isEmpty() || scopes.size() > 10) {
            throw new InvalidInputException("scopes", "Choose read, import or both.");
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String scope : scopes) {
            if (!READ.equals(scope) && !IMPORT.equals(scope)) {
                throw new InvalidInputException("scopes", "A scope is read or import.");
            }
            clean.add(scope);
        }
        return List.copyOf(clean);
    }

    private static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> scopesOf(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
