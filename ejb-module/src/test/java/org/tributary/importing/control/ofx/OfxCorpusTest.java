package org.tributary.importing.control.ofx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tributary.importing.control.CorpusFiles;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** Every OFX, QFX and QBO file of the corpus gives the number of transactions the README states. */
class OfxCorpusTest {

    static Stream<Arguments> ofxFiles() {
        return CorpusFiles.entries().stream()
                .filter(e -> e.file().startsWith("ofx/"))
                .map(e -> Arguments.of(e.file(), e));
    }

    @Test
    void theCorpusHoldsTwentyThreeOfxFiles() {
        assertThat(ofxFiles()).hasSize(23);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ofxFiles")
    void readsTheStatedNumberOfTransactions(String file, CorpusFiles.Entry entry) throws Exception {
        Statement statement = OfxStatementReader.read(Files.readAllBytes(entry.path()), "EUR");

        assertThat(statement.format()).isEqualTo("ofx");
        assertThat(statement.errors()).isEmpty();
        assertThat(statement.rows())
                .as(entry.transactions() == 0 ? "balances only, no transactions" : entry.quirks())
                .hasSize(entry.transactions());
    }

    @Test
    void checkingKeepsSignsAmountsDatesAndTheStatementCurrency() {
        Statement statement = read("ofxparse/checking.ofx");

        assertThat(statement.rows())
                .extracting(
                        ParsedRow::line,
                        ParsedRow::bookedDate,
                        ParsedRow::amount,
                        ParsedRow::currency,
                        ParsedRow::externalId)
                .containsExactly(
                        tuple(46, LocalDate.of(2011, 3, 31), new BigDecimal("0.01"), "USD", "0000486"),
                        tuple(54, LocalDate.of(2011, 4, 5), new BigDecimal("-34.51"), "USD", "0000487"),
                        tuple(62, LocalDate.of(2011, 4, 7), new BigDecimal("-25.00"), "USD", "0000488"));
        ParsedRow check = statement.rows().get(2);
        assertThat(check.description()).isEqualTo("RETURNED CHECK FEE, CHECK # 319 FOR $45.33 ON 04/07/11");
        assertThat(check.counterparty()).isEqualTo("RETURNED CHECK FEE, CHECK # 319");
        assertThat(check.valueDate()).isNull();
        assertThat(check.pending()).isFalse();
        assertThat(check.cells())
                .singleElement(STRING)
                .startsWith("<STMTTRN>")
                .endsWith("</STMTTRN>")
                .contains("<CHECKNUM>319");
    }

    @Test
    void aDecimalCommaReadsAsTheDecimalPoint() {
        Statement euro = read("ofxtools/stmtrs_euro.ofx");
        Statement plain = read("ofxtools/stmtrs.ofx");

        assertThat(euro.rows())
                .extracting(ParsedRow::amount)
                .containsExactly(new BigDecimal("-200.00"), new BigDecimal("-300.00"));
        assertThat(withoutCells(euro.rows())).isEqualTo(withoutCells(plain.rows()));
    }

    @Test
    void amountsWithManyDecimalsOrALeadingPlusKeepTheirValue() {
        assertThat(read("actualbudget/data-multi-decimal.ofx").rows())
                .extracting(ParsedRow::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-30"), new BigDecimal("-3.77"));
        assertThat(read("ofxparse/fidelity-savings.ofx").rows())
                .extracting(ParsedRow::amount)
                .containsExactly(
                        new BigDecimal("-1500.0000"),
                        new BigDecimal("115.8331"),
                        new BigDecimal("-197.1063"),
                        new BigDecimal("-197.1220"));
    }

    @Test
    void htmlEntitiesAreDecodedEvenWhenEscapedTwice() {
        List<ParsedRow> rows = read("actualbudget/html-vals.qfx").rows();

        assertThat(rows.get(0).description())
                .isEqualTo("PREAUTHORIZED DEBIT;B.C. HYDRO & POWER AUTHORITY;Electronic Funds Transfer");
        assertThat(rows.get(1).counterparty()).isEqualTo("TPAY <DEFTPYMT>");
        assertThat(rows).extracting(ParsedRow::currency).containsOnly("CAD");
    }

    @Test
    void latin1BytesAreReadAsLatin1() {
        Statement statement = read("actualbudget/8859-1.qfx");

        assertThat(statement.encoding()).isEqualTo("ISO-8859-1");
        assertThat(statement.rows()).singleElement().satisfies(row -> {
            assertThat(row.counterparty()).isEqualTo("Paiement facture/Carte prépayée");
            assertThat(row.description()).isEqualTo("PWW");
        });
    }

    @Test
    void fitidIsTheExternalIdAndAnEmptyOneIsNone() {
        assertThat(read("ofxtools/nubank-br-creditcard.ofx").rows())
                .extracting(ParsedRow::externalId)
                .startsWith("11111111-UUID-4747-8883-111111111111")
                .doesNotContainNull();

        ParsedRow emptyTags = read("ofxparse/ofx-v102-empty-tags.ofx").rows().get(0);
        assertThat(emptyTags.externalId()).isNull();
        assertThat(emptyTags.counterparty()).isEmpty();
        assertThat(emptyTags.description()).isEqualTo("CBA:Transfer");
        assertThat(emptyTags.currency())
                .as("CURDEF is empty; the transaction's CURRENCY says AUD")
                .isEqualTo("AUD");
    }

    @Test
    void datesWithTimeZoneSuffixesKeepTheCalendarDateAsWritten() {
        assertThat(read("ofxparse/bank_medium.ofx").rows())
                .extracting(ParsedRow::bookedDate)
                .containsExactly(LocalDate.of(2009, 4, 1), LocalDate.of(2009, 4, 2), LocalDate.of(2009, 4, 3));
        assertThat(read("ofxtools/nubank-br-creditcard.ofx").rows().get(0).bookedDate())
                .as("[-3:GMT]")
                .isEqualTo(LocalDate.of(2024, 3, 23));
        assertThat(read("beangulp/example.qbo").rows().get(0).bookedDate())
                .as("[-5] without a zone name")
                .isEqualTo(LocalDate.of(2013, 6, 26));
        assertThat(read("ofxparse/anzcc.ofx").rows())
                .singleElement()
                .extracting(ParsedRow::bookedDate, ParsedRow::valueDate, ParsedRow::currency)
                .containsExactly(LocalDate.of(2017, 5, 8), LocalDate.of(2017, 5, 8), "AUD");
    }

    @Test
    void aBankAndACardStatementInOneFileBothCount() {
        Statement statement = read("beangulp/example.qbo");

        assertThat(statement.encoding()).isEqualTo("UTF-8");
        assertThat(statement.rows()).extracting(ParsedRow::currency).containsOnly("CAD");
        List<Integer> lines = statement.rows().stream().map(ParsedRow::line).toList();
        assertThat(lines).as("first bank account").filteredOn(l -> l < 130).hasSize(10);
        assertThat(lines)
                .as("second bank account")
                .filteredOn(l -> l > 130 && l < 188)
                .hasSize(4);
        assertThat(lines).as("credit card").filteredOn(l -> l > 188).hasSize(9);
        assertThat(statement.rows().get(22).counterparty()).isEqualTo("RMJIOOH - ZFFJM JDV / WPP");
    }

    @Test
    void misplacedClosingTagsDoNotLoseFields() {
        assertThat(read("jbms-beancount-import/amex-malformed-nesting.ofx").rows())
                .extracting(ParsedRow::counterparty, ParsedRow::description, ParsedRow::externalId)
                .containsExactly(
                        tuple("PRUNE NEW YORK", "7101466 RESTAURANT", "320133280255184014"),
                        tuple("TAKAHACHI RESTAURANTNEW YORK", "000451990 RESTAURANT", "320133290268683266"),
                        tuple("UNION MARKET - HOUSNEW YORK", "47155 GROCERY STORE", "320133300285014247"));
    }

    static Stream<Arguments> filesWithExpectedOutput() {
        return Stream.of(
                Arguments.of("reds-importers/capitalone-360Checking.qfx", "reds-importers/expected"),
                Arguments.of("reds-importers/ally-transactions.qfx", "reds-importers/expected"),
                Arguments.of("beangulp/ofxdownload.ofx", "beangulp/expected"),
                Arguments.of("jbms-beancount-import/amex-malformed-nesting.ofx", "jbms-beancount-import/expected"));
    }

    /** The source projects' expected ledgers give the date, amount and currency of every transaction. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("filesWithExpectedOutput")
    void datesAndAmountsMatchTheSourceProjectsExpectedOutput(String file, String expectedFolder) throws IOException {
        List<String> expected = new ArrayList<>();
        try (Stream<Path> outputs = Files.list(ofx(expectedFolder))) {
            for (Path output : outputs.filter(p -> matches(file, p)).toList()) {
                expected.addAll(postings(Files.readString(output)));
            }
        }

        List<String> actual = read(file).rows().stream()
                .map(r -> r.bookedDate() + " " + r.amount().toPlainString() + " " + r.currency())
                .toList();

        assertThat(expected).isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aTransactionWithoutDateOrAmountIsAnErrorAndTheOthersAreKept() {
        String ofx = """
                OFXHEADER:100
                DATA:OFXSGML

                <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>GBP<BANKTRANLIST>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-1.50<FITID>a<NAME>Shop</STMTTRN>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024-01-06<TRNAMT>-2.00<FITID>b</STMTTRN>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240107<TRNAMT>n/a<FITID>c</STMTTRN>
                <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240108<TRNAMT>+3<FITID>d
                </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
                """;

        Statement statement = OfxStatementReader.read(ofx.getBytes(StandardCharsets.US_ASCII), "EUR");

        assertThat(statement.rows())
                .extracting(ParsedRow::line, ParsedRow::amount, ParsedRow::currency, ParsedRow::externalId)
                .containsExactly(
                        tuple(5, new BigDecimal("-1.50"), "GBP", "a"), tuple(8, new BigDecimal("3"), "GBP", "d"));
        assertThat(statement.errors())
                .extracting(RowError::line, RowError::code, RowError::arguments, RowError::reason)
                .containsExactly(
                        tuple(
                                6,
                                "unreadable-date",
                                List.of("2024-01-06", "DTPOSTED"),
                                "DTPOSTED \"2024-01-06\" is not a date"),
                        tuple(7, "unreadable-amount", List.of("n/a", "TRNAMT"), "TRNAMT \"n/a\" is not a number"));
    }

    @Test
    void currencyOverridesCurdefButOrigcurrencyOnlyNamesWhatTheAmountWasConvertedFrom() {
        String ofx = """
                <?xml version="1.0"?><?OFX OFXHEADER="200" VERSION="220"?>
                <OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>EUR</CURDEF><BANKTRANLIST>
                <STMTTRN><DTPOSTED>20240105</DTPOSTED><TRNAMT>-10.00</TRNAMT><NAME>A &lt; B <C</NAME>
                <CURRENCY><CURRATE>1.1</CURRATE><CURSYM>USD</CURSYM></CURRENCY></STMTTRN>
                <STMTTRN><DTPOSTED>20240106</DTPOSTED><TRNAMT>-9.10</TRNAMT><NAME>D</NAME>
                <ORIGCURRENCY><CURRATE>1.1</CURRATE><CURSYM>USD</CURSYM></ORIGCURRENCY></STMTTRN>
                </BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>
                """;

        Statement statement = OfxStatementReader.read(ofx.getBytes(StandardCharsets.US_ASCII), "CHF");

        assertThat(statement.rows())
                .extracting(ParsedRow::currency, ParsedRow::counterparty)
                .containsExactly(tuple("USD", "A < B <C"), tuple("EUR", "D"));
    }

    @Test
    void aFileWithoutAnOfxElementIsRefused() {
        byte[] csv = "Date;Amount;Text\n2024-01-05;-1,50;Shop\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> OfxStatementReader.read(csv, "EUR"))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessageContaining("<OFX>");
    }

    private static final Pattern ENTRY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) \\*");
    private static final Pattern POSTING = Pattern.compile("^\\s+\\S+\\s+(-?[\\d.]+) ([A-Z]{3})\\s*$");

    /** Each entry's date with the amount and currency of its first posting (the statement's account). */
    static List<String> postings(String ledger) {
        List<String> postings = new ArrayList<>();
        String date = null;
        for (String line : ledger.lines().toList()) {
            Matcher entry = ENTRY.matcher(line);
            Matcher posting = POSTING.matcher(line);
            if (entry.find()) {
                date = entry.group(1);
            } else if (date != null && posting.matches()) {
                postings.add(date + " " + posting.group(1) + " " + posting.group(2));
                date = null;
            }
        }
        return postings;
    }

    private static boolean matches(String file, Path output) {
        String name = output.getFileName().toString();
        String base = Path.of(file).getFileName().toString();
        return name.startsWith(base) || file.contains("amex-malformed") && name.startsWith("amex.");
    }

    private static List<ParsedRow> withoutCells(List<ParsedRow> rows) {
        return rows.stream()
                .map(r -> new ParsedRow(
                        r.line(),
                        r.bookedDate(),
                        r.valueDate(),
                        r.amount(),
                        r.currency(),
                        r.description(),
                        r.counterparty(),
                        r.externalId(),
                        r.pending(),
                        List.of()))
                .toList();
    }

    private static Statement read(String file) {
        try {
            return OfxStatementReader.read(Files.readAllBytes(ofx(file)), "EUR");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path ofx(String file) {
        return CorpusFiles.root().resolve("ofx").resolve(file);
    }
}
