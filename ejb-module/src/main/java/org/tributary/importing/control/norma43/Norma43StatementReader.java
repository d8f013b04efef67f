package org.tributary.importing.control.norma43;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tributary.importing.control.csv.TextDecoder;
import org.tributary.importing.control.statement.LineLength;
import org.tributary.importing.control.statement.ParsedRow;
import org.tributary.importing.control.statement.RowError;
import org.tributary.importing.control.statement.Spaces;
import org.tributary.importing.control.statement.Statement;
import org.tributary.importing.control.statement.UnreadableRowException;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * Spanish AEB Norma 43 (CSB43, "Cuaderno 43") statements: fixed-width records of 80 columns, each named by its
 * first two digits. An 11 record opens an account and gives its currency as an ISO numeric code; each 22 record
 * is a movement (operation and value dates YYMMDD, 1 = debit / 2 = credit, 14 digits with two implicit
 * decimals); the 23 records after it carry its concept text, which becomes the description. 24 (currency
 * equivalence), 33 (account trailer) and 88 (file trailer) are not needed for the ledger. Banks drop the
 * trailing spaces of short records, so every record is padded back to 80 columns before it is cut. There is no
 * maintained Java library for Norma 43; the format is small enough to read here.
 */
public final class Norma43StatementReader {

    private static final int RECORD_LENGTH = 80;

    /** Record 11 up to its information mode is all digits: bank, branch, account, dates, balance, currency. */
    private static final Pattern ACCOUNT_HEADER = Pattern.compile("11\\d{49}.{0,29}");

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final Map<Integer, String> CURRENCIES_BY_NUMBER = Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getNumericCode() > 0)
            .sorted(Comparator.comparing(Currency::getCurrencyCode))
            .collect(Collectors.toMap(Currency::getNumericCode, Currency::getCurrencyCode, (first, later) -> first));

    /** A 22 record and the 23 records that follow it, with the currency of its account. */
    private record Movement(int line, String record, List<String> concepts, String currency) {}

    private Norma43StatementReader() {}

    /** For format sniffing: an account header of the right shape first, and at least one movement. */
    public static boolean looksLikeNorma43(String head) {
        List<String> lines = head.replace("\uFEFF", "").lines().toList();
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("");
        return ACCOUNT_HEADER.matcher(first.strip()).matches() && lines.stream().anyMatch(l -> l.startsWith("22"));
    }

    public static Statement read(byte[] bytes, String defaultCurrency) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        LineLength.check(decoded.text(), "Norma 43");
        String[] lines = decoded.text().split("\r\n|\r|\n", -1);
        List<Movement> movements = new ArrayList<>();
        Movement current = null;
        boolean accountHeader = false;
        int skipped = 0;
        String currency = defaultCurrency;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String code = line.length() < 2 ? line : line.substring(0, 2);
            switch (code) {
                case "11" -> {
                    current = null;
                    if (ACCOUNT_HEADER.matcher(line.strip()).matches()) {
                        accountHeader = true;
                        currency = currency(field(line, 48, 50), defaultCurrency);
                    } else {
                        skipped++;
                    }
                }
                case "22" -> {
                    current = new Movement(i + 1, line, new ArrayList<>(), currency);
                    movements.add(current);
                }
                case "23" -> {
                    if (current != null) {
                        current.concepts().add(line);
                    }
                }
                case "24" -> {}
                case "33", "88" -> current = null;
                default -> skipped++;
            }
        }
        List<ParsedRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (Movement movement : movements) {
            try {
                rows.add(row(movement));
            } catch (IllegalArgumentException e) {
                errors.add(RowError.of(movement.line(), e));
            }
        }
        if (!accountHeader && rows.isEmpty()) {
            throw UnreadableStatementException.notTheFormat(
                    "Norma 43",
                    "No Norma 43 records in this file: neither an account header (11) nor a movement (22).");
        }
        return new Statement("norma43", decoded.charset().name(), rows, errors, skipped);
    }

    private static ParsedRow row(Movement movement) {
        String record = movement.record();
        LocalDate operationDate = date(field(record, 11, 16), "operation date");
        String valueField = field(record, 17, 22);
        // An empty value date is let through: the operation date alone still dates the movement.
        LocalDate valueDate =
                valueField.isBlank() || valueField.equals("000000") ? null : date(valueField, "value date");
        BigDecimal amount = amount(field(record, 29, 42));
        String mark = field(record, 28, 28);
        BigDecimal signed = switch (mark) {
            case "1" -> amount.negate();
            case "2" -> amount;
            default -> throw UnreadableRowException.unknownDirection("clave debe/haber (1, 2)", mark);
        };
        List<String> cells = new ArrayList<>();
        cells.add(record);
        cells.addAll(movement.concepts());
        return new ParsedRow(
                movement.line(),
                operationDate,
                valueDate,
                signed,
                movement.currency(),
                description(record, movement.concepts()),
                "",
                null,
                false,
                List.copyOf(cells));
    }

    /** The concept text of the 23 records; without any, the second reference, then the first. */
    private static String description(String record, List<String> concepts) {
        String text = Spaces.collapse(concepts.stream()
                        .map(c -> field(c, 5, 42) + " " + field(c, 43, RECORD_LENGTH))
                        .collect(Collectors.joining(" ")))
                .strip();
        if (!text.isEmpty()) {
            return text;
        }
        for (String reference : List.of(field(record, 65, 80), field(record, 53, 64))) {
            // Banks fill an unused reference with zeros as often as with spaces.
            if (!reference.isBlank() && !reference.strip().matches("0+")) {
                return reference.strip();
            }
        }
        return "";
    }

    private static LocalDate date(String yymmdd, String what) {
        if (yymmdd.length() != 6 || !DIGITS.matcher(yymmdd).matches()) {
            throw UnreadableRowException.unreadableDate(what + " (YYMMDD)", yymmdd);
        }
        int year = 2000 + Integer.parseInt(yymmdd.substring(0, 2));
        try {
            return LocalDate.of(
                    year > LocalDate.now().getYear() + 1 ? year - 100 : year,
                    Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            throw UnreadableRowException.unreadableDate(what + " (YYMMDD)", yymmdd);
        }
    }

    private static BigDecimal amount(String digits) {
        if (digits.length() != 14 || !DIGITS.matcher(digits).matches()) {
            throw UnreadableRowException.unreadableAmount("amount (14 digits)", digits.strip());
        }
        return new BigDecimal(new BigInteger(digits), 2);
    }

    private static String currency(String isoNumber, String fallback) {
        if (!DIGITS.matcher(isoNumber).matches()) {
            return fallback;
        }
        return CURRENCIES_BY_NUMBER.getOrDefault(Integer.parseInt(isoNumber), fallback);
    }

    /** Columns {@code from} to {@code to}, 1-based and inclusive as the AEB specification numbers them. */
    private static String field(String record, int from, int to) {
        String padded =
                record.length() >= RECORD_LENGTH ? record : record + " ".repeat(RECORD_LENGTH - record.length());
        return padded.substring(from - 1, to);
    }
}
