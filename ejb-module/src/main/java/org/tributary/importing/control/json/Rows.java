package org.tributary.importing.control.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.UnreadableRowException;

/** The rows read from a document so far, and the transactions that could not be read, each at its line. */
final class Rows {

    /** Reads one transaction object, which opens on the given line; throws IllegalArgumentException, best an UnreadableRowException. */
    @FunctionalInterface
    interface RowReader {
        ParsedRow read(JsonObject transaction, int line);
    }

    private final JsonDocument document;
    private final List<ParsedRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    Rows(JsonDocument document) {
        this.document = document;
    }

    /** Every transaction of a list found at a JSON Pointer; nothing when there is no list. */
    void addAll(JsonArray transactions, String pointer, RowReader reader) {
        if (transactions == null) {
            return;
        }
        for (int i = 0; i < transactions.size(); i++) {
            int line = document.line(pointer + "/" + i);
            JsonValue transaction = transactions.get(i);
            try {
                if (!(transaction instanceof JsonObject object)) {
                    throw UnreadableRowException.notAnObject();
                }
                rows.add(reader.read(object, line));
            } catch (IllegalArgumentException e) {
                errors.add(RowError.of(line, e));
            }
        }
    }

    List<ParsedRow> rows() {
        return rows;
    }

    List<RowError> errors() {
        return errors;
    }
}
