package org.tributary.importing.control.statement;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;

/**
 * The file is not a statement we can read at all (the API answers 422 with the English message and the
 * {@code code}; the portal puts the code and its values into the reader's language, {@code
 * import.fileError.<code>}). One factory per kind of failure (decision 26).
 */
@ApplicationException(rollback = true)
public class UnreadableStatementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String EMPTY_FILE = "empty-file";
    public static final String NO_TRANSACTIONS = "no-transactions";
    public static final String NOT_THE_FORMAT = "not-the-format";
    public static final String MALFORMED = "malformed";
    public static final String MALFORMED_AT = "malformed-at";
    public static final String DOCUMENT_TYPE = "document-type";
    public static final String UNKNOWN_JSON = "unknown-json";
    public static final String BANK_ERROR_RESPONSE = "bank-error-response";
    public static final String NO_COLUMNS = "no-columns";
    public static final String NO_ROWS = "no-rows";
    public static final String NO_DATED_AMOUNTS = "no-dated-amounts";
    public static final String NO_AMOUNT_COLUMN = "no-amount-column";
    public static final String TOO_DEEP = "too-deep";
    public static final String TOO_LONG = "too-long";
    public static final String LINE_TOO_LONG = "line-too-long";
    public static final String UNCLOSED_QUOTE = "unclosed-quote";

    private final String code;
    private final List<String> arguments;

    private UnreadableStatementException(String code, String message, String... arguments) {
        super(message);
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }

    public static UnreadableStatementException emptyFile() {
        return new UnreadableStatementException(EMPTY_FILE, "The file is empty.");
    }

    /** A file of a format we read that holds not one transaction. */
    public static UnreadableStatementException noTransactions() {
        return new UnreadableStatementException(NO_TRANSACTIONS, "This statement holds no transactions.");
    }

    /**
     * The file was taken for this format (by its name or first bytes) but has none of its structure.
     *
     * @param format the format's name as people know it ("OFX", "MT940"), the same in every language
     * @param english what is missing, in English words, for the API
     */
    public static UnreadableStatementException notTheFormat(String format, String english) {
        return new UnreadableStatementException(NOT_THE_FORMAT, english, format);
    }

    /** Not well-formed XML or JSON; {@code line} 0 when the parser does not say where. */
    public static UnreadableStatementException malformed(String format, long line, String english) {
        return line > 0
                ? new UnreadableStatementException(MALFORMED_AT, english, format, String.valueOf(line))
                : new UnreadableStatementException(MALFORMED, english, format);
    }

    /** An XML file with a {@code <!DOCTYPE>}, refused because its entities could make the parser read other files. */
    public static UnreadableStatementException documentType() {
        return new UnreadableStatementException(
                DOCUMENT_TYPE,
                "This file declares a document type (<!DOCTYPE>), which CAMT files never do; it is refused"
                        + " because its entities could make the parser read other files.");
    }

    public static UnreadableStatementException unknownJson() {
        return new UnreadableStatementException(
                UNKNOWN_JSON,
                "This JSON holds no transactions: it is neither a Berlin Group or GoCardless transaction report,"
                        + " nor UK Open Banking Data.Transaction, nor a SimpleFIN account set, nor a Plaid sandbox"
                        + " configuration.");
    }

    /** The JSON a bank's API answers with when it fails, saved instead of its transactions. */
    public static UnreadableStatementException bankErrorResponse(String status) {
        return new UnreadableStatementException(
                BANK_ERROR_RESPONSE,
                "This JSON is an error response of a bank API (status " + status + "): it holds no transactions.",
                status);
    }

    public static UnreadableStatementException noColumns() {
        return new UnreadableStatementException(NO_COLUMNS, "This file has no columns we can read as a statement.");
    }

    public static UnreadableStatementException noRows() {
        return new UnreadableStatementException(NO_ROWS, "This file has no rows.");
    }

    public static UnreadableStatementException noDatedAmounts() {
        return new UnreadableStatementException(NO_DATED_AMOUNTS, "No row of this file has both a date and an amount.");
    }

    public static UnreadableStatementException noAmountColumn() {
        return new UnreadableStatementException(NO_AMOUNT_COLUMN, "No column of this file holds amounts.");
    }

    /**
     * Elements nested deeper than any statement of the format nests them (a crafted file: read recursively it
     * would exhaust the stack).
     */
    public static UnreadableStatementException tooDeep(String format, long line, int limit) {
        return new UnreadableStatementException(
                TOO_DEEP,
                "Elements are nested more than " + limit + " deep at line " + line + ": no " + format
                        + " statement is built like this.",
                format,
                String.valueOf(line),
                String.valueOf(limit));
    }

    /** A line or a value longer than any statement holds, refused before it is kept in memory. */
    public static UnreadableStatementException tooLong(String format, long line, int limit) {
        return new UnreadableStatementException(
                TOO_LONG,
                "Line " + line + " holds a line or value longer than " + limit + " characters: no " + format
                        + " statement has one.",
                format,
                String.valueOf(line),
                String.valueOf(limit));
    }

    /** A line longer than any bank writes: the file is refused rather than read in unbounded time and memory. */
    public static UnreadableStatementException lineTooLong(long line, int maxCharacters) {
        return new UnreadableStatementException(
                LINE_TOO_LONG,
                "Line " + line + " is longer than " + maxCharacters + " characters.",
                String.valueOf(line),
                String.valueOf(maxCharacters));
    }

    /**
     * A quote opened on this line and not closed by the end of the file or within the lines a record may span:
     * where the rows after it start cannot be told.
     */
    public static UnreadableStatementException unclosedQuote(long line, int maxLines) {
        return new UnreadableStatementException(
                UNCLOSED_QUOTE,
                "The quote opened on line " + line + " is not closed (within " + maxLines + " lines).",
                String.valueOf(line),
                String.valueOf(maxLines));
    }
}
