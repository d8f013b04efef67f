package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tributary.importing.control.statement.Statement;

/**
 * Every OFX, QIF, CAMT and MT940 statement of the corpus, recognised from its bytes alone, gives the number
 * of transactions the README states.
 */
class FormatCorpusTest {

    static Stream<Arguments> files() {
        return CorpusFiles.entries().stream()
                .filter(e -> Stream.of("mt940/", "qif/", "ofx/", "camt05", "csb43-norma43/")
                        .anyMatch(e.file()::startsWith))
                .map(e -> Arguments.of(e.file(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsTheStatedNumberOfTransactions(String file, CorpusFiles.Entry entry) throws Exception {
        byte[] bytes = Files.readAllBytes(entry.path());

        Statement statement = StatementReaders.read(StatementFormat.sniff(bytes).orElseThrow(), bytes, "EUR");

        assertThat(statement.rows()).as("errors: " + statement.errors()).hasSize(entry.transactions());
        assertThat(statement.errors()).isEmpty();
    }
}
