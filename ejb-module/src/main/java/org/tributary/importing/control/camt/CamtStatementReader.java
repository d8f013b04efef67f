package org.tributary.importing.control.camt;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tributary.importing.control.statement.NotHappenedRow;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Spaces;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableRowException;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * ISO 20022 bank-to-customer cash management messages: camt.053 statements, camt.052 account reports and camt.054
 * debit/credit notifications, versions .001.01 to .001.08, one or many statements (reports, notifications) a file.
 * Elements are matched by local name, so every namespace version reads alike. One row per entry ({@code <Ntry>}): a
 * batch booking with several {@code <TxDtls>} is one row with the entry's total, as it is one movement on the account.
 *
 * <p>The XML is streamed with the JDK's own StAX parser, with document type declarations refused (no external
 * entities, no entity expansion). The XML declaration decides the encoding.
 */
public final class CamtStatementReader {

    private static final Pattern MESSAGE = Pattern.compile("BkToCstmr(Stmt|AcctRpt|DbtCdtNtfctn)(V\\d+)?");
    private static final Pattern REPORT = Pattern.compile("Stmt|Rpt|Ntfctn");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|T|Z$|[+-]\\d{2}:\\d{2}$)");
    private static final String NO_CURRENCY = "XXX";

    /** camt.053 nests about 15 deep; a file nested deeper is crafted, and read recursively would overflow the stack. */
    static final int MAX_DEPTH = 64;

    /** The longest text of one element: a Ustrd line holds 140 characters, a whole remittance a few thousand. */
    static final int MAX_TEXT = 100_000;

    /** An element of one entry, read whole: entries are small and their fields are found by path. */
    private record Element(
            String name, Map<String, String> attributes, String content, List<Element> children, int line) {

        Optional<Element> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        /** The trimmed text at a path of child names, or null when the path is not there or blank. */
        String text(String... path) {
            Optional<Element> element = Optional.of(this);
            for (String step : path) {
                element = element.flatMap(e -> e.child(step));
            }
            return element.map(e -> collapse(e.content))
                    .filter(t -> !t.isEmpty())
                    .orElse(null);
        }

        Stream<Element> descendants(String descendantName) {
            return children.stream()
                    .flatMap(c -> c.name.equals(descendantName)
                            ? Stream.concat(Stream.of(c), c.descendants(descendantName))
                            : c.descendants(descendantName));
        }

        Stream<Element> leaves() {
            return children.isEmpty() ? Stream.of(this) : children.stream().flatMap(Element::leaves);
        }
    }

    private CamtStatementReader() {}

    public static Statement read(byte[] bytes, String defaultCurrency) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            String encoding = encoding(reader);
            List<ParsedRow> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            List<NotHappenedRow> notHappened = new ArrayList<>();
            readEntries(reader, defaultCurrency, rows, errors, notHappened);
            return new Statement("camt053", encoding, rows, errors, 0, notHappened);
        } catch (XMLStreamException e) {
            throw UnreadableStatementException.malformed(
                    "XML", e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), malformed(e));
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        // The JDK's own implementation, whatever else is on the class path, so the properties below are understood.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The declared encoding, else the one the parser detected (UTF-8 or UTF-16 by the first bytes). */
    private static String encoding(XMLStreamReader reader) {
        String name = fallback(
                reader.getCharacterEncodingScheme(), fallback(reader.getEncoding(), StandardCharsets.UTF_8.name()));
        try {
            return Charset.forName(name).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return name;
        }
    }

    private static void readEntries(
            XMLStreamReader reader,
            String defaultCurrency,
            List<ParsedRow> rows,
            List<RowError> errors,
            List<NotHappenedRow> notHappened)
            throws XMLStreamException {
        List<String> path = new ArrayList<>();
        boolean camt = false;
        String accountCurrency = null;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD -> throw UnreadableStatementException.documentType();
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    if (path.size() <= 1 && MESSAGE.matcher(name).matches()) {
                        camt = true;
                    } else if (path.size() == 1 && !camt) {
                        throw notCamt(path.get(0) + "/" + name);
                    }
                    if (path.size() >= MAX_DEPTH) {
                        throw tooDeep(reader);
                    }
                    if (endsInReport(path) && name.equals("Ntry")) {
                        Element entry = element(reader, path.size());
                        addEntry(entry, fallback(accountCurrency, defaultCurrency), rows, errors, notHappened);
                        continue;
                    }
                    if (endsInReport(path) && name.equals("Acct")) {
                        accountCurrency = null;
                    } else if (name.equals("Ccy")
                            && !path.isEmpty()
                            && path.get(path.size() - 1).equals("Acct")
                            && endsInReport(path.subList(0, path.size() - 1))) {
                        accountCurrency = currency(reader.getElementText());
                        continue;
                    }
                    path.add(name);
                }
                case XMLStreamConstants.END_ELEMENT -> path.remove(path.size() - 1);
                default -> {}
            }
        }
        if (!camt) {
            throw notCamt(path.isEmpty() ? "no element" : path.get(0));
        }
    }

    /** Whether the path ends in a statement, report or notification: the block that holds one account's entries. */
    private static boolean endsInReport(List<String> path) {
        int size = path.size();
        return size >= 2
                && REPORT.matcher(path.get(size - 1)).matches()
                && MESSAGE.matcher(path.get(size - 2)).matches();
    }

    private static UnreadableStatementException tooDeep(XMLStreamReader reader) {
        return UnreadableStatementException.tooDeep("CAMT", reader.getLocation().getLineNumber(), MAX_DEPTH);
    }

    private static UnreadableStatementException notCamt(String found) {
        return UnreadableStatementException.notTheFormat(
                "CAMT",
                "Not an ISO 20022 CAMT file: expected a BkToCstmrStmt (camt.053),"
                        + " BkToCstmrAcctRpt (camt.052) or BkToCstmrDbtCdtNtfctn (camt.054) message, found <" + found
                        + ">.");
    }

    /** Reads the element the reader stands on, through its end tag. */
    private static Element element(XMLStreamReader reader, int depth) throws XMLStreamException {
        if (depth >= MAX_DEPTH) {
            throw tooDeep(reader);
        }
        int line = reader.getLocation().getLineNumber();
        String name = reader.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        List<Element> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(reader, depth + 1));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + reader.getTextLength() > MAX_TEXT) {
                        throw UnreadableStatementException.tooLong(
                                "CAMT", reader.getLocation().getLineNumber(), MAX_TEXT);
                    }
                    text.append(reader.getText());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Element(name, attributes, text.toString(), children, line);
                }
                default -> {}
            }
        }
    }

    /**
     * An entry with status INFO is "only provided for information, no booking has been performed" (ISO 20022):
     * it is set aside as not happened (decision 34). A reversal ({@code RvslInd}) is a real booking that undoes an
     * earlier one and stays.
     */
    private static void addEntry(
            Element entry,
            String accountCurrency,
            List<ParsedRow> rows,
            List<RowError> errors,
            List<NotHappenedRow> notHappened) {
        if ("INFO".equals(status(entry))) {
            notHappened.add(new NotHappenedRow(entry.line(), "INFO", List.of(compact(entry))));
            return;
        }
        try {
            rows.add(row(entry, accountCurrency));
        } catch (IllegalArgumentException e) {
            errors.add(RowError.of(entry.line(), e));
        }
    }

    private static ParsedRow row(Element entry, String accountCurrency) {
        boolean debit = debit(entry);
        // RvslInd is deliberately not applied: CdtDbtInd is already the direction of the reversing entry itself
        // (ISO 20022: a reversed credit is booked as DBIT with RvslInd true).
        BigDecimal amount = amount(entry);
        LocalDate valueDate = date(entry, "ValDt");
        LocalDate bookedDate = fallback(date(entry, "BookgDt"), valueDate);
        if (bookedDate == null) {
            throw UnreadableRowException.missingDate("BookgDt, ValDt");
        }
        return new ParsedRow(
                entry.line(),
                bookedDate,
                valueDate,
                debit ? amount.negate() : amount,
                currencyOf(entry, accountCurrency),
                description(entry),
                counterparty(entry, debit),
                fallback(reference(entry.text("AcctSvcrRef")), reference(entry.text("NtryRef"))),
                "PDNG".equals(status(entry)),
                List.of(compact(entry)));
    }

    /** BOOK, PDNG or INFO: a code of its own before version .08, inside {@code <Cd>} from it on. */
    private static String status(Element entry) {
        return fallback(entry.text("Sts"), entry.text("Sts", "Cd"));
    }

    /** "NONREF" is SEPA's placeholder for "no reference" (every entry of a Sparkasse report carries it). */
    private static String reference(String reference) {
        return reference == null || reference.equalsIgnoreCase("NONREF") ? null : reference;
    }

    private static boolean debit(Element entry) {
        String indicator = entry.text("CdtDbtInd");
        if (indicator == null) {
            throw UnreadableRowException.missingDirection("CdtDbtInd");
        }
        return switch (indicator) {
            case "DBIT" -> true;
            case "CRDT" -> false;
            default -> throw UnreadableRowException.unknownDirection("CdtDbtInd", indicator);
        };
    }

    private static BigDecimal amount(Element entry) {
        String amount = entry.text("Amt");
        if (amount == null) {
            throw UnreadableRowException.missingAmount("Amt");
        }
        try {
            return new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw UnreadableRowException.unreadableAmount("Amt", amount);
        }
    }

    private static String currencyOf(Element entry, String accountCurrency) {
        return fallback(
                entry.child("Amt")
                        .map(amount -> currency(amount.attributes().get("Ccy")))
                        .orElse(null),
                accountCurrency);
    }

    /** A currency code, or null for none: blank, or "XXX", ISO 4217's "no currency" (seen in Swiss statements). */
    private static String currency(String code) {
        String currency = code == null ? "" : code.strip();
        return currency.isEmpty() || currency.equals(NO_CURRENCY) ? null : currency;
    }

    /** BookgDt or ValDt as a date: xs:date (possibly with a time zone, "2017-04-01+02:00") or a date-time. */
    private static LocalDate date(Element entry, String element) {
        String value = fallback(entry.text(element, "Dt"), entry.text(element, "DtTm"));
        if (value == null) {
            return null;
        }
        Matcher date = ISO_DATE.matcher(value);
        if (date.find()) {
            try {
                return LocalDate.parse(date.group(1));
            } catch (DateTimeParseException e) {
                // an impossible day, such as 2017-02-30: reported below
            }
        }
        throw UnreadableRowException.unreadableDate(element, value);
    }

    private static String description(Element entry) {
        String unstructured = entry.descendants("RmtInf")
                .flatMap(remittance -> remittance.children().stream())
                .filter(line -> line.name().equals("Ustrd"))
                .map(Element::text)
                .filter(Objects::nonNull)
                .distinct()
                .collect(Collectors.joining(" "));
        return Optional.of(unstructured)
                .filter(text -> !text.isEmpty())
                .or(() -> first(entry.descendants("CdtrRefInf").map(reference -> reference.text("Ref"))))
                .or(() -> Optional.ofNullable(entry.text("AddtlNtryInf")))
                .or(() -> first(entry.descendants("AddtlTxInf").map(Element::text)))
                .orElse("");
    }

    /** Who the money went to (for a debit) or came from (for a credit); from version 8 the name is in a Pty. */
    private static String counterparty(Element entry, boolean debit) {
        String party = debit ? "Cdtr" : "Dbtr";
        return first(entry.descendants("RltdPties")
                        .flatMap(parties -> parties.child(party).stream())
                        .map(p -> fallback(p.text("Nm"), p.text("Pty", "Nm"))))
                .orElse("");
    }

    private static Optional<String> first(Stream<String> texts) {
        return texts.filter(Objects::nonNull).findFirst();
    }

    private static <T> T fallback(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /** The entry's texts as name=value pairs, in document order. */
    private static String compact(Element entry) {
        return entry.leaves()
                .filter(leaf -> leaf.text() != null)
                .map(leaf -> leaf.name() + "=" + leaf.text())
                .collect(Collectors.joining("; "));
    }

    private static String collapse(String text) {
        return Spaces.collapse(text).strip();
    }

    private static String malformed(XMLStreamException e) {
        String message = Objects.toString(e.getMessage(), "");
        // The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; the location is given in words instead.
        int reason = message.indexOf("Message: ");
        if (reason >= 0) {
            message = message.substring(reason + "Message: ".length());
        }
        return e.getLocation() == null
                ? "Not well-formed XML: " + message
                : "Not well-formed XML at line " + e.getLocation().getLineNumber() + ", column "
                        + e.getLocation().getColumnNumber() + ": " + message;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was opened that outlives the byte array
            }
        }
    }
}
