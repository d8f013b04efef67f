import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.tributary.categorising.control.MerchantName;
import org.tributary.importing.control.StatementFormat;
import org.tributary.importing.control.StatementReaders;
import org.tributary.importing.control.csv.CsvStatementReader;
import org.tributary.importing.control.csv.CsvStream;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * Doubles crafted inputs for each parser and prints the CPU time of each size (the best of three) and the
 * ratio to the size before:
 * about 2 is linear, about 4 quadratic. A refusal (the reader's own "bad input" error, a 422 over HTTP) is
 * an answer like any other: what counts is how long it takes to give it. Run by run.sh.
 */
public class AdversarialInputs {

    /**
     * The parsing thread's CPU time, not the wall clock: on a shared machine the wall clock measures the
     * neighbours (garbage collection in other threads is left out; it is small at these sizes).
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** A size that takes longer than this is the last one tried for its input. */
    private static final long GIVE_UP_NANOS = 20_000_000_000L;

    record Input(String parser, String name, int firstSize, IntFunction<byte[]> make, Parser parse) {}

    interface Parser {
        String run(byte[] content) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String only = args.length > 0 ? args[0] : "";
        List<Input> inputs = inputs();
        System.out.printf(Locale.ROOT, "%-10s %-34s %10s %10s %7s  %s%n", "parser", "input", "size", "cpu ms", "ratio", "outcome");
        for (Input input : inputs) {
            if (!(input.parser() + " " + input.name()).contains(only)) {
                continue;
            }
            outcome(input.parse(), input.make().apply(Math.max(1, input.firstSize() / 8))); // warm up
            double before = -1;
            for (int step = 0, size = input.firstSize(); step < 4; step++, size *= 2) {
                byte[] content = input.make().apply(size);
                long best = Long.MAX_VALUE;
                String outcome = "";
                for (int run = 0; run < 3; run++) {
                    long start = CPU.getCurrentThreadCpuTime();
                    outcome = outcome(input.parse(), content);
                    best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
                    if (best > GIVE_UP_NANOS / 4) {
                        break;
                    }
                }
                double ms = best / 1e6;
                System.out.printf(
                        Locale.ROOT,
                        "%-10s %-34s %10d %10.1f %7s  %s%n",
                        input.parser(),
                        input.name(),
                        content.length,
                        ms,
                        before <= 0 ? "" : String.format(Locale.ROOT, "%.1f", ms / before),
                        outcome);
                before = ms;
                if (best > GIVE_UP_NANOS) {
                    System.out.printf("%-10s %-34s gave up: longer than %d s%n", input.parser(), input.name(), GIVE_UP_NANOS / 1_000_000_000L);
                    break;
                }
            }
        }
    }

    private static String outcome(Parser parser, byte[] content) {
        try {
            return parser.run(content);
        } catch (UnreadableStatementException e) {
            return "refused: " + e.code();
        } catch (StackOverflowError e) {
            return "StackOverflowError";
        } catch (Throwable e) {
            String message = String.valueOf(e.getMessage());
            return e.getClass().getSimpleName() + ": " + message.substring(0, Math.min(60, message.length())).replace('\n', ' ');
        }
    }

    private static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        String head = "Date;Amount;Description\n2024-05-02;-1.00;BAKERY\n";
        Parser csv = content -> rows(StatementReaders.read(StatementFormat.CSV, content, "EUR").rows().size());
        Parser csvStream = content -> {
            int rows = 0;
            try (CsvStream stream = CsvStatementReader.stream(content, "EUR", null)) {
                while (stream.next() != null) {
                    rows++;
                }
            }
            return rows(rows);
        };
        // After the first 500 lines, which the separator is chosen on: the whole file is then read by OpenCSV.
        String good = head + "2024-05-04;-3.00;CAFE\n".repeat(600);
        IntFunction<byte[]> unclosed = n -> bytes(good + "2024-05-03;-2.00;\"SHOP\n" + "2024-05-04;-3.00;CAFE\n".repeat(n));
        inputs.add(new Input("csv", "quote never closed, n lines after", 5_000, unclosed, csv));
        inputs.add(new Input("csv-stream", "quote never closed, n lines after", 5_000, unclosed, csvStream));
        inputs.add(new Input("csv", "a\"b repeated in one cell", 4_000, n -> bytes(head + "2024-05-03;-2.00;" + "a\"b".repeat(n) + "\n"), csv));
        inputs.add(new Input("csv", "one description of n chars", 4_000, n -> bytes(head + "2024-05-03;-2.00;" + "XXXX1 a. ".repeat(n / 9) + "\n"), csv));
        inputs.add(new Input("csv", "n separators on one line", 2_000, n -> bytes(head + "2024-05-03;-2.00;" + ";".repeat(n) + "\n"), csv));
        inputs.add(new Input("csv", "n rows of 3,000-char descriptions", 500, n -> {
            StringBuilder b = new StringBuilder(head);
            String description = "SHOP " + "word ".repeat(600);
            for (int i = 0; i < n; i++) {
                b.append("2024-05-03;-2.00;").append(description).append('\n');
            }
            return bytes(b.toString());
        }, csv));
        inputs.add(new Input("csv-stream", "n plain rows (over 4 MB: surveyed)", 100_000, n -> {
            StringBuilder b = new StringBuilder(head);
            for (int i = 0; i < n; i++) {
                b.append("2024-05-").append(10 + i % 20).append(";-").append(i % 997).append(".50;SHOP ").append(i % 101).append('\n');
            }
            return bytes(b.toString());
        }, csvStream));

        for (String filler : List.of("XXXX", "a.", "1 ", "a-", "*1", "XXXX1")) {
            inputs.add(new Input("merchant", "\"" + filler + "\" x n", 10_000,
                    n -> bytes(filler.repeat(n / filler.length()) + "1"),
                    content -> MerchantName.of(null, new String(content, StandardCharsets.UTF_8))));
        }

        inputs.add(new Input("ofx", "n '<' that open no tag", 10_000, n -> bytes(
                "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKTRANLIST>"
                        + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240502<TRNAMT>-1.00<FITID>1<NAME>" + "< ".repeat(n)
                        + "</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"),
                reader(StatementFormat.OFX)));
        inputs.add(new Input("camt", "elements nested n deep", 1_000, n -> bytes(
                "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>"
                        + "<a>".repeat(n) + "</a>".repeat(n) + "</Stmt></BkToCstmrStmt></Document>"),
                reader(StatementFormat.CAMT053)));
        inputs.add(new Input("camt", "n entries", 2_000, n -> {
            StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>");
            for (int i = 0; i < n; i++) {
                b.append("<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-05-02</Dt></BookgDt>"
                        + "<NtryDtls><TxDtls><RmtInf><Ustrd>SHOP ").append(i).append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
            }
            return bytes(b.append("</Stmt></BkToCstmrStmt></Document>").toString());
        }, reader(StatementFormat.CAMT053)));
        inputs.add(new Input("mt940", "one :86: of n continuation lines", 5_000, n -> bytes(
                ":20:STARTUMS\n:25:10020030/1234567\n:28C:0\n:60F:C240501EUR0,00\n:61:2405020502DR1,00NMSCNONREF\n:86:SHOP\n"
                        + "MORE TEXT\n".repeat(n) + ":62F:C240502EUR0,00\n"),
                reader(StatementFormat.MT940)));
        inputs.add(new Input("mt940", "n transactions", 5_000, n -> {
            StringBuilder b = new StringBuilder(":20:STARTUMS\n:25:10020030/1234567\n:28C:0\n:60F:C240501EUR0,00\n");
            for (int i = 0; i < n; i++) {
                b.append(":61:2405020502DR1,00NMSCNONREF\n:86:SHOP ").append(i).append('\n');
            }
            return bytes(b.append(":62F:C240502EUR0,00\n").toString());
        }, reader(StatementFormat.MT940)));
        inputs.add(new Input("qif", "one record of n memo lines", 5_000, n -> bytes(
                "!Type:Bank\nD05/02/2024\nT-1.00\nPSHOP\n" + "MMORE\n".repeat(n) + "^\n"),
                reader(StatementFormat.QIF)));
        inputs.add(new Input("qif", "n records", 5_000, n -> bytes("!Type:Bank\n" + "D05/02/2024\nT-1.00\nPSHOP\n^\n".repeat(n)),
                reader(StatementFormat.QIF)));
        String n43Head = "1112340000123456789024050124053112000000000000009781NAME                            \n";
        inputs.add(new Input("norma43", "n movements", 5_000, n -> bytes(n43Head
                + ("2212340000240502240502991211000000000100000000000000000000000000000000000000\n"
                        + "2301SHOP                                    SHOP                                  \n").repeat(n)
                + "3312340000123456789000001000000000000100000000000000000000000000000000978\n88999999999999999999000001\n"),
                reader(StatementFormat.NORMA43)));
        inputs.add(new Input("norma43", "one line of n chars", 10_000, n -> bytes(n43Head + "23" + "A".repeat(n) + "\n"),
                reader(StatementFormat.NORMA43)));
        inputs.add(new Input("json", "arrays nested n deep", 1_000, n -> bytes("[".repeat(n) + "]".repeat(n)),
                reader(StatementFormat.JSON)));
        inputs.add(new Input("json", "n Berlin Group transactions", 5_000, AdversarialInputs::berlinGroup,
                reader(StatementFormat.JSON)));
        inputs.add(new Input("json", "n Berlin Group transactions, job", 5_000, AdversarialInputs::berlinGroup,
                streamed(StatementFormat.JSON)));
        inputs.add(new Input("json", "one string of n chars", 100_000, n -> bytes(
                "{\"transactions\":{\"booked\":[{\"bookingDate\":\"2024-05-02\",\"transactionAmount\":{\"amount\":\"-1.00\",\"currency\":\"EUR\"},"
                        + "\"remittanceInformationUnstructured\":\"" + "a\\\"".repeat(n / 3) + "\"}]}}"),
                reader(StatementFormat.JSON)));
        return inputs;
    }

    private static Parser reader(StatementFormat format) {
        return content -> rows(StatementReaders.read(format, content, "EUR").rows().size());
    }

    /** Read as the import job reads a file: the source found once, then its rows streamed (decisions 36, 44). */
    private static Parser streamed(StatementFormat format) {
        return content -> {
            int rows = 0;
            try (var stream = StatementReaders.source(format, content, "EUR", null).open()) {
                while (stream.next() != null) {
                    rows++;
                }
            }
            return rows(rows);
        };
    }

    private static byte[] berlinGroup(int n) {
        StringBuilder b = new StringBuilder("{\"transactions\":{\"booked\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"bookingDate\":\"2024-05-02\",\"transactionAmount\":{\"amount\":\"-1.00\",\"currency\":\"EUR\"},\"remittanceInformationUnstructured\":\"SHOP ")
                    .append(i).append("\"}");
        }
        return bytes(b.append("]}}").toString());
    }

    private static String rows(int rows) {
        return rows + " rows";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
