package org.tributary.importing.control.json;

import static org.tributary.importing.control.json.JsonFields.first;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.UnreadableRowException;

/**
 * Berlin Group NextGenPSD2 account reports ({@code GET /accounts/{id}/transactions}) and GoCardless Bank Account Data
 * transactions, which keep the same shape and add {@code bookingDateTime}, {@code currencyExchange} and the like.
 * Every key is also read in the snake_case some SDKs serialise to ({@code booking_date}, {@code transaction_amount}),
 * where the pending list may stand at the top level rather than under {@code transactions}.
 *
 * <p>The amount is a string or a JSON number and is signed as the bank signs it, even where the bank is inconsistent
 * (Deutsche Bank's sandbox books an outgoing payment positive). Only a report in which no amount is negative is taken
 * for unsigned, and its directions are worked out from the parties ({@link UnsignedAmounts}).
 *
 * <p>A report without a {@code transactions} object is read, without rows, when it links to a download: the ASPSP
 * does that when the report is too large to send inline (adorsys model bank).
 */
final class BerlinGroupReport {

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private BerlinGroupReport() {}

    static boolean recognises(Outline outline) {
        return outline.isObject("/transactions") || outline.isObject("/_links/download");
    }

    static List<TransactionList> lists(Outline outline, byte[] bytes, String defaultCurrency) {
        String accountCurrency =
                JsonFields.currency(JsonFields.text(outline.value("/account/currency")), defaultCurrency);
        String booked = "/transactions/booked";
        String pending = outline.isArray("/transactions/pending") ? "/transactions/pending" : "/pending";
        UnsignedAmounts directions = UnsignedAmounts.of(
                JsonFields.text(outline.value("/account/iban")), bytes, ListPattern.of(booked, pending));
        return List.of(
                TransactionList.at(
                        booked,
                        (transaction, line, list) -> row(transaction, line, false, accountCurrency, directions)),
                TransactionList.at(
                        pending,
                        (transaction, line, list) -> row(transaction, line, true, accountCurrency, directions)));
    }

    private static ParsedRow row(
            JsonObject transaction, int line, boolean pending, String accountCurrency, UnsignedAmounts directions) {
        BigDecimal amount = directions.signed(transaction, amount(transaction));
        LocalDate valueDate = date(transaction, "valueDate", "valueDateTime");
        LocalDate bookedDate = first(date(transaction, "bookingDate", "bookingDateTime"), valueDate);
        if (bookedDate == null) {
            throw UnreadableRowException.missingDate("bookingDate, valueDate");
        }
        return new ParsedRow(
                line,
                bookedDate,
                valueDate,
                amount,
                JsonFields.currency(text(object(transaction, "transactionAmount"), "currency"), accountCurrency),
                first(description(transaction), ""),
                counterparty(transaction, amount.signum() < 0),
                first(text(transaction, "transactionId"), text(transaction, "entryReference")),
                pending,
                List.of(transaction.toString()));
    }

    /** The creditor of an outgoing transaction, the debtor of an incoming one; else whichever party is named. */
    private static String counterparty(JsonObject transaction, boolean outgoing) {
        String creditor = text(transaction, "creditorName");
        String debtor = text(transaction, "debtorName");
        return outgoing ? first(creditor, debtor, "") : first(debtor, creditor, "");
    }

    static BigDecimal amount(JsonObject transaction) {
        JsonObject amount = object(transaction, "transactionAmount");
        if (amount == null) {
            throw UnreadableRowException.missingAmount("transactionAmount");
        }
        return JsonFields.amount(member(amount, "amount"), "transactionAmount.amount");
    }

    private static LocalDate date(JsonObject transaction, String dateField, String dateTimeField) {
        return first(
                JsonFields.date(text(transaction, dateField), dateField),
                JsonFields.date(text(transaction, dateTimeField), dateTimeField));
    }

    /** The remittance information in whichever of its forms the bank sends, else the additional information. */
    private static String description(JsonObject transaction) {
        return first(
                text(transaction, "remittanceInformationUnstructured"),
                JsonFields.joined(array(transaction, "remittanceInformationUnstructuredArray")),
                structured(member(transaction, "remittanceInformationStructured")),
                JsonFields.joined(array(transaction, "remittanceInformationStructuredArray")),
                text(transaction, "additionalInformation"));
    }

    /** A string as the specification has it, or an object such as ING's {@code {"reference": "…"}}. */
    private static String structured(JsonValue remittance) {
        if (remittance instanceof JsonObject object) {
            return first(text(object, "reference"), JsonFields.joined(object.values()));
        }
        return JsonFields.text(remittance);
    }

    /** A member by its camelCase key, or by the snake_case one when the camelCase one is absent or null. */
    static JsonValue member(JsonObject object, String camelCase) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(camelCase);
        return value == null || value == JsonValue.NULL ? object.get(snakeCase(camelCase)) : value;
    }

    static String text(JsonObject object, String camelCase) {
        return JsonFields.text(member(object, camelCase));
    }

    static JsonObject object(JsonObject object, String camelCase) {
        return member(object, camelCase) instanceof JsonObject child ? child : null;
    }

    private static JsonArray array(JsonObject object, String camelCase) {
        return member(object, camelCase) instanceof JsonArray child ? child : null;
    }

    private static String snakeCase(String camelCase) {
        return CAMEL_HUMP.matcher(camelCase).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
