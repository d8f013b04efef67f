package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountDetectorTest {

    private static Optional<StatementAccount> detect(String file) throws IOException {
        byte[] content = Files.readAllBytes(CorpusFiles.root().resolve(file));
        return AccountDetector.detect(StatementFormat.detect(null, content), content);
    }

    @Test
    void findsTheIbanAboveADkbTable() throws IOException {
        for (String file : new String[] {
            "csv/dkb-beancount-dkb/dkb-giro-v1-pre2023.csv", "csv/dkb-beancount-dkb/dkb-giro-v2-2023-semicolon.csv"
        }) {
            StatementAccount account = detect(file).orElseThrow();
            assertThat(account.identifier()).isEqualTo("DE99999999999999999999");
            assertThat(account.lastFour()).isEqualTo("9999");
            assertThat(account.proposedName()).isEqualTo("DE ···9999");
        }
    }

    @Test
    void takesTheOfxAccountItsCurrencyAndBank() throws IOException {
        StatementAccount account = detect("ofx/ofxparse/checking.ofx").orElseThrow();
        assertThat(account.identifier()).isEqualTo("1452687~7");
        assertThat(account.currency()).isEqualTo("USD");
        assertThat(account.bank()).isEqualTo("FAKE");
        assertThat(account.proposedName()).isEqualTo("FAKE ···87~7 · USD");
    }

    @Test
    void takesTheStatementsIbanNotACounterpartysInCamt() throws IOException {
        StatementAccount chf = detect("camt052/genkgo-camt/camt052.v4.xml").orElseThrow();
        assertThat(chf.identifier()).isEqualTo("CH2801234000123456789");
        assertThat(chf.currency()).isEqualTo("CHF");

        StatementAccount eur =
                detect("camt053/oca-bank-statement-import/test-camt053.xml").orElseThrow();
        assertThat(eur.identifier()).isEqualTo("NL77ABNA0574908765");
    }

    @Test
    void splitsTheCurrencyOffAnMt940Account() throws IOException {
        StatementAccount account =
                detect("mt940/oca-bank-statement-import/test-ing.940").orElseThrow();
        assertThat(account.identifier()).isEqualTo("NL77INGB0574908765");
        assertThat(account.currency()).isEqualTo("EUR");
    }

    @Test
    void aCsvWithoutPreambleNamesNoAccount() {
        byte[] csv = "Date;Amount;Description;Payee;IBAN\n2024-01-02;-3,50;Coffee;Cafe;DE89370400440532013000\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(AccountDetector.detect(StatementFormat.CSV, csv)).isEmpty();
    }

    @Test
    void neverPrintsTheWholeIdentifier() {
        StatementAccount account = new StatementAccount("DE89 3704 0044 0532 0130 00", "EUR", null);
        assertThat(account.toString()).doesNotContain("370400").endsWith("3000");
    }
}
