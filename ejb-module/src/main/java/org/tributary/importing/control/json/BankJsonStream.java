package org.tributary.importing.control.json;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.tributary.importing.control.statement.KeyCounter;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.StatementStream;
import org.tributary.importing.control.statement.UnreadableRowException;

/**
 * A bank's JSON read one transaction at a time, list after list, each list by a fresh reading of the bytes: only the
 * transaction at hand is built, never the document. {@link BankJsonStatementReader#stream} finds the dialect and what
 * the rows depend on once; {@link #reopen} starts again from the first row without finding it anew.
 */
public final class BankJsonStream implements StatementStream {

    static final int MAX_ERRORS = 1_000;

    private final byte[] bytes;
    private final String encoding;
    private final List<TransactionList> lists;
    /** How often each row's id is used in the file, or null to keep ids as they are. */
    private final KeyCounter ids;

    private final int maxErrors;
    private final List<RowError> errors = new ArrayList<>();
    private int errorCount;
    private int list = -1;
    private JsonCursor cursor;

    BankJsonStream(byte[] bytes, String encoding, List<TransactionList> lists, KeyCounter ids, int maxErrors) {
        this.bytes = bytes;
        this.encoding = encoding;
        this.lists = lists;
        this.ids = ids;
        this.maxErrors = maxErrors;
    }

    /** A new stream from the first row of the same file. */
    public BankJsonStream reopen() {
        return new BankJsonStream(bytes, encoding, lists, ids, maxErrors);
    }

    /**
     * The same stream with a row's id dropped where another row of the file shares it (as {@link
     * Statement#withUniqueExternalIds} does), and the number of rows:
     * both found by reading the rows once.
     */
    Counted withUniqueExternalIds() {
        KeyCounter used = new KeyCounter();
        int rows = 0;
        try (BankJsonStream counting = new BankJsonStream(bytes, encoding, lists, null, 0)) {
            for (ParsedRow row = counting.next(); row != null; row = counting.next()) {
                rows++;
                if (row.externalId() != null) {
                    used.add(Statement.externalIdKey(row));
                }
            }
        }
        return new Counted(new BankJsonStream(bytes, encoding, lists, used, maxErrors), rows);
    }

    /** A stream, and how many rows it gives. */
    public record Counted(BankJsonStream stream, int rows) {}

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String encoding() {
        return encoding;
    }

    @Override
    public ParsedRow next() {
        while (true) {
            if (cursor == null) {
                if (++list >= lists.size()) {
                    list = lists.size();
                    return null;
                }
                cursor = new JsonCursor(bytes);
            }
            TransactionList reading = lists.get(list);
            JsonCursor.Item item = cursor.nextItem(reading.where());
            if (item == null) {
                cursor.close();
                cursor = null;
                continue;
            }
            try {
                if (!(item.value() instanceof JsonObject transaction)) {
                    throw UnreadableRowException.notAnObject();
                }
                return unique(reading.reader().read(transaction, item.line(), item.list()));
            } catch (IllegalArgumentException e) {
                errorCount++;
                if (errors.size() < maxErrors) {
                    errors.add(RowError.of(item.line(), e));
                }
            }
        }
    }

    private ParsedRow unique(ParsedRow row) {
        return ids == null || row.externalId() == null || ids.count(Statement.externalIdKey(row)) == 1
                ? row
                : row.withoutExternalId();
    }

    @Override
    public List<RowError> errors() {
        return errors;
    }

    @Override
    public int errorCount() {
        return errorCount;
    }

    @Override
    public int skipped() {
        return 0;
    }

    @Override
    public List<NotHappenedRow> notHappened() {
        return List.of();
    }

    @Override
    public int notHappenedCount() {
        return 0;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }
}
