package org.tributary.importing.control.json;

import jakarta.json.JsonObject;
import org.tributary.importing.control.statement.ParsedRow;

/** Transaction lists of a dialect (where they lie in the document) and how each of their transactions is read. */
record TransactionList(ListPattern where, RowReader reader) {

    /**
     * Reads one transaction object, which opens on the given line of the file, in the list at the given pointer;
     * throws IllegalArgumentException, best an UnreadableRowException.
     */
    @FunctionalInterface
    interface RowReader {
        ParsedRow read(JsonObject transaction, int line, String list);
    }

    static TransactionList at(String pointer, RowReader reader) {
        return new TransactionList(ListPattern.of(pointer), reader);
    }
}
