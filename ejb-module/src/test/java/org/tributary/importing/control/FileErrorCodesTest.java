package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** A file no reader can use fails with a code (and its values) the portal puts into the reader's language. */
class FileErrorCodesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "OFX     | <?xml version=\"1.0\"?><HTML/>                    | not-the-format | OFX",
                "MT940   | hello                                            | not-the-format | MT940",
                "QIF     | hello                                            | not-the-format | QIF",
                "NORMA43 | hello                                            | not-the-format | Norma 43",
                "CAMT053 | <Document><Other/></Document>                    | not-the-format | CAMT",
                "CAMT053 | '<Document>\n<BkToCstmrStmt>\n<Stmt></Document>' | malformed-at   | XML;3",
                "JSON    | '{\"error\": 1, \"status_code\": 500}'           | bank-error-response | 500",
                "CSV     | hello                                            | no-columns     | ''",
            })
    void eachFormatSaysWhyInACode(StatementFormat format, String content, String code, String arguments) {
        assertThatThrownBy(() -> StatementReaders.read(format, content.getBytes(StandardCharsets.UTF_8), "EUR"))
                .isInstanceOfSatisfying(UnreadableStatementException.class, e -> {
                    Assertions.assertThat(e.code()).isEqualTo(code);
                    Assertions.assertThat(e.arguments())
                            .isEqualTo(
                                    arguments == null || arguments.isEmpty()
                                            ? List.of()
                                            : List.of(arguments.split(";")));
                });
    }

    @Test
    void anEmptyFileIsEmpty() {
        assertThatThrownBy(() -> StatementFormat.detect(null, new byte[0]))
                .isInstanceOfSatisfying(
                        UnreadableStatementException.class,
                        e -> Assertions.assertThat(e.code()).isEqualTo(UnreadableStatementException.EMPTY_FILE));
    }
}
