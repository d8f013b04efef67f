package org.tributary.importing.control.norma43;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableStatementException;

class Norma43StatementReaderTest {

    @ParameterizedTest
    @CsvSource({"norma43_parser/example1.n43, 4", "norma43_parser/example2.n43, 4", "trytond-es-csb43/c43.txt, 22"})
    void everyMovementOfTheCorpusFilesIsRead(String file, int transactions) throws Exception {
        Statement statement = read(file);

        assertThat(statement.format()).isEqualTo("norma43");
        assertThat(statement.rows()).hasSize(transactions);
        assertThat(statement.errors()).isEmpty();
        assertThat(statement.rows()).allSatisfy(row -> {
            assertThat(row.currency()).isEqualTo("EUR");
            assertThat(row.amount().scale()).isEqualTo(2);
            assertThat(row.externalId()).isNull();
            assertThat(row.pending()).isFalse();
        });
        assertThat(Norma43StatementReader.looksLikeNorma43(new String(bytes(file), StandardCharsets.ISO_8859_1)))
                .isTrue();
    }

    @Test
    void aCreditWithItsConceptLinesAndTheOriginalRecords() throws Exception {
        ParsedRow first = read("norma43_parser/example1.n43").rows().get(0);

        assertThat(first.line()).isEqualTo(2);
        assertThat(first.bookedDate()).isEqualTo(LocalDate.of(2004, 4, 8));
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2004, 4, 8));
        assertThat(first.amount()).isEqualTo(new BigDecimal("12.34"));
        assertThat(first.description()).isEqualTo("XXXXXXXXX");
        assertThat(first.counterparty()).isEmpty();
        assertThat(first.cells())
                .containsExactly(
                        "2212346700040408040408040072000000000012340000000000000000000000                ",
                        "2301XXXXXXXXX                                                                   ");
    }

    @Test
    void operationAndValueDatesDifferAndTwoConceptRecordsAreJoined() throws Exception {
        Statement statement = read("norma43_parser/example2.n43");
        ParsedRow first = statement.rows().get(0);

        assertThat(first.line()).isEqualTo(2);
        assertThat(first.bookedDate()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(first.amount()).isEqualTo(new BigDecimal("97.26"));
        assertThat(first.description()).isEqualTo("MARIA NARANJO ENFLOR A48555633617 01826874");
        assertThat(first.cells()).hasSize(3);
        assertThat(statement.rows().get(2).description())
                .isEqualTo("NAYARA;MARTINEZ RODRIGUEZ PEDIDO 322200000000 15830001");
        assertThat(statement.rows()).extracting(ParsedRow::line).containsExactly(2, 5, 8, 11);
    }

    @Test
    void debitsAreNegativeAndTheTotalsMatchTheAccountTrailer() throws Exception {
        Statement statement = read("trytond-es-csb43/c43.txt");
        ParsedRow first = statement.rows().get(0);

        assertThat(first.bookedDate()).isEqualTo(LocalDate.of(2011, 11, 11));
        assertThat(first.amount()).isEqualTo(new BigDecimal("-35.60"));
        assertThat(first.description()).isEqualTo("REBUT PARKING EXPENSE");
        assertThat(statement.rows().get(3).amount()).isEqualTo(new BigDecimal("32.46"));
        assertThat(statement.rows().get(3).description()).isEqualTo("TRANSF. SEPA CUSTOMER NAME HERE");
        // Record 33 states 18 debits for 748.49 and 4 credits for 2,036.16.
        assertThat(statement.rows()).filteredOn(r -> r.amount().signum() < 0).hasSize(18);
        assertThat(total(statement, -1)).isEqualTo(new BigDecimal("-748.49"));
        assertThat(total(statement, 1)).isEqualTo(new BigDecimal("2036.16"));
        assertThat(statement.rows().get(21).bookedDate()).isEqualTo(LocalDate.of(2011, 11, 20));
    }

    @Test
    void aBrokenMovementIsReportedWithItsLineAndTheOthersAreKept() {
        String file = String.join(
                "\n",
                "112085000000123456782403012403312000000001000009783EXAMPLE ACCOUNT",
                "2200000001240302240302120011000000000012500000000000000000000000REF2",
                "2301SUPERMERCADO",
                "2200000001241302240302120011000000000012500000000000000000000000",
                "2301NOT A DATE",
                "2200000001240303240303040002000000000100000000000000000000000000",
                "3320850000001234567800002000000000012500000100000000001000002000000000187500978",
                "88999999999999999999000007");

        Statement statement = Norma43StatementReader.read(file.getBytes(StandardCharsets.US_ASCII), "USD");

        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code, RowError::arguments)
                .containsExactly(tuple(4, "unreadable-date", List.of("241302", "operation date (YYMMDD)")));
        assertThat(statement.rows()).extracting(ParsedRow::line).containsExactly(2, 6);
        assertThat(statement.rows().get(0).amount()).isEqualTo(new BigDecimal("-12.50"));
        assertThat(statement.rows().get(0).description()).isEqualTo("SUPERMERCADO");
        assertThat(statement.rows().get(1).amount()).isEqualTo(new BigDecimal("100.00"));
        // No concept lines and both references unused (zeros, spaces): nothing to describe it by.
        assertThat(statement.rows().get(1).description()).isEmpty();
        assertThat(statement.rows())
                .allSatisfy(row -> assertThat(row.currency()).isEqualTo("EUR"));
    }

    @Test
    void aMovementWithoutConceptLinesIsDescribedByItsReference() {
        String file = "112085000000123456782403012403312000000001000008403\n"
                + "2200000001240302240302120011000000000012500000000000000000000000CAFE CENTRAL\n";

        ParsedRow row = Norma43StatementReader.read(file.getBytes(StandardCharsets.US_ASCII), "EUR")
                .rows()
                .get(0);

        assertThat(row.description()).isEqualTo("CAFE CENTRAL");
        assertThat(row.currency()).isEqualTo("USD");
    }

    @Test
    void csvIsRefused() {
        String csv = "22.03.2024;Coffee;-3,50\n23.03.2024;Salary;2500,00\n";

        assertThatThrownBy(() -> Norma43StatementReader.read(csv.getBytes(StandardCharsets.UTF_8), "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageContaining("Norma 43");
        assertThat(Norma43StatementReader.looksLikeNorma43(csv)).isFalse();
        assertThat(Norma43StatementReader.looksLikeNorma43("Date,Description,Amount\n2024-01-02,Coffee,-3.50\n"))
                .isFalse();
    }

    private static BigDecimal total(Statement statement, int sign) {
        return statement.rows().stream()
                .map(ParsedRow::amount)
                .filter(a -> a.signum() == sign)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Statement read(String file) throws Exception {
        return Norma43StatementReader.read(bytes(file), "USD");
    }

    private static byte[] bytes(String file) throws Exception {
        return Files.readAllBytes(CorpusFiles.root().resolve("csb43-norma43/" + file));
    }
}
