package org.tributary.security.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;

/**
 * One-time recovery codes for a lost authenticator: ten codes of 80 random bits each, written as four groups
 * of four Base32 characters. Only their SHA-256 is stored: at 80 bits, guessing one from its hash is as
 * hopeless as guessing it, so a slow password hash would add cost without adding safety.
 */
public final class RecoveryCodes {

    static final int COUNT = 10;
    private static final int BYTES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] random = new byte[BYTES];
            RANDOM.nextBytes(random);
            String plain = new Base32().encodeToString(random).toLowerCase(Locale.ROOT);
            codes.add(String.join(
                    "-",
                    plain.substring(0, 4),
                    plain.substring(4, 8),
                    plain.substring(8, 12),
                    plain.substring(12, 16)));
        }
        return codes;
    }

    /** @return the hash of a code as typed (any case, with or without dashes and spaces), or null if none */
    public static byte[] hashOf(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        String normal = typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return normal.length() == 16 ? sha256(normal) : null;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
