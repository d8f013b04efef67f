package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final UUID SOURCE = UUID.fromString("0190a0b0-0000-7000-8000-000000000001");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    @Test
    void theSameRowHasTheSameFingerprintWhateverItsSpacingCaseOrTrailingZeros() {
        assertThat(Fingerprint.ofContent(SOURCE, DAY, new BigDecimal("-4.50"), "Coffee  at\tLUIGI", 0))
                .isEqualTo(Fingerprint.ofContent(SOURCE, DAY, new BigDecimal("-4.5"), "coffee at luigi", 0));
    }

    @Test
    void theSecondIdenticalRowOfAFileIsAnotherTransaction() {
        assertThat(Fingerprint.ofContent(SOURCE, DAY, new BigDecimal("-4.50"), "coffee", 1))
                .isNotEqualTo(Fingerprint.ofContent(SOURCE, DAY, new BigDecimal("-4.50"), "coffee", 0));
    }

    @Test
    void anExternalIdBelongsToItsSource() {
        assertThat(Fingerprint.ofExternalId(SOURCE, " TX-1 ")).isEqualTo(Fingerprint.ofExternalId(SOURCE, "TX-1"));
        assertThat(Fingerprint.ofExternalId(UUID.randomUUID(), "TX-1"))
                .isNotEqualTo(Fingerprint.ofExternalId(SOURCE, "TX-1"));
    }

    /** Migration V8 turned the stored "c:" + hex fingerprints into uuids; a re-import must still meet them. */
    @Test
    void isTheFirstHalfOfTheHashThatWasStoredAsHexBefore() throws Exception {
        String text = SOURCE + "|2025-03-14|-4.5|coffee|0";
        String oldHex = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        String migrated = oldHex.substring(0, 32).replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");

        assertThat(Fingerprint.ofContent(SOURCE, DAY, new BigDecimal("-4.50"), "Coffee", 0)
                        .value())
                .isEqualTo(UUID.fromString(migrated));
    }
}
