package org.tributary.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tributary.categorising.control.UserRules;
import org.tributary.importing.control.csv.CsvStatement;
import org.tributary.importing.control.csv.CsvStatementReader;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.Statement;

/** Card exports whose amounts are from the issuer's side are told from statements in the holder's terms. */
class SignConventionTest {

    @Test
    void anAmexShapedExportWithItsThankYouPaymentIsSurelyUpsideDown() throws Exception {
        SignGuess guess = guess("csv/tributary-written/card-issuer-charges-positive.csv");

        assertThat(guess.upsideDown()).isTrue();
        assertThat(guess.sure()).isTrue();
        assertThat(guess.flip()).isTrue();
    }

    @Test
    void aCardMonthWhosePaymentSaysNothingOnlyAsks() throws Exception {
        SignGuess guess = guess("csv/tributary-written/card-issuer-unsure.csv");

        assertThat(guess.upsideDown()).isTrue();
        assertThat(guess.sure()).isFalse();
        assertThat(guess.flip()).isFalse();
    }

    @Test
    void aCardExportWhoseDebitAndCreditColumnAlreadyTurnsTheSignsIsLeftAlone() throws Exception {
        // reckon's New Zealand card export: positive charges, but marked DEBIT, which the reader applies
        assertThat(guess("csv/reckon/inversed_credit_card.csv")).isEqualTo(SignGuess.AS_IS);
    }

    @Test
    void aCurrentAccountIsAsItIs() {
        List<ParsedRow> rows = List.of(
                row("SALARY ACME GMBH", "2500.00"),
                row("REWE", "-45.10"),
                row("RENT", "-900.00"),
                row("NETFLIX", "-12.99"),
                row("LIDL", "-23.40"),
                row("CARD PAYMENT RECEIVED THANK YOU", "-300.00"));

        assertThat(SignConvention.detect(List.of("Date", "Description", "Amount"), rows)
                        .flip())
                .isFalse();
    }

    @Test
    void aPaymentThatComesInSettlesItTheHoldersWay() {
        List<ParsedRow> rows = List.of(
                row("COFFEE", "3.10"),
                row("BOOKS", "20.00"),
                row("FUEL", "50.00"),
                row("GROCERIES", "80.00"),
                row("PAYMENT RECEIVED - THANK YOU", "400.00"));

        assertThat(SignConvention.detect(List.of("Charge"), rows)).isEqualTo(SignGuess.AS_IS);
    }

    /**
     * Fingerprints and the expected results of the corpus stay as they were: no file of it is turned round, and
     * none even makes the preview ask.
     */
    @Test
    void noFileOfTheCorpusIsTurnedRoundOrQuestioned() throws Exception {
        List<String> flipped = new ArrayList<>();
        for (CorpusFiles.Entry entry : CorpusFiles.entries()) {
            if (!Files.isRegularFile(entry.path())) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(entry.path());
            StatementFormat format = StatementFormat.sniff(bytes).orElse(null);
            if (format == null) {
                continue;
            }
            try {
                List<String> columns = format == StatementFormat.CSV
                        ? CsvStatementReader.read(bytes, "EUR").layout().columns()
                        : List.of();
                Statement statement = StatementReaders.read(format, bytes, "EUR");
                if (SignConvention.detect(columns, statement.rows()).upsideDown()) {
                    flipped.add(entry.file());
                }
            } catch (RuntimeException unreadable) {
                // the corpus tests say which files are read
            }
        }
        assertThat(flipped).isEmpty();
    }

    @Test
    void aRowReadTurnedRoundKeepsTheFingerprintOfTheFilesRow() {
        UUID source = new UUID(0, 1);
        Normaliser.ImportContext asIs =
                new Normaliser.ImportContext(new UUID(0, 2), source, new UUID(0, 3), "EUR", UserRules.NONE, false);
        Normaliser.ImportContext flipped =
                new Normaliser.ImportContext(new UUID(0, 2), source, new UUID(0, 3), "EUR", UserRules.NONE, true);
        ParsedRow charge = row("WHOLEFDS MKT 10234", "84.12");

        LedgerEntry read = Normaliser.normalise(asIs, charge, 0);
        LedgerEntry turned = Normaliser.normalise(flipped, charge, 0);

        assertThat(turned.amount()).isEqualByComparingTo("-84.12");
        assertThat(turned.type()).isEqualTo("EXPENSE");
        assertThat(read.type()).isEqualTo("INCOME");
        assertThat(turned.fingerprint()).isEqualTo(read.fingerprint());
    }

    private static SignGuess guess(String file) throws Exception {
        CsvStatement csv =
                CsvStatementReader.read(Files.readAllBytes(CorpusFiles.root().resolve(file)), "EUR");
        return SignConvention.detect(csv.layout().columns(), csv.rows());
    }

    private static ParsedRow row(String description, String amount) {
        return new ParsedRow(
                1,
                java.time.LocalDate.of(2026, 3, 1),
                null,
                new BigDecimal(amount),
                "EUR",
                description,
                "",
                null,
                false,
                List.of(description, amount));
    }
}
