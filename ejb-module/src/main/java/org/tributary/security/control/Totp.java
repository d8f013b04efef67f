package org.tributary.security.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app expects them: HMAC-SHA1, six digits,
 * 30-second steps, a Base32 secret of 160 bits. A code from one step before or after the server's clock is
 * accepted too (clock drift), but only for a step later than the last one accepted, so no code counts twice.
 */
public final class Totp {

    static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;
    static final int DIGITS = 6;
    private static final int WINDOW = 1;
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {}

    /** @return a new random secret, Base32 without padding (what an authenticator app is given) */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    public static long stepAt(Instant time) {
        return time.getEpochSecond() / STEP.toSeconds();
    }

    /**
     * @param lastUsedStep the last step a code was accepted for; only later steps can match
     * @return the step whose code {@code code} is, within one step of {@code now}, or empty
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now, long lastUsedStep) {
        String given = digitsOnly(code);
        if (given == null) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
        TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
        long current = stepAt(now);
        OptionalLong found = OptionalLong.empty();
        // Every candidate is computed and compared in constant time, so timing tells nothing about which matched.
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            String expected = codeAt(generator, key, step);
            boolean same = MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
            if (same && step > lastUsedStep && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    /** The code of the given step: what an authenticator shows during it. */
    public static String codeAt(String secret, long step) {
        return codeAt(
                new TimeBasedOneTimePasswordGenerator(STEP, DIGITS),
                new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                step);
    }

    /** The otpauth URI of the Key Uri Format that authenticator apps read (as text or from a QR code). */
    public static String otpauthUri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** @return the six digits of a code as typed (spaces allowed), or null if it is not one */
    static String digitsOnly(String code) {
        if (code == null || code.length() > 20) {
            return null;
        }
        String digits = code.replace(" ", "");
        return digits.length() == DIGITS && digits.chars().allMatch(c -> c >= '0' && c <= '9') ? digits : null;
    }

    private static String codeAt(TimeBasedOneTimePasswordGenerator generator, SecretKeySpec key, long step) {
        try {
            return generator.generateOneTimePasswordString(
                    key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret is not a valid HMAC key", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
