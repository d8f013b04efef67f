package org.tributary.importing.control.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.tributary.importing.control.csv.TextDecoder;
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
 */
public final class BankJsonStatementReader {

    private BankJsonStatementReader() {}

    public static Statement read(byte[] bytes, String defaultCurrency) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        JsonDocument document = JsonDocument.parse(decoded.text());
        if (!(document.root() instanceof JsonObject root)) {
            throw noTransactions();
        }
        Rows rows = new Rows(document);
        if (BerlinGroupReport.recognises(root)) {
            BerlinGroupReport.read(root, defaultCurrency, rows);
        } else if (UkOpenBankingTransactions.recognises(root)) {
            UkOpenBankingTransactions.read(root, defaultCurrency, rows);
        } else if (SimpleFinAccountSet.recognises(root)) {
            SimpleFinAccountSet.read(root, defaultCurrency, rows);
        } else if (PlaidSandboxConfig.recognises(root)) {
            PlaidSandboxConfig.read(root, defaultCurrency, rows);
        } else {
            throw root.get("status_code") instanceof JsonNumber status ? errorResponse(status) : noTransactions();
        }
        return new Statement("json", decoded.charset().name(), rows.rows(), rows.errors(), 0);
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
