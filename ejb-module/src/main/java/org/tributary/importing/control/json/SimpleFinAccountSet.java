package org.tributary.importing.control.json;

import static org.tributary.importing.control.json.JsonFields.first;
import static org.tributary.importing.control.json.JsonFields.text;

import jakarta.json.JsonArray;
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

    static boolean recognises(JsonObject root) {
        JsonArray accounts = JsonFields.array(root, "accounts");
        return accounts != null
                && (JsonFields.array(root, "errors") != null
                        || accounts.stream()
                                .anyMatch(a -> a instanceof JsonObject account
                                        && JsonFields.array(account, "transactions") != null));
    }

    static void read(JsonObject root, String defaultCurrency, Rows rows) {
        JsonArray accounts = JsonFields.array(root, "accounts");
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i) instanceof JsonObject account) {
                String currency = JsonFields.currency(text(account, "currency"), defaultCurrency);
                rows.addAll(
                        JsonFields.array(account, "transactions"),
                        "/accounts/" + i + "/transactions",
                        (transaction, line) -> row(transaction, line, currency));
            }
        }
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
