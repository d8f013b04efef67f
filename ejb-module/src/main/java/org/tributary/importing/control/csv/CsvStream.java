package org.tributary.importing.control.csv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.tributary.importing.control.statement.KeyCounter;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.StatementStream;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * A CSV export read one row at a time. A file up to {@link #IN_MEMORY_BYTES} is read as {@link
 * CsvStatementReader#read} reads it. A larger one is never held as text or rows: the separator is chosen
 * on its first lines; its first {@link #HEAD_RECORDS} records (junk lines, the header, the first
 * transactions) and an even sample of the rest, read where it lies, are what the roles of the columns are
 * judged on, as for a small file; one pass then reads only the columns whose whole content decides the
 * layout (every distinct date, the decimal-separator votes of every amount, whether the id column repeats
 * a value); then
 * the rows are read. The layout can be kept and a stream opened on it again ({@link #reopen}), e.g. by
 * each partition of an import, without finding it anew.
 */
public final class CsvStream implements StatementStream {

    static final int IN_MEMORY_BYTES = 4 << 20;
    static final int HEAD_RECORDS = 1_000;
    private static final int HEAD_LINES = 500;
    private static final int SAMPLE = 4_000;
    /** What is decoded to read one sampled record: a record longer than this is cut (it is a sample). */
    private static final int SAMPLE_RECORD_BYTES = 16_384;
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
    public List<NotHappenedRow> notHappened() {
        return interpreter.notHappened();
    }

    @Override
    public int notHappenedCount() {
        return interpreter.notHappenedCount();
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
    }

    /**
     * The separator from the first lines, then the first records, then an even sample of the others read
     * where they lie: at {@link #SAMPLE} evenly spaced places in the bytes, the record after the next line
     * break (a line break inside a quoted cell may make one of them a stray half record: the roles are
     * judged by ratios, which one such record does not move). Only the head is read in order; the sample's
     * records are numbered after it, in the order of the file.
     */
    private static CsvTable survey(byte[] bytes) {
        CsvTable head = CsvTable.detect(headLines(bytes), false);
        List<CsvTable.Record> records = new ArrayList<>(HEAD_RECORDS + SAMPLE);
        boolean more;
        try (CsvTable.Cursor cursor = new CsvTable.Cursor(TextDecoder.reader(bytes), head.separator())) {
            CsvTable.Record record = cursor.next();
            while (record != null && records.size() < HEAD_RECORDS) {
                records.add(record);
                record = cursor.next();
            }
            more = record != null;
        }
        Charset charset = TextDecoder.charsetOf(bytes);
        if (more
                && charset.newEncoder().maxBytesPerChar() <= 4
                && !charset.name().startsWith("UTF-16")) {
            int line = records.get(records.size() - 1).line();
            for (int i = 1; i < SAMPLE; i++) {
                CsvTable.Record sampled = recordAfter(bytes, (int) ((long) bytes.length * i / SAMPLE), charset, head);
                if (sampled != null && sampled.nonBlank() >= 2) {
                    records.add(new CsvTable.Record(++line, sampled.cells()));
                }
            }
        }
        return new CsvTable(head.separator(), records, head.modalWidth(), head.modalCount());
    }

    /** The record that starts after the first line break at or past the offset (0x0A is a line break in every single-byte and multi-byte ASCII-compatible encoding). */
    private static CsvTable.Record recordAfter(byte[] bytes, int offset, Charset charset, CsvTable head) {
        int start = offset;
        while (start < bytes.length && bytes[start] != '\n') {
            start++;
        }
        if (++start >= bytes.length) {
            return null;
        }
        int length = Math.min(bytes.length - start, SAMPLE_RECORD_BYTES);
        Reader text = new InputStreamReader(new ByteArrayInputStream(bytes, start, length), charset);
        try (CsvTable.Cursor cursor = new CsvTable.Cursor(text, head.separator(), true)) {
            return cursor.next();
        }
    }

    private static String headLines(byte[] bytes) {
        StringBuilder head = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new BoundedLines(TextDecoder.reader(bytes)))) {
            String line;
            for (int i = 0; i < HEAD_LINES && (line = lines.readLine()) != null; i++) {
                head.append(line).append('\n');
            }
        } catch (BoundedLines.LineTooLongException e) {
            throw UnreadableStatementException.lineTooLong(e.line(), CsvLimits.MAX_LINE);
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
