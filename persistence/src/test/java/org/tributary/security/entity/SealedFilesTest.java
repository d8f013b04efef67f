package org.tributary.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SealedFilesTest {

    private static final byte[] KEY_1 = new byte[32];
    private static final byte[] KEY_2 = new byte[32];

    static {
        Arrays.fill(KEY_2, (byte) 7);
    }

    private final SealedFiles k1 = new SealedFiles(new SecretCipher(Map.of("k1", KEY_1), "k1"));

    @Test
    void opensWhatItSealedAtEverySizeAroundTheChunkBoundaries() {
        Random random = new Random(42);
        for (int size : new int[] {
            0,
            1,
            100,
            SealedFiles.CHUNK - 1,
            SealedFiles.CHUNK,
            SealedFiles.CHUNK + 1,
            3 * SealedFiles.CHUNK,
            3 * SealedFiles.CHUNK + 17
        }) {
            byte[] plain = new byte[size];
            random.nextBytes(plain);
            byte[] sealed = k1.seal(plain);
            assertThat(sealed.length).as("size %d", size).isEqualTo(SealedFiles.sealedSize(size));
            assertThat(k1.open("k1", sealed)).as("size %d", size).isEqualTo(plain);
        }
    }

    @Test
    void theSealedBytesDoNotShowTheFile() {
        byte[] plain = "Date,Description,Amount\n2024-01-02,Rent,-900.00\n"
                .repeat(1000)
                .getBytes();
        byte[] sealed = k1.seal(plain);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Rent");
    }

    @Test
    void aTruncatedReorderedOrAlteredFileDoesNotOpen() {
        byte[] plain = new byte[3 * SealedFiles.CHUNK];
        new Random(1).nextBytes(plain);
        byte[] sealed = k1.seal(plain);
        int chunk = 12 + SealedFiles.CHUNK + 16;
        byte[] withoutLastChunk = Arrays.copyOf(sealed, sealed.length - chunk);
        assertThatThrownBy(() -> k1.open("k1", withoutLastChunk)).isInstanceOf(IllegalStateException.class);
        byte[] altered = sealed.clone();
        altered[100] ^= 1;
        assertThatThrownBy(() -> k1.open("k1", altered)).isInstanceOf(IllegalStateException.class);
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, 21, swapped, 21 + chunk, chunk);
        System.arraycopy(sealed, 21 + chunk, swapped, 21, chunk);
        assertThatThrownBy(() -> k1.open("k1", swapped)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFileSealedWithAnOldKeyOpensWhileThatKeyIsConfigured() {
        byte[] sealed = k1.seal("old".getBytes());
        SealedFiles both = new SealedFiles(new SecretCipher(Map.of("k1", KEY_1, "k2", KEY_2), "k2"));
        assertThat(both.open("k1", sealed)).isEqualTo("old".getBytes());
        assertThat(both.activeKeyId()).isEqualTo("k2");
        SealedFiles onlyNew = new SealedFiles(new SecretCipher(Map.of("k2", KEY_2), "k2"));
        assertThatThrownBy(() -> onlyNew.open("k1", sealed)).hasMessageContaining("no key k1");
        assertThatThrownBy(() -> onlyNew.open("k2", sealed)).isInstanceOf(IllegalStateException.class);
    }
}
