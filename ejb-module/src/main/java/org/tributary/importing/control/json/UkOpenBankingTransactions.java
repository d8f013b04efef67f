package org.tributary.importing.control.json;

import static org.tributary.importing.control.json.JsonFields.first;
import static org.tributary.importing.control.json.JsonFields.object;
import static org.tributary.importing.control.json.JsonFields.text;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.UnreadableRowException;

/**
 * UK Open Banking Read/Write API transactions, v3.1 and v4.0, for one account or in bulk: {@code Data.Transaction[]}.
 * The amount is unsigned and {@code CreditDebitIndicator} gives the direction; {@code Status} is "Booked"/"Pending"
 * in v3.1 and the ISO 20022 codes "BOOK"/"PDNG" in v4.0.
 */
final class UkOpenBankingTransactions {

    private UkOpenBankingTransactions() {}

    static boolean recognises(Outline outline) {
        return outline.isObject("/Data") && outline.isArray("/Data/Transaction");
    }

    static List<TransactionList> lists(String defaultCurrency) {
        return List.of(TransactionList.at(
                "/Data/Transaction", (transaction, line, list) -> row(transaction, line, defaultCurrency)));
    }

    private static ParsedRow row(JsonObject transaction, int line, String defaultCurrency) {
        JsonObject amount = object(transaction, "Amount");
        if (amount == null) {
            throw UnreadableRowException.missingAmount("Amount");
        }
        boolean debit = debit(text(transaction, "CreditDebitIndicator"));
        BigDecimal value = JsonFields.amount(amount.get("Amount"), "Amount.Amount");
        LocalDate valueDate = JsonFields.date(text(transaction, "ValueDateTime"), "ValueDateTime");
        LocalDate bookedDate =
                first(JsonFields.date(text(transaction, "BookingDateTime"), "BookingDateTime"), valueDate);
        if (bookedDate == null) {
            throw UnreadableRowException.missingDate("BookingDateTime, ValueDateTime");
        }
        String merchant = text(object(transaction, "MerchantDetails"), "MerchantName");
        String party = text(object(transaction, debit ? "CreditorAccount" : "DebtorAccount"), "Name");
        return new ParsedRow(
                line,
                bookedDate,
                valueDate,
                debit ? value.negate() : value,
                JsonFields.currency(text(amount, "Currency"), defaultCurrency),
                first(text(transaction, "TransactionInformation"), merchant, ""),
                first(merchant, party, ""),
                text(transaction, "TransactionId"),
                pending(text(transaction, "Status")),
                List.of(transaction.toString()));
    }

    private static boolean debit(String indicator) {
        if (indicator == null) {
            throw UnreadableRowException.missingDirection("CreditDebitIndicator");
        }
        return switch (indicator.toUpperCase(Locale.ROOT)) {
            case "DEBIT", "DBIT" -> true;
            case "CREDIT", "CRDT" -> false;
            default -> throw UnreadableRowException.unknownDirection("CreditDebitIndicator", indicator);
        };
    }

    private static boolean pending(String status) {
        return status != null && (status.equalsIgnoreCase("Pending") || status.equalsIgnoreCase("PDNG"));
    }
}
