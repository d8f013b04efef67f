package org.tributary.importing.control.json;

import static org.tributary.importing.control.json.JsonFields.first;
import static org.tributary.importing.control.json.JsonFields.text;

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

    static boolean recognises(Outline outline) {
        return outline.isArray("/override_accounts");
    }

    static List<TransactionList> lists(String defaultCurrency) {
        return List.of(TransactionList.at(
                "/override_accounts/*/transactions",
                (transaction, line, list) -> row(transaction, line, defaultCurrency)));
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
