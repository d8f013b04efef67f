package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.UserRules;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.Statement;

/**
 * Every row of the corpus keeps the fingerprint it had when it was first imported: a user who imports an
 * overlapping statement again after an upgrade gets no duplicates. The expected fingerprints were recorded
 * before the CSV reader told payers from payees (which changed the counterparty the fingerprint reads); a
 * change of the readers that moves a fingerprint fails here.
 */
class FingerprintStabilityTest {

    static final Path GOLDEN = Path.of("src/test/resources/org/tributary/importing/control/corpus-fingerprints.tsv");
    private static final UUID SOURCE = new UUID(0, 1);

    static List<String> fingerprints() throws IOException {
        List<String> lines = new ArrayList<>();
        Normaliser.ImportContext context =
                new Normaliser.ImportContext(new UUID(0, 2), SOURCE, new UUID(0, 3), "EUR", UserRules.NONE);
        for (CorpusFiles.Entry entry : CorpusFiles.entries()) {
            if (!Files.isRegularFile(entry.path())) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(entry.path());
            StatementFormat format = StatementFormat.sniff(bytes).orElse(null);
            if (format == null) {
                continue;
            }
            Statement statement;
            try {
                statement = StatementReaders.read(format, bytes, "EUR");
            } catch (RuntimeException unreadable) {
                continue;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (ParsedRow row : statement.rows()) {
                String key = Fingerprint.occurrenceKey(
                        row.bookedDate(), row.amount(), row.description() + " " + row.fingerprintCounterparty());
                int occurrence = seen.merge(key, 1, Integer::sum) - 1;
                lines.add(entry.file() + "\t" + row.line() + "\t"
                        + Normaliser.normalise(context, row, occurrence)
                                .fingerprint()
                                .value());
            }
        }
        return lines;
    }

    @Test
    void theCorpusRowsKeepTheirFingerprints() throws IOException {
        assertThat(fingerprints()).containsExactlyElementsOf(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
    }
}
