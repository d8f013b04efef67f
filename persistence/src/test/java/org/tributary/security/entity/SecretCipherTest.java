package org.tributary.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] KEY_1 = new byte[32];
    private static final byte[] KEY_2 = Base64.getDecoder().decode("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");

    @Test
    void opensWhatItSealedAndHidesThePlaintext() {
        SecretCipher cipher = new SecretCipher(Map.of("k1", KEY_1), "k1");

        String sealed = cipher.seal("{\"token\":\"s3cr3t\"}");

        assertThat(sealed).startsWith("v1.k1.").doesNotContain("s3cr3t");
        assertThat(cipher.open(sealed)).isEqualTo("{\"token\":\"s3cr3t\"}");
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentCiphertexts() {
        SecretCipher cipher = new SecretCipher(Map.of("k1", KEY_1), "k1");

        assertThat(cipher.seal("same")).isNotEqualTo(cipher.seal("same"));
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        String old = new SecretCipher(Map.of("k1", KEY_1), "k1").seal("old secret");
        SecretCipher rotated = SecretCipher.fromConfiguration(
                "k1:" + Base64.getEncoder().encodeToString(KEY_1) + ", k2:"
                        + Base64.getEncoder().encodeToString(KEY_2),
                "k2");

        assertThat(rotated.open(old)).isEqualTo("old secret");
        assertThat(rotated.seal("new secret")).startsWith("v1.k2.");
    }

    @Test
    void aTamperedValueOrAnUnknownKeyIsRefused() {
        SecretCipher cipher = new SecretCipher(Map.of("k1", KEY_1), "k1");
        String sealed = cipher.seal("secret");
        char last = sealed.charAt(sealed.length() - 5);
        String tampered = sealed.substring(0, sealed.length() - 5)
                + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 4);

        assertThatThrownBy(() -> cipher.open(tampered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(sealed.replace("v1.k1.", "v1.k9.")))
                .hasMessageContaining("no key k9");
    }

    @Test
    void refusesKeysOfTheWrongSizeAndAMissingActiveKey() {
        assertThatThrownBy(() -> new SecretCipher(Map.of("k1", new byte[16]), "k1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretCipher(Map.of("k1", KEY_1), "k2"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
