package org.tributary.importing.control.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** The money of real exports comes out with the right sign, date and text, whatever the convention. */
class CsvSignConventionsTest {

    @Test
    void splitPaidOutAndPaidInColumnsWithoutAHeader() throws Exception {
        List<ParsedRow> rows = read("csv/reckon/nationwide.csv").rows();

        assertThat(rows.get(0).bookedDate()).isEqualTo(LocalDate.of(2013, 11, 7));
        assertThat(rows.get(0).amount()).isEqualByComparingTo("500.00");
        assertThat(rows.get(1).amount()).isEqualByComparingTo("-20.00");
    }

    @Test
    void afAndBijDecideTheSignOfAnUnsignedAmount() throws Exception {
        List<ParsedRow> rows = read("csv/dutch-banks-ofxstatement/ing_ok.csv").rows();

        assertThat(rows.get(0).amount()).isEqualByComparingTo("-1.25");
        assertThat(rows.get(1).amount()).isEqualByComparingTo("1.25");
        assertThat(rows.get(0).bookedDate()).isEqualTo(LocalDate.of(2020, 2, 13));
    }

    @Test
    void creditDebetIndicatorAfterJunkFirstLine() throws Exception {
        CsvStatement statement = read("csv/dutch-banks-ofxstatement/Knab_transactieoverzicht_ok.csv");

        assertThat(statement.layout().headerLine()).isEqualTo(2);
        assertThat(statement.rows().get(0).amount()).isEqualByComparingTo("-827.75");
        assertThat(statement.rows().get(0).bookedDate()).isEqualTo(LocalDate.of(2019, 6, 21));
    }

    @Test
    void debitAndCreditAmountColumnsWithAHeader() throws Exception {
        List<ParsedRow> rows =
                read("csv/lloyds-ofxstatement/lloyds-uk-sample-statement.csv").rows();

        assertThat(rows.get(0).amount()).isEqualByComparingTo("-8.99");
        assertThat(rows).anySatisfy(r -> assertThat(r.amount()).isEqualByComparingTo("2000"));
        assertThat(rows.get(0).bookedDate()).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void explicitSignsAndDollarsInTwoMoneyColumns() throws Exception {
        List<ParsedRow> rows = read("csv/reckon/two_money_columns.csv").rows();

        assertThat(rows.get(0).amount()).isEqualByComparingTo("-76.00");
        assertThat(rows.stream().map(ParsedRow::amount))
                .anySatisfy(a -> assertThat(a).isEqualByComparingTo("88.55"));
    }

    @Test
    void windows1252IsToldFromLatin1ByTheEuroSign() throws Exception {
        CsvStatement statement = read("csv/encoding-samples-actualbudget/windows-1252-euro.csv");

        assertThat(statement.layout().encoding()).isEqualTo("windows-1252");
        assertThat(statement.rows().get(0).description()
                        + statement.rows().get(0).counterparty())
                .contains("Café €Rémy");
        assertThat(statement.rows().get(0).bookedDate()).isEqualTo(LocalDate.of(2025, 12, 4));
    }

    @Test
    void pendingRowsAreKeptAndMarked() throws Exception {
        List<ParsedRow> rows = read("csv/sparkasse-freiburg-ofxstatement/sparkasse-simple1.csv")
                .rows();

        assertThat(rows).filteredOn(ParsedRow::pending).hasSize(1);
        assertThat(rows).filteredOn(r -> !r.pending()).hasSize(1);
    }

    @Test
    void commaDecimalsWithPointGroupingAndTwoDigitYears() throws Exception {
        List<ParsedRow> rows =
                read("csv/dkb-beancount-dkb/dkb-giro-v2-2023-semicolon.csv").rows();

        assertThat(rows).allSatisfy(r -> assertThat(r.bookedDate().getYear()).isBetween(2000, 2100));
        assertThat(rows.stream().map(ParsedRow::amount).map(BigDecimal::abs))
                .anySatisfy(a -> assertThat(a).isGreaterThanOrEqualTo(new BigDecimal("1000")));
    }

    @Test
    void aFileThatIsNotATableIsRefusedWithAReason() {
        byte[] junk = new byte[] {0x00, 0x01, (byte) 0xFF, 0x50, 0x4B, 0x03, 0x04};

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvStatementReader.read(junk, "EUR"))
                .isInstanceOf(UnreadableStatementException.class);
    }

    @Test
    void aBadRowIsReportedWithItsLineAndTheGoodOnesAreKept() {
        String csv =
                "Date,Description,Amount\n2024-01-02,Coffee,-3.50\n2024-01-03,Lunch,twelve\n2024-01-04,Salary,2500.00\n";

        CsvStatement statement = CsvStatementReader.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "EUR");

        assertThat(statement.rows()).hasSize(2);
        assertThat(statement.errors()).containsExactly(RowError.unreadableAmount(3, "twelve"));
    }

    @Test
    void aDateInTheYear0099IsAnErrorNotATransaction() {
        String csv = "Date,Description,Amount\n01.02.0099,Old,-1,00\n01.02.2024,New,-2,00\n";

        CsvStatement statement = CsvStatementReader.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "EUR");

        assertThat(statement.rows()).extracting(ParsedRow::description).containsExactly("New");
        assertThat(statement.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void aPaymentToTheFuelChainTotalIsKeptAndATotalLineWithoutADateIsNot() {
        String csv = "Date;Description;Amount\n02.01.2024;TOTAL ENERGIES STATION 4711;-61,20\n"
                + "03.01.2024;Opening balance;1000,00\n04.01.2024;REWE;-12,00\n;Total;-73,20\n";

        CsvStatement statement = CsvStatementReader.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "EUR");

        assertThat(statement.rows())
                .extracting(ParsedRow::description)
                .containsExactly("TOTAL ENERGIES STATION 4711", "REWE");
        assertThat(statement.errors()).isEmpty();
        assertThat(statement.skipped()).isEqualTo(2);
    }

    private static CsvStatement read(String file) throws Exception {
        return CsvStatementReader.read(Files.readAllBytes(CorpusFiles.root().resolve(file)), "EUR");
    }
}
