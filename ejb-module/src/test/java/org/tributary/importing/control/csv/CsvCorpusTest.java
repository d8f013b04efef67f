package org.tributary.importing.control.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** Every CSV of the corpus read without any configuration gives the number of transactions the README states. */
class CsvCorpusTest {

    /** Where we knowingly differ from the README's count, and why. */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "csv/dutch-banks-ofxstatement/Account_20190101_20200317.csv",
            "27 of 30: three money-market-fund conversion lines move no cash (empty Mutatie) and are skipped");

    static Stream<Arguments> csvFiles() {
        return CorpusFiles.entries().stream()
                .filter(e -> e.format().startsWith("CSV") || e.format().startsWith("TSV"))
                .map(e -> Arguments.of(e.file(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFiles")
    void readsTheStatedNumberOfTransactions(String file, CorpusFiles.Entry entry) throws Exception {
        byte[] bytes = Files.readAllBytes(entry.path());
        if (entry.transactions() == 0) {
            assertThatThrownBy(() -> CsvStatementReader.read(bytes, "EUR"))
                    .as("a file without transactions is refused with a reason")
                    .isInstanceOf(UnreadableStatementException.class);
            return;
        }
        CsvStatement statement = CsvStatementReader.read(bytes, "EUR");
        if (EXCEPTIONS.containsKey(file)) {
            int expected = Integer.parseInt(EXCEPTIONS.get(file).replaceAll("^(\\d+).*", "$1"));
            assertThat(statement.rows()).as(EXCEPTIONS.get(file)).hasSize(expected);
            return;
        }

        assertThat(statement.rows()).as(describe(statement)).hasSize(entry.transactions());
        assertThat(statement.errors()).as(describe(statement)).isEmpty();
    }

    static String describe(CsvStatement statement) {
        CsvLayout l = statement.layout();
        return "enc=" + l.encoding() + " sep=" + l.delimiter() + " header=" + l.headerLine() + " date=" + l.date()
                + " amount=" + l.amount() + " debit=" + l.debit() + " credit=" + l.credit() + " dir=" + l.direction()
                + " desc=" + l.description() + " errors=" + statement.errors() + " skipped=" + statement.skipped()
                + " first="
                + (statement.rows().isEmpty() ? "-" : statement.rows().get(0));
    }
}
