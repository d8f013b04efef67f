package org.tributary.importing.control;

import java.util.function.Supplier;
import org.tributary.importing.control.statement.StatementStream;

/**
 * A stored file ready to be read from its first row, as often as needed (once by each partition of an
 * import), with what was found about it once: a CSV's layout, a bank JSON's dialect and the ids its rows share,
 * or the whole statement of a format whose files are small. {@code estimatedRows} is at least the number of
 * rows: a CSV's lines, known without reading them; the rows of the others, counted.
 */
public record StatementSource(Supplier<StatementStream> opener, int estimatedRows) {

    public StatementStream open() {
        return opener.get();
    }
}
