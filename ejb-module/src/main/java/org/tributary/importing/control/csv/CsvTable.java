package org.tributary.importing.control.csv;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** The file split into records by OpenCSV with one separator, each record with the line it starts on. */
record CsvTable(char separator, List<Record> records, int modalWidth, int modalCount) {

    record Record(int line, List<String> cells) {
        int nonBlank() {
            int nonBlank = 0;
            for (String cell : cells) {
                nonBlank += cell.isBlank() ? 0 : 1;
            }
            return nonBlank;
        }
    }

    static final char[] CANDIDATES = {';', ',', '\t', '|'};
    private static final int SAMPLE_LINES = 500;

    /**
     * The separator that splits the typical record into the most fields: the median width of the non-blank
     * records decides, then how many records share the most common width.
     */
    static CsvTable detect(String text) {
        return detect(text, true);
    }

    /**
     * @param whole whether the text is the whole file, or only its first lines (then a quote left open at its
     *     end is a cell that goes on past them, not a fault)
     */
    static CsvTable detect(String text, boolean whole) {
        String head = head(text);
        boolean headWhole = whole && head.length() == text.length();
        CsvTable best = null;
        int bestMedian = -1;
        for (char separator : CANDIDATES) {
            CsvTable table = read(head, separator, headWhole);
            int median = table.medianWidth();
            if (best == null || median > bestMedian || median == bestMedian && table.modalCount > best.modalCount) {
                best = table;
                bestMedian = median;
            }
        }
        return head.length() == text.length() ? best : read(text, best.separator, whole);
    }

    /** The first lines are enough to choose the separator; the whole file is then split once. */
    private static String head(String text) {
        int end = 0;
        for (int lines = 0; lines < SAMPLE_LINES && end >= 0; lines++) {
            end = text.indexOf('\n', end + 1);
        }
        return end < 0 ? text : text.substring(0, end + 1);
    }

    int medianWidth() {
        int[] widths = records.stream()
                .filter(r -> r.nonBlank() > 0)
                .mapToInt(r -> trimmedWidth(r.cells()))
                .sorted()
                .toArray();
        return widths.length == 0 ? 0 : widths[widths.length / 2];
    }

    static CsvTable read(String text, char separator) {
        return read(text, separator, true);
    }

    private static CsvTable read(String text, char separator, boolean whole) {
        List<Record> records = new ArrayList<>();
        try (Cursor cursor = new Cursor(new StringReader(text), separator, !whole)) {
            for (Record record = cursor.next(); record != null; record = cursor.next()) {
                records.add(record);
            }
        }
        Map<Integer, Integer> widths = new HashMap<>();
        for (Record record : records) {
            int width = trimmedWidth(record.cells());
            if (width >= 2) {
                widths.merge(width, 1, Integer::sum);
            }
        }
        int modalWidth = 0;
        int modalCount = 0;
        for (Map.Entry<Integer, Integer> entry : widths.entrySet()) {
            int count = entry.getValue() + widths.getOrDefault(entry.getKey() + 1, 0) / 2;
            if (count > modalCount || count == modalCount && entry.getKey() > modalWidth) {
                modalWidth = entry.getKey();
                modalCount = count;
            }
        }
        return new CsvTable(separator, records, modalWidth, modalCount);
    }

    /** Width without trailing empty cells (a trailing separator on every line is common). */
    static int trimmedWidth(List<String> cells) {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    /**
     * The records of a text one at a time, each with the line it starts on: what a file too large to hold
     * is read with. Only the record at hand is in memory, and it is bounded ({@link CsvLimits}): a longer
     * line, or a quote left open, refuses the file with the line number.
     */
    static final class Cursor implements AutoCloseable {

        private final CSVReader reader;
        private final boolean cutShort;
        private long linesBefore;
        private boolean ended;

        Cursor(Reader text, char separator) {
            this(text, separator, false);
        }

        /**
         * @param cutShort the text is cut out of a longer file (its first lines, or a sample): a record left open
         *     at its end is where it was cut, and ends the text instead of refusing it
         */
        Cursor(Reader text, char separator, boolean cutShort) {
            this.cutShort = cutShort;
            reader = new CSVReaderBuilder(new BoundedLines(text))
                    .withCSVParser(
                            new CSVParserBuilder().withSeparator(separator).build())
                    .withKeepCarriageReturn(false)
                    .withMultilineLimit(CsvLimits.MAX_RECORD_LINES)
                    .build();
        }

        /**
         * @return the next record, or null at the end of the text
         * @throws UnreadableStatementException on a line too long or a quote not closed
         */
        Record next() {
            if (ended) {
                return null;
            }
            int line = (int) linesBefore + 1;
            try {
                String[] cells = readNext(reader);
                if (cells == null) {
                    return null;
                }
                linesBefore = reader.getLinesRead();
                return new Record(
                        line, Arrays.stream(cells).map(CsvTable::clean).toList());
            } catch (BoundedLines.LineTooLongException e) {
                throw UnreadableStatementException.lineTooLong(e.line(), CsvLimits.MAX_LINE);
            } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
                if (cutShort) {
                    ended = true;
                    return null;
                }
                throw UnreadableStatementException.unclosedQuote(line, CsvLimits.MAX_RECORD_LINES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String[] readNext(CSVReader reader) throws IOException {
        try {
            return reader.readNext();
        } catch (CsvException e) {
            return new String[] {""};
        }
    }

    private static String clean(String cell) {
        String value = cell.replace("\u0000", "").strip();
        // Excel guards: ="0123" and a leading apostrophe keep leading zeros; neither is data.
        if (value.startsWith("=\"") && value.endsWith("\"")) {
            value = value.substring(2, value.length() - 1);
        }
        if (value.startsWith("'") && !value.endsWith("'")) {
            value = value.substring(1);
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        return value.replace('\u00AD', ' ').strip();
    }
}
