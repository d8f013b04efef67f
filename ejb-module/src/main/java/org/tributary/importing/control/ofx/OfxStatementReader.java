package org.tributary.importing.control.ofx;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tributary.importing.control.csv.TextDecoder;
import org.tributary.importing.control.statement.LineLength;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Spaces;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableRowException;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * OFX statements, and the QFX (Quicken) and QBO (QuickBooks) files that are OFX under another name: OFX 1.x
 * SGML whose leaf elements are never closed as well as OFX 2.x XML, with an OFXHEADER block, an XML or OFX
 * processing instruction, a header hidden in a comment, or no header at all. Every {@code <STMTTRN>} is one
 * row, whether it sits in a bank statement, a credit-card statement or an investment statement's
 * {@code <INVBANKTRAN>}, and however many statements the file holds.
 *
 * <p>Exports in the wild break both SGML and XML rules (closing tags in the wrong places, values on the
 * line after their tag, decimal commas, double-escaped entities, stray NUL bytes), so no parser is used:
 * the text is cut into tags, each open tag carrying the text that follows it, and a transaction is the run
 * of tags from {@code <STMTTRN>} to its closing tag, to the next {@code <STMTTRN>}, or to the end of the
 * list that holds it.
 */
public final class OfxStatementReader {

    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._:-]*");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot|apos|#\\d{1,6}|#[xX][0-9a-fA-F]{1,6});");

    /** The statements that open with their own CURDEF. */
    private static final Set<String> STATEMENTS = Set.of("STMTRS", "CCSTMTRS", "INVSTMTRS");

    /** Aggregates that hold transactions: a STMTTRN still open when one of them closes ends there. */
    private static final Set<String> HOLDERS = Set.of(
            "BANKTRANLIST",
            "INVBANKTRAN",
            "INVTRANLIST",
            "STMTRS",
            "CCSTMTRS",
            "INVSTMTRS",
            "STMTTRNRS",
            "CCSTMTTRNRS",
            "INVSTMTTRNRS",
            "BANKMSGSRSV1",
            "CREDITCARDMSGSRSV1",
            "INVSTMTMSGSRSV1",
            "OFX");

    /** An open or closing tag; an open tag's value is the text up to the next tag. */
    private record Tag(String name, boolean closing, String value, int line, int start, int end) {

        Tag withValue(String text) {
            return new Tag(name, closing, text, line, start, end);
        }

        boolean opens(String tagName) {
            return !closing && name.equals(tagName);
        }
    }

    /** The tags of one STMTTRN, gathered until it ends. */
    private static final class Transaction {

        final int line;
        final int start;
        final String statementCurrency;
        final Map<String, String> fields = new HashMap<>();
        String currencyAggregate = "";
        String currency;

        Transaction(Tag open, String statementCurrency) {
            this.line = open.line();
            this.start = open.start();
            this.statementCurrency = statementCurrency;
        }

        void add(Tag tag) {
            switch (tag.name()) {
                case "CURRENCY", "ORIGCURRENCY" -> currencyAggregate = tag.name();
                case "CURSYM" -> {
                    // ORIGCURRENCY says which currency TRNAMT was converted from: the amount is in CURDEF.
                    if (currencyAggregate.equals("CURRENCY") && !tag.value().isBlank()) {
                        currency = tag.value();
                    }
                }
                // A NAME inside a PAYEE aggregate still names the payee when the STMTTRN has none of its own.
                default -> fields.putIfAbsent(tag.name(), tag.value());
            }
        }

        String field(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    private OfxStatementReader() {}

    public static Statement read(byte[] bytes, String defaultCurrency) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        List<Tag> tags = tags(text);
        if (tags.stream().noneMatch(t -> t.opens("OFX"))) {
            throw UnreadableStatementException.notTheFormat(
                    "OFX", "No <OFX> element in this file: it is not an OFX, QFX or QBO file.");
        }
        List<ParsedRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String statementCurrency = null;
        Transaction open = null;
        for (Tag tag : tags) {
            if (open != null && ends(tag)) {
                int end = tag.closing() && tag.name().equals("STMTTRN") ? tag.end() : tag.start();
                add(open, text.substring(open.start, end), defaultCurrency, rows, errors);
                open = null;
            }
            if (tag.closing()) {
                continue;
            }
            if (STATEMENTS.contains(tag.name())) {
                statementCurrency = null;
            } else if (tag.name().equals("CURDEF") && open == null) {
                statementCurrency = tag.value().isBlank() ? null : tag.value();
            } else if (tag.name().equals("STMTTRN")) {
                open = new Transaction(tag, statementCurrency);
            } else if (open != null) {
                open.add(tag);
            }
        }
        if (open != null) {
            add(open, text.substring(open.start), defaultCurrency, rows, errors);
        }
        return new Statement("ofx", decoded.charset().name(), rows, errors, 0);
    }

    private static boolean ends(Tag tag) {
        return tag.opens("STMTTRN") || tag.closing() && (tag.name().equals("STMTTRN") || HOLDERS.contains(tag.name()));
    }

    private static void add(
            Transaction transaction, String raw, String defaultCurrency, List<ParsedRow> rows, List<RowError> errors) {
        try {
            rows.add(row(transaction, raw.strip(), defaultCurrency));
        } catch (IllegalArgumentException e) {
            errors.add(RowError.of(transaction.line, e));
        }
    }

    private static ParsedRow row(Transaction transaction, String raw, String defaultCurrency) {
        String posted = transaction.field("DTPOSTED");
        LocalDate booked = date(posted);
        if (booked == null) {
            throw posted.isBlank()
                    ? UnreadableRowException.missingDate("DTPOSTED")
                    : UnreadableRowException.unreadableDate("DTPOSTED", posted);
        }
        String trnamt = transaction.field("TRNAMT");
        BigDecimal amount = amount(trnamt);
        if (amount == null) {
            throw trnamt.isBlank()
                    ? UnreadableRowException.missingAmount("TRNAMT")
                    : UnreadableRowException.unreadableAmount("TRNAMT", trnamt);
        }
        LocalDate valueDate = date(transaction.field("DTAVAIL"));
        if (valueDate == null) {
            valueDate = date(transaction.field("DTUSER"));
        }
        String name = transaction.field("NAME");
        String memo = transaction.field("MEMO");
        String fitid = transaction.field("FITID");
        return new ParsedRow(
                transaction.line,
                booked,
                valueDate,
                amount,
                firstNonBlank(transaction.currency, transaction.statementCurrency, defaultCurrency),
                memo.isBlank() ? name : memo,
                name,
                fitid.isBlank() ? null : fitid,
                false,
                List.of(raw));
    }

    /**
     * The calendar date as the bank wrote it: the first eight digits, whatever follows (time, milliseconds,
     * a [-5:EST] zone, or an impossible time such as "20230310048208.398").
     */
    static LocalDate date(String value) {
        Matcher matcher = DATE.matcher(value);
        if (!matcher.find()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A signed amount. The OFX specification allows a comma as the decimal mark; when both marks appear the
     * last one is the decimal mark and the other groups thousands.
     */
    static BigDecimal amount(String value) {
        String number = value.replaceAll("\\s", "");
        int comma = number.lastIndexOf(',');
        int dot = number.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            number = comma > dot ? number.replace(".", "").replace(',', '.') : number.replace(",", "");
        } else if (comma >= 0) {
            number = number.indexOf(',') == comma ? number.replace(',', '.') : number.replace(",", "");
        }
        if (!number.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
            return null;
        }
        return new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    /**
     * Cuts the text into tags. Text before the first tag (an OFXHEADER block), comments, processing
     * instructions and declarations are passed over; CDATA is kept as text. A '<' that does not start a tag
     * name stays part of the value.
     */
    static List<Tag> tags(String text) {
        List<Tag> tags = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1;
        int countedTo = 0;
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            if (lt < 0) {
                value.append(entities(text.substring(i)));
                break;
            }
            value.append(entities(text.substring(i, lt)));
            if (text.startsWith("<![CDATA[", lt)) {
                int close = text.indexOf("]]>", lt);
                value.append(text, lt + 9, close < 0 ? text.length() : close);
                i = close < 0 ? text.length() : close + 3;
                continue;
            }
            if (text.startsWith("<!--", lt)) {
                i = after(text, "-->", lt + 4);
                continue;
            }
            if (text.startsWith("<?", lt) || text.startsWith("<!", lt)) {
                i = after(text, ">", lt + 2);
                continue;
            }
            int gt = tagEnd(text, lt);
            if (gt < 0) {
                value.append('<');
                i = lt + 1;
                continue;
            }
            String inside = text.substring(lt + 1, gt).strip();
            boolean closing = inside.startsWith("/");
            boolean empty = !closing && inside.endsWith("/");
            String name = inside.substring(closing ? 1 : 0, inside.length() - (empty ? 1 : 0))
                    .strip()
                    .split("\\s", 2)[0];
            if (!TAG_NAME.matcher(name).matches()) {
                value.append('<');
                i = lt + 1;
                continue;
            }
            line += lineBreaks(text, countedTo, lt);
            countedTo = lt;
            closeValue(tags, value);
            tags.add(new Tag(name.toUpperCase(Locale.ROOT), closing, "", line, lt, gt + 1));
            if (empty) {
                tags.add(new Tag(name.toUpperCase(Locale.ROOT), true, "", line, gt + 1, gt + 1));
            }
            i = gt + 1;
        }
        closeValue(tags, value);
        return tags;
    }

    /**
     * The '>' that closes the tag opened at {@code lt}, or -1 when another '<' (or the end of the text) comes
     * first: such a '<' opens no tag. Looking no further than the next '<' keeps the tokenizer linear, however
     * many stray '<' a file holds (searching the whole rest of the text for each was quadratic).
     */
    private static int tagEnd(String text, int lt) {
        for (int k = lt + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '>') {
                return k;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static void closeValue(List<Tag> tags, StringBuilder value) {
        if (!tags.isEmpty()) {
            Tag last = tags.get(tags.size() - 1);
            if (!last.closing()) {
                LineLength.checkValue(value.length(), last.line(), "OFX");
                tags.set(tags.size() - 1, last.withValue(clean(value.toString())));
            }
        }
        value.setLength(0);
    }

    /** Line breaks inside a value (a NAME wrapped onto the next line) become spaces, as do NUL bytes. */
    private static String clean(String value) {
        return Spaces.collapse(value.replace('\u0000', ' ')).strip();
    }

    /**
     * Decodes character entities, twice where a bank escaped them twice ("&amp;lt;" meaning "<"). An
     * ampersand that starts no known entity is kept as written ("A&W").
     */
    static String entities(String text) {
        String decoded = text;
        for (int pass = 0; pass < 2 && decoded.indexOf('&') >= 0; pass++) {
            decoded = ENTITY.matcher(decoded).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1))));
        }
        return decoded;
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                int code = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(code) ? Character.toString(code) : "&" + name + ";";
            }
        };
    }

    private static int after(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static int lineBreaks(String text, int from, int to) {
        int breaks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }
}
