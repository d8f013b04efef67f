package org.tributary.sources.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;

/**
 * How a source recognises its bank account without keeping the account's number: the first 128 bits of the
 * SHA-256 of the user's id and the identifier (spaces and case ignored). Salted by the user, the same IBAN
 * of two users gives two keys.
 */
public final class AccountKey {

    private AccountKey() {}

    public static UUID of(UUID userId, String identifier) {
        String normalised = identifier.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256")
                    .digest((userId + "|" + normalised).getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
