package org.tributary.importing.control.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.ParsedRow;

/** Rows a status column says never happened are set aside with the status; pending ones are marked (decision 34). */
class CsvRowStatusTest {

    @Test
    void revolutsDeclinedRevertedAndFailedRowsAreSetAsideWithTheirState() throws Exception {
        CsvStatement statement = read("csv/tributary-written/revolut-declined-reverted.csv");

        assertThat(statement.rows())
                .extracting(ParsedRow::description)
                .containsExactly("Top-Up by *4821", "Lidl", "Rewe", "Bolt");
        assertThat(statement.rows())
                .filteredOn(ParsedRow::pending)
                .extracting(ParsedRow::description)
                .containsExactly("Bolt");
        assertThat(statement.notHappened())
                .extracting(NotHappenedRow::line, NotHappenedRow::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "DECLINED"),
                        org.assertj.core.groups.Tuple.tuple(5, "REVERTED"),
                        org.assertj.core.groups.Tuple.tuple(6, "FAILED"));
        assertThat(statement.notHappened().get(0).cells()).contains("Steam Purchase", "-59.99");
        assertThat(statement.errors()).isEmpty();
        assertThat(statement.skipped()).isZero();
    }

    @Test
    void aRussianStatusColumnIsReadInRussian() throws Exception {
        CsvStatement statement = read("csv/tributary-written/russian-bank-statuses.csv");

        assertThat(statement.rows())
                .extracting(ParsedRow::description)
                .containsExactly("Пятёрочка", "Зарплата", "Перекрёсток", "Аптека");
        assertThat(statement.rows().get(3).pending()).isTrue();
        assertThat(statement.notHappened()).extracting(NotHappenedRow::status).containsExactly("Отклонено", "Отменена");
    }

    @Test
    void paypalsDeniedAndReversedPaymentsAreNotHappened() {
        String csv = "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\"\n"
                + "\"01/03/2026\",\"10:00:00\",\"CET\",\"Shop A\",\"Express Checkout Payment\",\"Completed\",\"EUR\",\"-20.00\"\n"
                + "\"02/03/2026\",\"11:00:00\",\"CET\",\"Shop B\",\"Express Checkout Payment\",\"Denied\",\"EUR\",\"-35.00\"\n"
                + "\"03/03/2026\",\"12:00:00\",\"CET\",\"Shop C\",\"Express Checkout Payment\",\"Reversed\",\"EUR\",\"-12.00\"\n";

        CsvStatement statement = CsvStatementReader.read(csv.getBytes(StandardCharsets.UTF_8), "EUR");

        assertThat(statement.rows()).hasSize(1);
        assertThat(statement.notHappened()).extracting(NotHappenedRow::status).containsExactly("Denied", "Reversed");
    }

    @Test
    void noFileOfTheCorpusHasARowThatDidNotHappen() {
        List<String> found = new java.util.ArrayList<>();
        for (CorpusFiles.Entry entry : CorpusFiles.entries()) {
            if (!entry.format().startsWith("CSV") || !Files.isRegularFile(entry.path())) {
                continue;
            }
            try {
                CsvStatement statement = CsvStatementReader.read(Files.readAllBytes(entry.path()), "EUR");
                statement.notHappened().forEach(row -> found.add(entry.file() + ":" + row.line()));
            } catch (RuntimeException | java.io.IOException unreadable) {
                // the corpus tests say which files are read
            }
        }
        assertThat(found).isEmpty();
    }

    private static CsvStatement read(String file) throws Exception {
        return CsvStatementReader.read(Files.readAllBytes(CorpusFiles.root().resolve(file)), "EUR");
    }
}
