package org.tributary.importing.control.json;

import jakarta.json.JsonNumber;
import java.util.ArrayList;
import java.util.List;
import org.tributary.importing.control.csv.TextDecoder;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * Transaction payloads of bank APIs, as open-banking clients receive them or save them to a file. The dialect is
 * told by the document's shape:
 *
 * <ul>
 *   <li>Berlin Group NextGenPSD2 account reports and GoCardless (Nordigen) transactions, camelCase or snake_case:
 *       {@code transactions.booked[]} and {@code transactions.pending[]} ({@link BerlinGroupReport});
 *   <li>UK Open Banking Read/Write v3.1 and v4.0: {@code Data.Transaction[]} ({@link UkOpenBankingTransactions});
 *   <li>SimpleFIN Account Sets: {@code accounts[].transactions[]} ({@link SimpleFinAccountSet});
 *   <li>Plaid sandbox custom-user configurations: {@code override_accounts[].transactions[]}
 *       ({@link PlaidSandboxConfig}).
 * </ul>
 *
 * <p>Booked and pending transactions are both rows, the pending ones marked. A row's line is the line of the file on
 * which its transaction object opens. A JSON document of none of these shapes (account details, an error body, a bundle
 * of mock responses) holds no transactions and is refused; a report of a known shape whose lists are empty, or that
 * only links to a download, is read as a statement without rows.
 *
 * <p>The document is never built whole (a 10 MB file took some 600 MB as a tree): it is read as a stream of events,
 * once for its {@link Outline}, then list by list with one transaction built at a time (decision 44).
 */
public final class BankJsonStatementReader {

    private BankJsonStatementReader() {}

    /** The whole statement, each row as the file gives it (ids that repeat are kept). */
    public static Statement read(byte[] bytes, String defaultCurrency) {
        List<ParsedRow> rows = new ArrayList<>();
        try (BankJsonStream stream = open(bytes, defaultCurrency, Integer.MAX_VALUE)) {
            for (ParsedRow row = stream.next(); row != null; row = stream.next()) {
                rows.add(row);
            }
            return new Statement("json", stream.encoding(), rows, stream.errors(), 0);
        }
    }

    /** The statement as a stream of rows in bounded memory, each row as the file gives it. */
    public static BankJsonStream rows(byte[] bytes, String defaultCurrency) {
        return open(bytes, defaultCurrency, BankJsonStream.MAX_ERRORS);
    }

    /**
     * The statement as a stream of rows in bounded memory, each id that several rows share dropped as {@link
     * Statement#withUniqueExternalIds} drops it, with the number of rows: what the import job reads.
     */
    public static BankJsonStream.Counted stream(byte[] bytes, String defaultCurrency) {
        return open(bytes, defaultCurrency, BankJsonStream.MAX_ERRORS).withUniqueExternalIds();
    }

    private static BankJsonStream open(byte[] bytes, String defaultCurrency, int maxErrors) {
        Outline outline = Outline.of(bytes);
        if (!outline.object()) {
            throw noTransactions();
        }
        List<TransactionList> lists;
        if (BerlinGroupReport.recognises(outline)) {
            lists = BerlinGroupReport.lists(outline, bytes, defaultCurrency);
        } else if (UkOpenBankingTransactions.recognises(outline)) {
            lists = UkOpenBankingTransactions.lists(defaultCurrency);
        } else if (SimpleFinAccountSet.recognises(outline)) {
            lists = SimpleFinAccountSet.lists(outline, defaultCurrency);
        } else if (PlaidSandboxConfig.recognises(outline)) {
            lists = PlaidSandboxConfig.lists(defaultCurrency);
        } else {
            throw outline.value("/status_code") instanceof JsonNumber status ? errorResponse(status) : noTransactions();
        }
        return new BankJsonStream(bytes, TextDecoder.charsetOf(bytes).name(), lists, null, maxErrors);
    }

    /** Whether a file's first bytes look like a JSON document: after a byte-order mark and blanks, '{' or '['. */
    public static boolean looksLikeBankJson(byte[] head) {
        String text = TextDecoder.decode(head).text().stripLeading();
        return text.startsWith("{") || text.startsWith("[");
    }

    private static UnreadableStatementException noTransactions() {
        return UnreadableStatementException.unknownJson();
    }

    private static UnreadableStatementException errorResponse(JsonNumber status) {
        return UnreadableStatementException.bankErrorResponse(status.toString());
    }
}
