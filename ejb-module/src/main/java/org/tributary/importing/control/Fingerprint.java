package org.tributary.importing.control;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.tributary.importing.control.statement.Spaces;

/**
 * What makes a transaction the same one when it is imported again, unique per user: the bank's own id when
 * the source gives a reliable one, otherwise the source, date, amount, normalised description and the
 * occurrence of that combination within the file (two identical coffees on one day stay two). Stored as
 * the first 128 bits of the SHA-256 of that text, in a uuid column: a quarter of the size of the hex text it
 * once was (migration V8 kept those bits) in the unique index that every imported row is checked against.
 */
public record Fingerprint(UUID value) {

    public static Fingerprint ofExternalId(UUID sourceId, String externalId) {
        return new Fingerprint(sha256(sourceId + "|" + externalId.strip()));
    }

    public static Fingerprint ofContent(
            UUID sourceId, LocalDate date, BigDecimal amount, String description, int occurrence) {
        return new Fingerprint(sha256(sourceId + "|" + occurrenceKey(date, amount, description) + "|" + occurrence));
    }

    /** The key under which identical rows of one file are counted. */
    public static String occurrenceKey(LocalDate date, BigDecimal amount, String description) {
        return date + "|" + amount.stripTrailingZeros().toPlainString() + "|"
                + (description == null
                        ? ""
                        : Spaces.collapse(description.toLowerCase(Locale.ROOT)).strip());
    }

    private static UUID sha256(String text) {
        try {
            ByteBuffer digest =
                    ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
