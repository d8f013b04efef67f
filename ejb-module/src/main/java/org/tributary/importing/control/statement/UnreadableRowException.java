package org.tributary.importing.control.statement;

import java.util.Arrays;
import java.util.List;

/**
 * Why one row of a file cannot be read, as a code and the values it is about (which the portal puts into the
 * reader's language, {@code import.error.<code>}) and in English words (the API's {@code reason}); one factory
 * per kind, so that every reader says the same thing the same way (decision 26). The reader catches it and
 * records the row with {@link RowError#of(int, IllegalArgumentException)}. It carries no stack trace: a bad
 * row is an answer, not a fault, and a file may hold many.
 */
public class UnreadableRowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public static final String UNREADABLE_DATE = "unreadable-date";
    public static final String UNREADABLE_AMOUNT = "unreadable-amount";
    public static final String DATE_OUT_OF_RANGE = "date-out-of-range";
    public static final String MISSING_DATE = "missing-date";
    public static final String MISSING_AMOUNT = "missing-amount";
    public static final String MISSING_DIRECTION = "missing-direction";
    public static final String UNKNOWN_DIRECTION = "unknown-direction";
    public static final String INCOMPLETE_RECORD = "incomplete-record";
    public static final String NOT_AN_OBJECT = "not-an-object";
    public static final String UNKNOWN_CURRENCY = "unknown-currency";
    public static final String AMOUNT_OUT_OF_RANGE = "amount-out-of-range";
    public static final String CELL_TOO_LONG = "cell-too-long";

    private final String code;
    private final List<String> arguments;

    private UnreadableRowException(String reason, String code, String... arguments) {
        super(reason);
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** A date that is not one, as written; {@code field} names where it stood (in English, for the API). */
    public static UnreadableRowException unreadableDate(String field, String value) {
        return new UnreadableRowException(
                field == null ? "unreadable date \"" + value + "\"" : field + " \"" + value + "\" is not a date",
                UNREADABLE_DATE,
                field == null ? new String[] {value} : new String[] {value, field});
    }

    public static UnreadableRowException unreadableAmount(String field, String value) {
        return new UnreadableRowException(
                field == null ? "unreadable amount \"" + value + "\"" : field + " \"" + value + "\" is not a number",
                UNREADABLE_AMOUNT,
                field == null ? new String[] {value} : new String[] {value, field});
    }

    public static UnreadableRowException dateOutOfRange(java.time.LocalDate date) {
        return new UnreadableRowException(
                "date " + date + " is outside the years 1900–2200", DATE_OUT_OF_RANGE, date.toString());
    }

    /** No date at all; {@code fields} names the fields the format dates a transaction by, e.g. "BookgDt, ValDt". */
    public static UnreadableRowException missingDate(String fields) {
        return new UnreadableRowException("transaction without a date (" + fields + ")", MISSING_DATE, fields);
    }

    public static UnreadableRowException missingAmount(String field) {
        return new UnreadableRowException("transaction without an amount (" + field + ")", MISSING_AMOUNT, field);
    }

    /** No mark of whether money came in or went out. */
    public static UnreadableRowException missingDirection(String field) {
        return new UnreadableRowException(
                "transaction without a credit/debit indicator (" + field + ")", MISSING_DIRECTION, field);
    }

    /** A credit/debit mark that is neither. */
    public static UnreadableRowException unknownDirection(String field, String value) {
        return new UnreadableRowException(
                field + " \"" + value + "\" is neither credit nor debit", UNKNOWN_DIRECTION, value, field);
    }

    /** A record of the format (e.g. MT940's ":61:") that lacks a part every such record has. */
    public static UnreadableRowException incompleteRecord(String record, String text) {
        return new UnreadableRowException(
                "incomplete or unreadable " + record + " record \"" + text + "\"", INCOMPLETE_RECORD, record, text);
    }

    /** A bank-API JSON transaction list holds something other than an object. */
    public static UnreadableRowException notAnObject() {
        return new UnreadableRowException("the transaction is not a JSON object", NOT_AN_OBJECT);
    }

    /** A currency that is no ISO 4217 code ({@link CurrencyCode}). */
    public static UnreadableRowException unknownCurrency(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return new UnreadableRowException(
                "currency \"" + shown + "\" is not an ISO 4217 code", UNKNOWN_CURRENCY, shown);
    }

    /** An amount the ledger cannot hold (14 digits before the decimal mark, 18 after it at most). */
    public static UnreadableRowException amountOutOfRange(java.math.BigDecimal amount) {
        // toString, never toPlainString: "1E+999999999" written out would be a billion digits
        String shown = amount.toString();
        shown = shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
        return new UnreadableRowException(
                "the amount " + shown + " is beyond what a ledger holds", AMOUNT_OUT_OF_RANGE, shown);
    }

    /** A cell longer than any bank writes (column counted from 1). */
    public static UnreadableRowException cellTooLong(int column, int maxCharacters) {
        return new UnreadableRowException(
                "column " + column + " is longer than " + maxCharacters + " characters",
                CELL_TOO_LONG,
                String.valueOf(column),
                String.valueOf(maxCharacters));
    }
}
