package org.tributary.importing.control.mt940;

import com.prowidesoftware.swift.model.field.Field61;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * SWIFT MT940 statements and MT942 interim reports, with or without the {1:}{2:}{4: envelope, one or many
 * statements a file. The text is split into tags here; each :61: line is read by Prowide's {@code Field61}
 * (value date, entry date, debit/credit mark including reversals, amount) and paired with the :86: that
 * follows it, whose structured sub-fields (German ?20–?33, Dutch /NAME/ /REMI/) give the description and
 * the counterparty.
 */
public final class Mt940StatementReader {

    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$");
    private static final Pattern BALANCE_CURRENCY = Pattern.compile("^[CD]\\d{6}([A-Z]{3})");
    private static final Pattern FLOOR_CURRENCY = Pattern.compile("^([A-Z]{3})[CD]?\\d");
    private static final Pattern ZKA_FIELD = Pattern.compile("\\?(\\d{2})([^?]*)");
    private static final Pattern SLASH_FIELD =
            Pattern.compile("/(NAME|REMI|EREF|CNTP|ORDP|BENM|ID|ADDR|IBAN|BIC|TRCD|MARF|CSID|SVCL|PURP)/+([^/]*)");

    private record Tag(String name, String value, int line) {}

    private Mt940StatementReader() {}

    public static Statement read(byte[] bytes, String defaultCurrency) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        LineLength.check(decoded.text(), "MT940");
        List<Tag> tags = tags(decoded.text());
        if (tags.stream().noneMatch(t -> t.name().equals("61"))
                && tags.stream().noneMatch(t -> t.name().equals("20"))) {
            throw UnreadableStatementException.notTheFormat("MT940", "No MT940 statement lines (:61:) in this file.");
        }
        List<ParsedRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String currency = defaultCurrency;
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            switch (tag.name()) {
                case "60F", "60M", "62F" -> currency = currencyOf(BALANCE_CURRENCY, tag.value(), currency);
                case "34F" -> currency = currencyOf(FLOOR_CURRENCY, tag.value(), currency);
                case "61" -> {
                    String details =
                            i + 1 < tags.size() && tags.get(i + 1).name().equals("86")
                                    ? tags.get(i + 1).value()
                                    : "";
                    try {
                        rows.add(row(tag, details, currency));
                    } catch (UnreadableRowException e) {
                        errors.add(RowError.of(tag.line(), e)); // a currency or an amount the ledger refuses
                    } catch (RuntimeException e) {
                        errors.add(RowError.of(
                                tag.line(),
                                UnreadableRowException.incompleteRecord(
                                        ":61:", tag.value().lines().findFirst().orElse(""))));
                    }
                }
                default -> {}
            }
        }
        return new Statement("mt940", decoded.charset().name(), rows, errors, 0);
    }

    private static ParsedRow row(Tag tag, String details, String currency) {
        String[] lines = tag.value().split("\n", 2);
        Field61 field = new Field61(lines[0].strip());
        if (field.getAmountAsBigDecimal() == null && lines.length > 1) {
            // The amount wrapped onto the next line.
            String[] rest = lines[1].split("\n", 2);
            field = new Field61(lines[0].strip() + rest[0].strip());
            lines = rest.length > 1 ? new String[] {lines[0], rest[1]} : new String[] {lines[0]};
        }
        String mark = field.getDebitCreditMark() == null
                ? ""
                : field.getDebitCreditMark().toUpperCase(Locale.ROOT);
        BigDecimal amount = field.getAmountAsBigDecimal();
        if (amount == null || field.getValueDate() == null) {
            throw UnreadableRowException.incompleteRecord(
                    ":61:", tag.value().lines().findFirst().orElse(""));
        }
        boolean debit = mark.equals("D") || mark.equals("RC");
        LocalDate valueDate = yymmdd(field.getValueDate());
        LocalDate booked = field.getEntryDate() == null ? valueDate : entryDate(valueDate, field.getEntryDate());
        String supplementary = lines.length > 1 ? lines[1].replace('\n', ' ').strip() : "";
        Details parsed = details(details);
        String counterparty = parsed.counterparty().isBlank() ? supplementary : parsed.counterparty();
        return new ParsedRow(
                tag.line(),
                booked,
                valueDate,
                debit ? amount.negate() : amount,
                currency,
                parsed.description(),
                counterparty,
                null,
                false,
                List.of(tag.value(), details));
    }

    private record Details(String description, String counterparty) {}

    private static Details details(String raw) {
        String text = raw.replace("\n", "");
        if (text.contains("?")) {
            StringBuilder purpose = new StringBuilder();
            StringBuilder name = new StringBuilder();
            Matcher field = ZKA_FIELD.matcher(text);
            while (field.find()) {
                int code = Integer.parseInt(field.group(1));
                if (code >= 20 && code <= 29 || code >= 60 && code <= 63) {
                    purpose.append(field.group(2));
                } else if (code == 32 || code == 33) {
                    name.append(field.group(2));
                }
            }
            if (purpose.length() > 0 || name.length() > 0) {
                return new Details(clean(purpose.toString()), clean(name.toString()));
            }
        }
        if (text.contains("/NAME/") || text.contains("/REMI/")) {
            String name = "";
            String remittance = "";
            Matcher field = SLASH_FIELD.matcher(text);
            while (field.find()) {
                if (field.group(1).equals("NAME") && name.isEmpty()) {
                    name = field.group(2);
                } else if (field.group(1).equals("REMI")) {
                    remittance = field.group(2);
                }
            }
            return new Details(clean(remittance.isBlank() ? text : remittance), clean(name));
        }
        return new Details(clean(raw.replace('\n', ' ')), "");
    }

    private static String clean(String text) {
        return Spaces.collapse(text.replace('\u00AD', ' ')).strip();
    }

    private static List<Tag> tags(String text) {
        List<Tag> tags = new ArrayList<>();
        // A tag whose colon was wrapped onto its own line (":" then "86:...") is put back together.
        String[] lines = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("(?m)^:\\n(\\d{2}[A-Z]?:)", ":$1")
                .split("\n");
        String name = null;
        StringBuilder value = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("{") && line.contains("{4:")) {
                line = line.substring(line.indexOf("{4:") + 3);
            }
            Matcher tag = TAG.matcher(line);
            if (tag.matches()) {
                if (name != null) {
                    tags.add(new Tag(name, value.toString().strip(), start));
                }
                name = tag.group(1);
                value = new StringBuilder(tag.group(2));
                start = i + 1;
            } else if (line.startsWith("-}") || line.equals("-")) {
                if (name != null) {
                    tags.add(new Tag(name, value.toString().strip(), start));
                }
                name = null;
            } else if (name != null && !line.isBlank()) {
                value.append('\n').append(line);
            }
        }
        if (name != null) {
            tags.add(new Tag(name, value.toString().strip(), start));
        }
        return tags;
    }

    private static String currencyOf(Pattern pattern, String value, String fallback) {
        Matcher matcher = pattern.matcher(value.strip());
        return matcher.find() ? matcher.group(1) : fallback;
    }

    private static LocalDate yymmdd(String value) {
        int year = 2000 + Integer.parseInt(value.substring(0, 2));
        return LocalDate.of(
                year > LocalDate.now().getYear() + 1 ? year - 100 : year,
                Integer.parseInt(value.substring(2, 4)),
                Integer.parseInt(value.substring(4, 6)));
    }

    /** The entry date carries no year: it is the one nearest to the value date (a statement may span New Year). */
    private static LocalDate entryDate(LocalDate valueDate, String mmdd) {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2, 4));
        LocalDate sameYear = LocalDate.of(valueDate.getYear(), month, day);
        if (sameYear.isAfter(valueDate.plusMonths(6))) {
            return sameYear.minusYears(1);
        }
        return sameYear.isBefore(valueDate.minusMonths(6)) ? sameYear.plusYears(1) : sameYear;
    }
}
