package org.tributary.importing.control.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.StatementFormat;
import org.tributary.importing.control.StatementReaders;
import org.tributary.importing.control.StatementSource;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.StatementStream;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** A bank JSON streamed as the import job reads it gives the rows of the statement read whole, in its order. */
class BankJsonStreamTest {

    static Stream<String> readableJsonFiles() {
        return CorpusFiles.entries().stream()
                .map(CorpusFiles.Entry::file)
                .filter(file -> file.startsWith("api-json/"))
                .filter(file -> {
                    try {
                        BankJsonStatementReader.read(bytes(file), "EUR");
                        return true;
                    } catch (UnreadableStatementException e) {
                        return false; // BankJsonCorpusTest: not statements
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableJsonFiles")
    void theStreamOfEveryCorpusFileIsTheStatementReadWhole(String file) throws IOException {
        byte[] content = bytes(file);
        Statement whole = StatementReaders.read(StatementFormat.JSON, content, "EUR");
        StatementSource source = StatementReaders.source(StatementFormat.JSON, content, "EUR", null);

        assertThat(source.estimatedRows()).isEqualTo(whole.rows().size());
        for (int reading = 0; reading < 2; reading++) { // once by each partition
            try (StatementStream stream = source.open()) {
                assertThat(drained(stream)).isEqualTo(whole.rows());
                assertThat(stream.errors()).isEqualTo(whole.errors());
                assertThat(stream.encoding()).isEqualTo(whole.encoding());
            }
        }
    }

    @Test
    void theAccountMayComeAfterTheTransactions() {
        // unsigned amounts (UniCredit), told by the report's own IBAN, which the sender put last
        Statement statement = read("""
                {"transactions": {"booked": [
                  {"bookingDate": "2024-05-02", "transactionAmount": {"amount": "10.00"},
                   "debtorAccount": {"iban": "DE02 1203 0000 0000 2020 51"}, "creditorName": "Shop"},
                  {"bookingDate": "2024-05-03", "transactionAmount": {"amount": "25.00"},
                   "creditorAccount": {"iban": "DE02120300000000202051"}, "debtorName": "Employer"}
                ]},
                "account": {"iban": "DE02120300000000202051", "currency": "USD"}}
                """);

        assertThat(statement.rows())
                .extracting(ParsedRow::line, ParsedRow::amount, ParsedRow::currency)
                .containsExactly(tuple(2, new BigDecimal("-10.00"), "USD"), tuple(4, new BigDecimal("25.00"), "USD"));
    }

    @Test
    void aSimpleFinAccountsCurrencyMayComeAfterItsTransactions() {
        Statement statement = read("""
                {"accounts": [
                  {"transactions": [{"posted": 1714608000, "amount": "-5.00", "description": "Cafe"}],
                   "currency": "CAD"},
                  {"transactions": [{"posted": 1714608000, "amount": "7.00", "description": "Refund"}]}
                ]}
                """);

        assertThat(statement.rows())
                .extracting(ParsedRow::description, ParsedRow::currency)
                .containsExactly(tuple("Cafe", "CAD"), tuple("Refund", "EUR"));
    }

    @Test
    void bookedRowsComeFirstWhereverThePendingListStands() {
        Statement statement = read("""
                {"transactions": {
                  "pending": [{"bookingDate": "2024-05-04", "transactionAmount": {"amount": "-1.00"}}],
                  "booked": [{"bookingDate": "2024-05-02", "transactionAmount": {"amount": "-2.00"}}]
                }}
                """);

        assertThat(statement.rows())
                .extracting(ParsedRow::line, ParsedRow::pending)
                .containsExactly(tuple(3, false), tuple(2, true));
    }

    @Test
    void anIdSharedByTwoRowsIsDroppedInTheStreamAsInTheStatement() {
        byte[] content = """
                {"transactions": {
                  "booked": [
                    {"transactionId": "A", "bookingDate": "2024-05-02", "transactionAmount": {"amount": "-2.00"}},
                    {"transactionId": "A", "bookingDate": "2024-05-03", "transactionAmount": {"amount": "-3.00"}},
                    {"transactionId": "B", "bookingDate": "2024-05-03", "transactionAmount": {"amount": "-4.00"}}
                  ],
                  "pending": [
                    {"transactionId": "B", "bookingDate": "2024-05-04", "transactionAmount": {"amount": "-4.00"}}
                  ]
                }}
                """.getBytes(StandardCharsets.UTF_8);

        try (StatementStream stream = StatementReaders.source(StatementFormat.JSON, content, "EUR", null)
                .open()) {
            assertThat(drained(stream)).extracting(ParsedRow::externalId).containsExactly(null, null, "B", "B");
        }
    }

    private static Statement read(String json) {
        return BankJsonStatementReader.read(json.getBytes(StandardCharsets.UTF_8), "EUR");
    }

    private static List<ParsedRow> drained(StatementStream stream) {
        List<ParsedRow> rows = new ArrayList<>();
        for (ParsedRow row = stream.next(); row != null; row = stream.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(CorpusFiles.root().resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
