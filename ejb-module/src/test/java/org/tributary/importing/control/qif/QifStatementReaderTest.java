package org.tributary.importing.control.qif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.ParsedRow;

class QifStatementReaderTest {

    @Test
    void theSameRecordsInMonthDayAndYearFirstOrderGiveTheSameDates() throws Exception {
        List<LocalDate> mdy = dates("qif/oca-bank-statement-import/test_qif.qif");

        assertThat(dates("qif/oca-bank-statement-import/test_qif_dmy.qif")).isEqualTo(mdy);
        assertThat(dates("qif/oca-bank-statement-import/test_qif_ymd.qif")).isEqualTo(mdy);
        assertThat(mdy.get(0)).isEqualTo(LocalDate.of(2013, 8, 12));
    }

    @Test
    void threeDigitYearsAndTextGluedToTheDate() throws Exception {
        ParsedRow first = read("qif/gnucash-doc-examples/web.qif").get(0);

        assertThat(first.bookedDate()).isEqualTo(LocalDate.of(1999, 3, 25));
        assertThat(first.amount()).isEqualByComparingTo("-99.99");
        assertThat(first.counterparty()).isEqualTo("Share Withdrawal");
    }

    @Test
    void thousandsSeparatorsAndTheAccountHeaderBlock() throws Exception {
        assertThat(read("qif/oca-bank-statement-import/test_qif.qif").get(0).amount())
                .isEqualByComparingTo("-1000.00");
        assertThat(read("qif/actualbudget/qif-account.qif"))
                .singleElement()
                .satisfies(row -> assertThat(row.counterparty()).isEqualTo("COUNTY WASTE"));
    }

    private static List<LocalDate> dates(String file) throws Exception {
        return read(file).stream().map(ParsedRow::bookedDate).toList();
    }

    private static List<ParsedRow> read(String file) throws Exception {
        return QifStatementReader.read(Files.readAllBytes(CorpusFiles.root().resolve(file)), "USD")
                .rows();
    }
}
