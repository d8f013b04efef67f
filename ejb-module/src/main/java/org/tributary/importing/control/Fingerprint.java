package org.tributary.importing.control;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * What makes a transaction the same one when it is imported again, unique per user: the bank's own id when
 * the source gives a reliable one, otherwise the source, date, amount, normalised description and the
 * occurrence of that combination within the file (two identical coffees on one day stay two).
 */
public record Fingerprint(String value) {

    public static Fingerprint ofExternalId(UUID sourceId, String externalId) {
        return new Fingerprint("x:" + sha256(sourceId + "|" + externalId.strip()));
    }

    public static Fingerprint ofContent(
            UUID sourceId, LocalDate date, BigDecimal amount, String description, int occurrence) {
        String text = description == null
                ? ""
                : description
                        .toLowerCase(Locale.ROOT)
                        .transform(Fingerprint::singleSpaced)
                        .strip();
        return new Fingerprint("c:"
                + sha256(sourceId + "|" + date + "|"
                        + amount.stripTrailingZeros().toPlainString() + "|" + text + "|" + occurrence));
    }

    /** The key under which identical rows of one file are counted. */
    public static String occurrenceKey(LocalDate date, BigDecimal amount, String description) {
        return date + "|" + amount.stripTrailingZeros().toPlainString() + "|"
                + (description == null
                        ? ""
                        : description
                                .toLowerCase(Locale.ROOT)
                                .transform(Fingerprint::singleSpaced)
                                .strip());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String singleSpaced(String text) {
        return SPACES.matcher(text).replaceAll(" ");
    }
}
