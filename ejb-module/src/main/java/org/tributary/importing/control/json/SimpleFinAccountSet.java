package org.tributary.importing.control.json;

import static org.tributary.importing.control.json.JsonFields.first;
import static org.tributary.importing.control.json.JsonFields.text;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.UnreadableRowException;

/**
 * SimpleFIN Account Sets ({@code GET /accounts}): {@code accounts[].transactions[]} with signed string amounts and
 * dates as UNIX epoch seconds, taken in UTC. A pending transaction may not be posted yet ({@code posted} 0); its
 * {@code transacted_at} is then its date. The account's currency is an ISO code, or the URL of a custom currency,
 * for which the default currency stands in.
 */
final class SimpleFinAccountSet {

    private SimpleFinAccountSet() {}

    static boolean recognises(Outline outline) {
        return outline.isArray("/accounts") && (outline.isArray("/errors") || outline.accountWithTransactions());
    }

    static List<TransactionList> lists(Outline outline, String defaultCurrency) {
        return List.of(TransactionList.at("/accounts/*/transactions", (transaction, line, list) -> {
            int account = Integer.parseInt(list.split("/")[2]);
            return row(transaction, line, JsonFields.currency(outline.accountCurrency(account), defaultCurrency));
        }));
    }

    private static ParsedRow row(JsonObject transaction, int line, String currency) {
        LocalDate transacted = JsonFields.epochDate(transaction.get("transacted_at"), "transacted_at");
        LocalDate posted = first(JsonFields.epochDate(transaction.get("posted"), "posted"), transacted);
        if (posted == null) {
            throw UnreadableRowException.missingDate("posted, transacted_at");
        }
        return new ParsedRow(
                line,
                posted,
                transacted,
                JsonFields.amount(transaction.get("amount"), "amount"),
                currency,
                first(text(transaction, "description", "memo"), ""),
                first(text(transaction, "payee"), ""),
                text(transaction, "id"),
                transaction.get("pending") == JsonValue.TRUE,
                List.of(transaction.toString()));
    }
}
