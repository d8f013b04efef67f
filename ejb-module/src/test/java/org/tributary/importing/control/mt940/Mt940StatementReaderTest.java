package org.tributary.importing.control.mt940;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;

class Mt940StatementReaderTest {

    @Test
    void anUnreadableStatementLineIsAnIncompleteRecordAtItsLine() {
        String file = String.join(
                "\n",
                ":20:GENERIC",
                ":25:11111111",
                ":28:1",
                ":60F:C110101EUR100,00",
                ":61:110101D10,00N000NONREF",
                ":86:Coffee",
                ":61:NOT A STATEMENT LINE",
                ":86:",
                ":62F:C110201EUR90,00",
                "-");

        Statement statement = Mt940StatementReader.read(file.getBytes(StandardCharsets.US_ASCII), "EUR");

        assertThat(statement.rows()).extracting(ParsedRow::line).containsExactly(5);
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code, RowError::arguments)
                .containsExactly(tuple(7, "incomplete-record", List.of(":61:", "NOT A STATEMENT LINE")));
    }
}
