package org.tributary.importing.control.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * Streaming a CSV gives exactly the rows reading it whole gives, also when its layout is found by the passes
 * for a file too large to hold (forced here on every corpus file), and the whole-file decisions still see the
 * whole file: a date that settles the order on the last line of a large file.
 */
class CsvStreamTest {

    static Stream<Arguments> csvFiles() {
        return CorpusFiles.entries().stream()
                .filter(e -> e.format().startsWith("CSV") || e.format().startsWith("TSV"))
                .filter(e -> e.transactions() > 0)
                .map(e -> Arguments.of(e.file(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFiles")
    void theSurveyedLayoutReadsEveryCorpusFileAsReadingItWholeDoes(String file, CorpusFiles.Entry entry)
            throws Exception {
        byte[] bytes = Files.readAllBytes(entry.path());
        CsvStatement whole = CsvStatementReader.read(bytes, "EUR");

        try (CsvStream held = CsvStream.open(bytes, "EUR", null);
                CsvStream surveyed = CsvStream.open(bytes, "EUR", null, 0)) {
            assertThat(rows(held)).isEqualTo(whole.rows());
            assertThat(held.errors()).isEqualTo(whole.errors());
            assertThat(held.skipped()).isEqualTo(whole.skipped());
            assertThat(held.notHappened()).isEqualTo(whole.notHappened());
            assertThat(held.notHappenedCount()).isEqualTo(whole.notHappened().size());
            assertThat(surveyed.layout()).isEqualTo(whole.layout());
            assertThat(rows(surveyed)).isEqualTo(whole.rows());
            assertThat(rows(surveyed.reopen())).as("reopened").isEqualTo(whole.rows());
        }
    }

    @Test
    void aLargeFileIsStreamedWithTheDateOrderItsLastLineSettles() {
        StringBuilder csv = new StringBuilder("Date,Description,Amount\n");
        for (int i = 0; i < 150_000; i++) { // about 5 MB: past what is held
            csv.append(String.format(
                    "%02d/%02d/2024,Coffee shop %d,-%d.%02d%n", 1 + i % 12, 1 + i % 12, i % 97, i % 50, i % 100));
        }
        csv.append("13/05/2024,Bookshop,-12.50\n"); // only a day comes before a month: day first, all along
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(CsvStream.IN_MEMORY_BYTES);

        CsvStatement whole = CsvStatementReader.read(bytes, "EUR");
        try (CsvStream stream = CsvStream.open(bytes, "EUR", null)) {
            assertThat(stream.layout().dateFormat().order()).isEqualTo(DateFormat.Order.DMY);
            assertThat(stream.layout()).isEqualTo(whole.layout());
            List<ParsedRow> rows = rows(stream);
            assertThat(rows).hasSize(150_001).isEqualTo(whole.rows());
            assertThat(rows.get(rows.size() - 1).bookedDate()).hasDayOfMonth(13).hasMonthValue(5);
        }
    }

    @Test
    void aLargeFileWithoutColumnsIsRefusedAsAWholeOneIs() {
        byte[] bytes = "just some words on a line\n".repeat(250_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvStream.open(bytes, "EUR", null)).isInstanceOf(UnreadableStatementException.class);
    }

    private static List<ParsedRow> rows(CsvStream stream) {
        List<ParsedRow> rows = new ArrayList<>();
        for (ParsedRow row = stream.next(); row != null; row = stream.next()) {
            rows.add(row);
        }
        return rows;
    }
}
