package org.tributary.importing.control.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tributary.categorising.control.MerchantName;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.ParsedRow;

/** Where an export has a payer and a payee column, the counterparty is the other party, never the user. */
class CsvPayerPayeeTest {

    private static CsvStatement read(String file) throws Exception {
        return CsvStatementReader.read(Files.readAllBytes(CorpusFiles.root().resolve(file)), "EUR");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "csv/dkb-beancount-dkb/dkb-giro-v2-2023-semicolon.csv",
                "csv/dkb-beancount-dkb/dkb-giro-v2-2023-comma.csv"
            })
    void dkbNamesThePayeeOfMoneyOutAndThePayerOfMoneyIn(String file) throws Exception {
        List<ParsedRow> rows = read(file).rows();

        assertThat(rows)
                .extracting(ParsedRow::counterparty)
                .containsExactly("COMPANY INC", "EDEKA//MUENCHEN/DE", "ERIKA MUSTERMANN");
        assertThat(rows)
                .extracting(r -> MerchantName.of(r.counterparty(), r.description()))
                .containsExactly("Company Inc", "Edeka", "Erika Mustermann");
    }

    @Test
    void oneCounterpartyColumnIsReadAsBefore() throws Exception {
        List<ParsedRow> rows =
                read("csv/dkb-beancount-dkb/dkb-giro-v1-pre2023.csv").rows();

        assertThat(rows).extracting(ParsedRow::counterparty).containsExactly("REWE Filialen Voll", "From Someone");
    }

    @Test
    void payerAndPayeeHeadersInOtherLanguagesAreKnown() {
        for (String header : List.of("Zahlungspflichtige*r", "Auftraggebername", "Payer", "Плательщик", "Nadawca")) {
            assertThat(ColumnNames.PAYER).as(header).contains(ColumnNames.normalise(header));
        }
        for (String header : List.of("Zahlungsempfänger*in", "Empfängername", "Payee", "Получатель", "Odbiorca")) {
            assertThat(ColumnNames.PAYEE).as(header).contains(ColumnNames.normalise(header));
        }
    }
}
