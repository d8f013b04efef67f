package org.tributary.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 secret, as Base32. */
    private static final String RFC_SECRET =
            new Base32().encodeToString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theCodesAreThoseOfRfc6238() {
        // Appendix B: 94287082 at T=59 s, 07081804 at T=1111111109 s; six digits are their last six.
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(59))))
                .isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
    }

    @Test
    void oneStepEitherSideIsAcceptedButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, -1))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, -1))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now, -1))
                .isEmpty();
    }

    @Test
    void aStepAlreadyUsedDoesNotMatchAgain() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        String code = Totp.codeAt(RFC_SECRET, step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, step))
                .isEmpty();
    }

    @Test
    void onlySixDigitsAreACode() {
        assertThat(Totp.digitsOnly("123 456")).isEqualTo("123456");
        assertThat(Totp.digitsOnly("12345")).isNull();
        assertThat(Totp.digitsOnly("12345a")).isNull();
        assertThat(Totp.digitsOnly("1".repeat(10_000))).isNull();
        assertThat(Totp.digitsOnly(null)).isNull();
    }

    @Test
    void theOtpauthUriNamesIssuerAccountAndSecret() {
        assertThat(Totp.otpauthUri("Tributary", "a+b@example.test", "ABC"))
                .isEqualTo("otpauth://totp/Tributary:a%2Bb%40example.test?secret=ABC&issuer=Tributary"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTenDistinctAndTheirHashIgnoresCaseAndDashes() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
        String code = codes.get(0);
        assertThat(RecoveryCodes.hashOf(code.toUpperCase().replace("-", " "))).isEqualTo(RecoveryCodes.hashOf(code));
        assertThat(RecoveryCodes.hashOf("short")).isNull();
    }
}
