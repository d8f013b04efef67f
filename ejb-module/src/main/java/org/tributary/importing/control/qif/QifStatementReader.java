package org.tributary.importing.control.qif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tributary.importing.control.csv.AmountFormat;
import org.tributary.importing.control.csv.DateFormat;
import org.tributary.importing.control.csv.TextDecoder;
import org.tributary.importing.control.statement.LineLength;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * Quicken Interchange Format: records of one-letter fields ended by "^", in sections opened by "!Type:".
 * QIF has no date convention, so the order of day, month and year is decided from all the dates of the
 * file together, as for CSV; Quicken's "1/12'04" and the Y2K-era "03/25/099" are understood, as is text
 * glued to the date. Split lines (S, E, $) belong to their record, whose total (T) is the transaction.
 * There is no maintained Java QIF library; the format is small enough to read here.
 */
public final class QifStatementReader {

    private static final Pattern DATE_TOKEN =
            Pattern.compile("^\\s*(\\d{1,4}\\s*[/.'-]\\s*\\d{1,2}\\s*[/.'-]\\s*\\d{1,4})");
    private static final List<String> TRANSACTION_SECTIONS =
            List.of("bank", "cash", "ccard", "oth a", "oth l", "invst");

    private record Record(int line, String date, String amount, String payee, String memo, String number) {}

    private QifStatementReader() {}

    public static Statement read(byte[] bytes, String defaultCurrency) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        LineLength.check(decoded.text(), "QIF");
        List<Record> records = records(decoded.text());
        if (records.isEmpty()) {
            throw UnreadableStatementException.notTheFormat(
                    "QIF", "No QIF transactions (!Type: sections with ^-ended records) in this file.");
        }
        DateFormat dates = DateFormat.detect(
                records.stream().map(Record::date).filter(d -> d != null).toList(), true);
        AmountFormat amounts = AmountFormat.detect(
                records.stream().map(Record::amount).filter(a -> a != null).toList());
        List<ParsedRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (Record record : records) {
            Optional<LocalDate> date = record.date() == null ? Optional.empty() : dates.parse(record.date());
            Optional<BigDecimal> amount = record.amount() == null ? Optional.empty() : amounts.parse(record.amount());
            if (date.isEmpty()) {
                errors.add(RowError.unreadableDate(record.line(), record.date()));
            } else if (amount.isEmpty()) {
                errors.add(RowError.unreadableAmount(record.line(), record.amount()));
            } else {
                String description = record.memo().isBlank() ? record.payee() : record.memo();
                try {
                    rows.add(new ParsedRow(
                            record.line(),
                            date.get(),
                            null,
                            amount.get(),
                            defaultCurrency,
                            description,
                            record.payee(),
                            null,
                            false,
                            List.of(record.date(), record.amount(), record.payee(), record.memo())));
                } catch (IllegalArgumentException e) {
                    errors.add(RowError.of(record.line(), e)); // an amount the ledger cannot hold
                }
            }
        }
        return new Statement("qif", decoded.charset().name(), rows, errors, 0);
    }

    private static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        boolean inTransactions = false;
        Integer start = null;
        String date = null;
        String amount = null;
        StringBuilder payee = new StringBuilder();
        StringBuilder memo = new StringBuilder();
        String number = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.startsWith("!")) {
                String header = line.substring(1).toLowerCase(Locale.ROOT);
                inTransactions = header.startsWith("type:")
                        && TRANSACTION_SECTIONS.contains(header.substring(5).strip());
                start = null;
                continue;
            }
            if (line.isBlank() || !inTransactions) {
                continue;
            }
            if (line.startsWith("^")) {
                if (start != null) {
                    records.add(new Record(
                            start,
                            date,
                            amount,
                            payee.toString().strip(),
                            memo.toString().strip(),
                            number));
                }
                start = null;
                date = null;
                amount = null;
                payee.setLength(0);
                memo.setLength(0);
                number = "";
                continue;
            }
            if (start == null) {
                start = i + 1;
            }
            char field = line.charAt(0);
            String value = line.substring(1).strip();
            switch (field) {
                case 'D' -> date = dateToken(value);
                case 'T', 'U' -> amount = amount == null ? value : amount;
                case 'P' -> payee.append(value);
                case 'M' -> memo.append(memo.length() == 0 ? "" : " ").append(value);
                case 'N' -> number = value;
                default -> {} // L category, C cleared, A address, S/E/$ splits: not needed for the ledger row
            }
        }
        return records;
    }

    /** "03/25/099Share Withdrawal" → "03/25/099"; Quicken's "1/12'04" → "1/12/04". */
    private static String dateToken(String value) {
        Matcher token = DATE_TOKEN.matcher(value);
        String date = token.find() ? token.group(1) : value;
        return date.replace('\'', '/').replace(" ", "");
    }
}
