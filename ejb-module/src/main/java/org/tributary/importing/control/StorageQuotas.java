package org.tributary.importing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each person's room (decision 42): the bytes of the statement files they keep (a byte-identical file is
 * kept once and counts once) and the transactions in their ledger, each up to the server's quota
 * (TRIBUTARY_QUOTA_STORED_BYTES, TRIBUTARY_QUOTA_ROWS) or the person's own in {@code users}. An upload is
 * refused when its bytes would not fit, or when the ledger is already full: a file is not cut in half, so
 * the last one accepted may take the ledger past its quota by at most one file's rows.
 */
@ApplicationScoped
public class StorageQuotas {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "tributary.quota.stored-bytes", defaultValue = "1073741824")
    long storedBytes;

    @Inject
    @ConfigProperty(name = "tributary.quota.rows", defaultValue = "5000000")
    long rows;

    /** The upload that already holds these very bytes for the person, if any. */
    public Optional<UUID> storedCopy(UUID userId, byte[] sha256) {
        List<?> found = em.createNativeQuery("select cast(import_id as text) from raw_file.uploads"
                        + " where user_id = ? and sha256 = ? and same_as is null limit 1")
                .setParameter(1, userId)
                .setParameter(2, sha256)
                .getResultList();
        return found.stream().findFirst().map(id -> UUID.fromString(id.toString()));
    }

    /** @throws QuotaExceededException when {@code newBytes} more would not fit, or the ledger is full */
    public void check(UUID userId, long newBytes) {
        Object[] quota =
                (Object[]) em.createNativeQuery("select quota_stored_bytes, quota_rows from users where id = ?")
                        .setParameter(1, userId)
                        .getSingleResult();
        long bytesQuota = quota[0] == null ? storedBytes : ((Number) quota[0]).longValue();
        long rowsQuota = quota[1] == null ? rows : ((Number) quota[1]).longValue();
        if (newBytes > 0) {
            long used = ((Number) em.createNativeQuery("select coalesce(sum(size_bytes), 0) from raw_file.uploads"
                                    + " where user_id = ? and same_as is null")
                            .setParameter(1, userId)
                            .getSingleResult())
                    .longValue();
            if (used + newBytes > bytesQuota) {
                throw QuotaExceededException.bytes(used, bytesQuota);
            }
        }
        long held = ((Number) em.createNativeQuery("select count(*) from transactions where user_id = ?")
                        .setParameter(1, userId)
                        .getSingleResult())
                .longValue();
        if (held >= rowsQuota) {
            throw QuotaExceededException.rows(held, rowsQuota);
        }
    }

    public static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
