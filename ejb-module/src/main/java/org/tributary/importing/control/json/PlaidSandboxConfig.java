package org.tributary.importing.control.json;

import static org.tributary.importing.control.json.JsonFields.first;
import static org.tributary.importing.control.json.JsonFields.text;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.UnreadableRowException;

/**
 * Plaid Sandbox custom-user configurations: {@code override_accounts[].transactions[]}, the transactions a sandbox
 * user is to have. Plaid counts money out as positive, so every amount is negated. The transactions carry no ids
 * and no payee; the posted date is the booked date and the transacted date the value date.
 */
final class PlaidSandboxConfig {

    private PlaidSandboxConfig() {}

    static boolean recognises(JsonObject root) {
        return JsonFields.array(root, "override_accounts") != null;
    }

    static void read(JsonObject root, String defaultCurrency, Rows rows) {
        JsonArray accounts = JsonFields.array(root, "override_accounts");
        for (int i = 0; i < accounts.size(); i++) {
            if (accounts.get(i) instanceof JsonObject account) {
                rows.addAll(
                        JsonFields.array(account, "transactions"),
                        "/override_accounts/" + i + "/transactions",
                        (transaction, line) -> row(transaction, line, defaultCurrency));
            }
        }
    }

    private static ParsedRow row(JsonObject transaction, int line, String defaultCurrency) {
        LocalDate transacted = JsonFields.date(text(transaction, "date_transacted"), "date_transacted");
        LocalDate posted = first(JsonFields.date(text(transaction, "date_posted"), "date_posted"), transacted);
        if (posted == null) {
            throw UnreadableRowException.missingDate("date_posted, date_transacted");
        }
        return new ParsedRow(
                line,
                posted,
                transacted,
                JsonFields.amount(transaction.get("amount"), "amount").negate(),
                JsonFields.currency(text(transaction, "currency"), defaultCurrency),
                first(text(transaction, "description"), ""),
                "",
                null,
                false,
                List.of(transaction.toString()));
    }
}
