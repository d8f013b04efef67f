package org.tributary.importing.control.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.tributary.importing.control.statement.KeyCounter;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.StatementStream;

/**
 * A CSV export read one row at a time. A file up to {@link #IN_MEMORY_BYTES} is read as {@link
 * CsvStatementReader#read} reads it. A larger one is never held as text or rows: the separator is chosen
 * on its first lines; a first pass keeps its first {@link #HEAD_RECORDS} records (junk lines, the header,
 * the first transactions) and an even sample of the rest, from which the roles of the columns are judged as
 * for a small file; a second pass reads only the columns whose whole content decides the layout (every
 * distinct date, the decimal-separator votes of every amount, whether the id column repeats a value); then
 * the rows are read. The layout can be kept and a stream opened on it again ({@link #reopen}), e.g. by
 * each partition of an import, without finding it anew.
 */
public final class CsvStream implements StatementStream {

    static final int IN_MEMORY_BYTES = 4 << 20;
    static final int HEAD_RECORDS = 1_000;
    private static final int HEAD_LINES = 500;
    private static final int SAMPLE = 4_000;
    /** Past this many distinct values a column is timestamps, not dates: more of them cannot change the order. */
    private static final int MAX_DISTINCT_DATES = 100_000;

    static final int MAX_ERRORS = 1_000;

    private final byte[] bytes;
    private final CsvLayout layout;
    private final String currency;
    private final CsvStatementReader.RowInterpreter interpreter;
    private final Iterator<CsvTable.Record> records;
    private final CsvTable.Cursor cursor;

    private CsvStream(byte[] bytes, CsvLayout layout, String currency, CsvTable held) {
        this.bytes = bytes;
        this.layout = layout;
        this.currency = currency;
        this.interpreter = new CsvStatementReader.RowInterpreter(layout, currency, MAX_ERRORS);
        if (held != null) {
            this.records = held.records().iterator();
            this.cursor = null;
        } else {
            this.records = null;
            this.cursor = new CsvTable.Cursor(TextDecoder.reader(bytes), layout.delimiter());
        }
    }

    static CsvStream open(byte[] bytes, String defaultCurrency, CsvMapping mapping) {
        return open(bytes, defaultCurrency, mapping, IN_MEMORY_BYTES);
    }

    /** @param inMemoryBytes up to which size a file is held to find its layout (tests make it 0) */
    static CsvStream open(byte[] bytes, String defaultCurrency, CsvMapping mapping, int inMemoryBytes) {
        String currency = CsvStatementReader.currency(mapping, defaultCurrency);
        if (bytes.length <= inMemoryBytes) {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            CsvTable table = CsvTable.detect(decoded.text());
            CsvLayout layout =
                    CsvStatementReader.layout(decoded.charset().name(), table, mapping, CsvStatementReader::inMemory);
            return new CsvStream(bytes, layout, currency, table);
        }
        CsvTable surveyed = survey(bytes);
        CsvLayout layout = CsvStatementReader.layout(
                TextDecoder.charsetOf(bytes).name(),
                surveyed,
                mapping,
                (data, line, dates, amounts, id) ->
                        wholeColumns(bytes, surveyed.separator(), line, dates, amounts, id));
        return new CsvStream(bytes, layout, currency, null);
    }

    /** A new stream from the first row of the same file, with the layout already found. */
    public CsvStream reopen() {
        return new CsvStream(bytes, layout, currency, null);
    }

    public CsvLayout layout() {
        return layout;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String encoding() {
        return layout.encoding();
    }

    @Override
    public ParsedRow next() {
        for (CsvTable.Record record = nextRecord(); record != null; record = nextRecord()) {
            ParsedRow row = interpreter.interpret(record);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    private CsvTable.Record nextRecord() {
        if (cursor != null) {
            return cursor.next();
        }
        return records.hasNext() ? records.next() : null;
    }

    @Override
    public List<RowError> errors() {
        return interpreter.errors();
    }

    @Override
    public int errorCount() {
        return interpreter.errorCount();
    }

    @Override
    public int skipped() {
        return interpreter.skipped();
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
    }

    /**
     * The separator from the first lines, then the first records and an even sample of the others: the
     * sample keeps every n-th record, and when it is full every other one is let go and n doubles.
     */
    private static CsvTable survey(byte[] bytes) {
        CsvTable head = CsvTable.detect(headLines(bytes));
        List<CsvTable.Record> first = new ArrayList<>(HEAD_RECORDS);
        List<CsvTable.Record> sample = new ArrayList<>();
        long step = 1;
        long seen = 0;
        try (CsvTable.Cursor cursor = new CsvTable.Cursor(TextDecoder.reader(bytes), head.separator())) {
            for (CsvTable.Record record = cursor.next(); record != null; record = cursor.next()) {
                if (first.size() < HEAD_RECORDS) {
                    first.add(record);
                    continue;
                }
                if (record.nonBlank() < 2 || seen++ % step != 0) {
                    continue;
                }
                sample.add(record);
                if (sample.size() == SAMPLE) {
                    List<CsvTable.Record> half = new ArrayList<>(SAMPLE);
                    for (int i = 0; i < sample.size(); i += 2) {
                        half.add(sample.get(i));
                    }
                    sample = half;
                    step *= 2;
                }
            }
        }
        first.addAll(sample);
        return new CsvTable(head.separator(), first, head.modalWidth(), head.modalCount());
    }

    private static String headLines(byte[] bytes) {
        StringBuilder head = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(TextDecoder.reader(bytes))) {
            String line;
            for (int i = 0; i < HEAD_LINES && (line = lines.readLine()) != null; i++) {
                head.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return head.toString();
    }

    /** The second pass: the records from the first transaction on, only the columns the layout needs whole. */
    private static CsvStatementReader.ColumnFacts wholeColumns(
            byte[] bytes, char separator, int firstDataLine, int[] dateColumns, int[] amountColumns, int id) {
        Set<String> dates = new HashSet<>();
        AmountFormat.Tally amounts = new AmountFormat.Tally();
        KeyCounter ids = id < 0 ? null : new KeyCounter();
        boolean idUnique = true;
        try (CsvTable.Cursor cursor = new CsvTable.Cursor(reader(bytes), separator)) {
            for (CsvTable.Record record = cursor.next(); record != null; record = cursor.next()) {
                if (record.line() < firstDataLine || record.nonBlank() < 2) {
                    continue;
                }
                addNonBlank(record, dateColumns, dates);
                for (int column : amountColumns) {
                    String value = CsvStatementReader.cell(record.cells(), column);
                    if (!value.isBlank()) {
                        amounts.add(value);
                    }
                }
                if (idUnique && ids != null) {
                    String value = CsvStatementReader.cell(record.cells(), id);
                    idUnique = !value.isBlank() && ids.add(value) == 0;
                }
            }
        }
        return new CsvStatementReader.ColumnFacts(dates, amounts.result(), idUnique);
    }

    private static void addNonBlank(CsvTable.Record record, int[] columns, Collection<String> into) {
        for (int column : columns) {
            String value = CsvStatementReader.cell(record.cells(), column);
            if (!value.isBlank() && into.size() < MAX_DISTINCT_DATES) {
                into.add(value);
            }
        }
    }

    private static Reader reader(byte[] bytes) {
        return TextDecoder.reader(bytes);
    }
}
