package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The preview shows the signs as the upload will read them, and the person's answer turns them. */
class ImportPreviewSignsTest {

    @Test
    void aSureCardExportIsShownTurnedRoundAndTheAnswerTurnsItBack() throws Exception {
        byte[] file = Files.readAllBytes(
                CorpusFiles.root().resolve("csv/tributary-written/card-issuer-charges-positive.csv"));

        ImportPreview detected = ImportPreview.of(file, null, null);
        ImportPreview answered = ImportPreview.of(file, null, null, false);

        assertThat(detected.signs().flipped()).isTrue();
        assertThat(detected.sample().get(0).get("amount")).isEqualTo("-84.12");
        assertThat(detected.sample().get(0).get("type")).isEqualTo("EXPENSE");
        assertThat(answered.signs().upsideDown()).isTrue();
        assertThat(answered.signs().flipped()).isFalse();
        assertThat(answered.sample().get(0).get("amount")).isEqualTo("84.12");
    }

    /** A big file is judged on its first 64 KB, at upload as in the preview: both decide alike. */
    @Test
    void aBigFileIsJudgedOnTheLinesTheUploadJudgesItOn() {
        StringBuilder csv = new StringBuilder("Date,Description,Card Member,Amount\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("2026-03-01,GROCERY STORE NUMBER ").append(i).append(",JANE DOE,12.50\n");
        }
        csv.append("2026-03-28,PAYMENT RECEIVED - THANK YOU,JANE DOE,-900.00\n");
        csv.append("2026-03-29,PAYMENT RECEIVED - THANK YOU,JANE DOE,-900.00\n");

        ImportPreview preview = ImportPreview.of(csv.toString().getBytes(StandardCharsets.UTF_8), null, null);

        assertThat(preview.rows()).isEqualTo(3002);
        assertThat(preview.signs().flipped()).isFalse();
    }
}
