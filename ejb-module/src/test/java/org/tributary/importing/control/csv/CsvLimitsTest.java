package org.tributary.importing.control.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** The caps of decision 38: a file-level fault refuses the file with its line, a row fault is a row error. */
class CsvLimitsTest {

    private static final String HEAD = "Date;Amount;Description\n2024-05-02;-1.00;BAKERY\n";

    @Test
    void aQuoteNeverClosedRefusesTheFileWithTheLineItOpensOn() {
        String csv = HEAD + "2024-05-03;-2.00;\"SHOP\n2024-05-04;-3.00;CAFE\n";

        assertThatThrownBy(() -> CsvStatementReader.read(bytes(csv), "EUR"))
                .isInstanceOfSatisfying(UnreadableStatementException.class, e -> {
                    assertThat(e.code()).isEqualTo(UnreadableStatementException.UNCLOSED_QUOTE);
                    assertThat(e.arguments()).first().isEqualTo("3");
                });
        assertThatThrownBy(() -> drain(CsvStream.open(bytes(csv), "EUR", null, 0)))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void aQuotedCellOverALineBreakIsStillOneCell() {
        String csv = HEAD + "2024-05-03;-2.00;\"SHOP\nBERLIN\"\n";

        assertThat(CsvStatementReader.read(bytes(csv), "EUR").rows())
                .extracting(r -> r.description())
                .containsExactly("BAKERY", "SHOP BERLIN");
    }

    @Test
    void theFirstPartOfAFileMayEndInsideAQuotedCell() {
        String start = HEAD + "2024-05-03;-2.00;\"SHOP\n";

        assertThat(CsvStatementReader.read(bytes(start), "EUR", null, false).rows())
                .hasSize(1);
    }

    @Test
    void aLineTooLongRefusesTheFileWithItsNumber() {
        String csv = HEAD + "2024-05-03;-2.00;" + "A".repeat(CsvLimits.MAX_LINE) + "\n";

        assertThatThrownBy(() -> CsvStatementReader.read(bytes(csv), "EUR"))
                .isInstanceOfSatisfying(UnreadableStatementException.class, e -> {
                    assertThat(e.code()).isEqualTo(UnreadableStatementException.LINE_TOO_LONG);
                    assertThat(e.arguments()).first().isEqualTo("3");
                });
    }

    @Test
    void aCellTooLongIsARowErrorAndTheOtherRowsAreRead() {
        String csv = HEAD + "2024-05-03;-2.00;" + "A".repeat(CsvLimits.MAX_CELL + 1) + "\n2024-05-04;-3.00;CAFE\n";

        CsvStatement statement = CsvStatementReader.read(bytes(csv), "EUR");

        assertThat(statement.rows()).extracting(r -> r.description()).containsExactly("BAKERY", "CAFE");
        assertThat(statement.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.code()).isEqualTo("cell-too-long");
        });
    }

    /**
     * The operation count of the doubling test: the characters taken from the file before an unclosed quote
     * refuses it stay the same when the rest of the file doubles (OpenCSV alone glues the rest of the file
     * into one growing cell, copying it again at each line: quadratic).
     */
    @Test
    void anUnclosedQuoteIsFoundAfterABoundedPartOfTheFileWhateverFollows() {
        long small = charsReadBeforeRefusal(100_000);
        long large = charsReadBeforeRefusal(200_000);

        assertThat(large).isEqualTo(small);
        assertThat(small).isLessThan(100L * CsvLimits.MAX_RECORD_LINES + 2 * 8192);
    }

    private static long charsReadBeforeRefusal(int linesAfter) {
        StringBuilder csv = new StringBuilder(HEAD).append("2024-05-03;-2.00;\"SHOP\n");
        for (int i = 0; i < linesAfter; i++) {
            csv.append("2024-05-04;-3.00;CAFE\n");
        }
        CountingReader counted = new CountingReader(new StringReader(csv.toString()));
        try (CsvTable.Cursor cursor = new CsvTable.Cursor(counted, ';')) {
            assertThatThrownBy(() -> {
                        while (cursor.next() != null) {
                            // read on
                        }
                    })
                    .isInstanceOf(UnreadableStatementException.class);
        }
        return counted.read;
    }

    private static final class CountingReader extends Reader {
        private final Reader in;
        private long read;

        CountingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static void drain(CsvStream stream) {
        try (stream) {
            while (stream.next() != null) {
                // read on
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
