package org.tributary.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** What an authenticator app does with the secret the server gave: RFC 6238 codes, 6 digits, 30 s steps. */
public final class Authenticator {

    private static final Duration STEP = Duration.ofSeconds(30);

    private final SecretKeySpec key;

    public Authenticator(String base32Secret) {
        this.key = new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1");
    }

    public static long currentStep() {
        return Instant.now().getEpochSecond() / STEP.toSeconds();
    }

    public String codeAt(long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator(STEP, 6)
                    .generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
