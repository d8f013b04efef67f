package org.tributary.importing.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.Statement;

/**
 * A run's file as read, shared by the partitions of its load: the rows, and for each row how many identical
 * rows came before it in the whole file (part of its fingerprint, so it cannot be counted per partition).
 */
final class ParsedFile {

    private final Statement statement;
    private final int[] occurrences;

    ParsedFile(Statement statement) {
        this.statement = statement;
        this.occurrences = occurrences(statement.rows());
    }

    Statement statement() {
        return statement;
    }

    int size() {
        return statement.rows().size();
    }

    ImportItem item(int recordNo) {
        return new ImportItem(recordNo, statement.rows().get(recordNo), occurrences[recordNo]);
    }

    private static int[] occurrences(List<ParsedRow> rows) {
        Map<String, Integer> seen = new HashMap<>();
        int[] occurrences = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow row = rows.get(i);
            String key = Fingerprint.occurrenceKey(
                    row.bookedDate(), row.amount(), row.description() + " " + row.fingerprintCounterparty());
            occurrences[i] = seen.merge(key, 1, Integer::sum) - 1;
        }
        return occurrences;
    }
}
