package org.tributary.importing.control.csv;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a column writes money: which character is the decimal separator. Decided once for the whole column
 * (a lone "1.000" is a thousand in a comma-decimal file and one in a point-decimal one), then each cell is
 * read with it: currency symbols and codes, spaces and apostrophes as grouping, a leading or trailing sign,
 * accounting parentheses and "+$88.55"-style signs are all understood.
 */
public record AmountFormat(char decimalSeparator) {

    private static final Pattern NOISE = Pattern.compile("[\\s\\u00A0\\u202F'’$€£¥₽₴₹]|[A-Za-z]{3}(?![A-Za-z])");
    private static final Pattern COMMA_DECIMAL = Pattern.compile(".*\\d,\\d{1,2}$");
    private static final Pattern POINT_DECIMAL = Pattern.compile(".*\\d\\.\\d{1,2}$");
    private static final Pattern COMMA_THEN_POINT = Pattern.compile(".*\\d,\\d{3}\\.\\d+$");
    private static final Pattern POINT_THEN_COMMA = Pattern.compile(".*\\d\\.\\d{3},\\d+$");

    public static final AmountFormat POINT = new AmountFormat('.');
    public static final AmountFormat COMMA = new AmountFormat(',');

    /** Decides the decimal separator from the cells of one column. */
    public static AmountFormat detect(Collection<String> cells) {
        Tally tally = new Tally();
        cells.forEach(tally::add);
        return tally.result();
    }

    /** The votes of a column's cells, added one cell at a time: a file need not be held to be judged. */
    static final class Tally {

        private static final int CACHE = 65_536;

        private final Map<String, Integer> votes = new HashMap<>(); // a column repeats its amounts
        private long commaOverPoint;

        void add(String cell) {
            Integer vote = votes.get(cell);
            if (vote == null) {
                vote = vote(cell);
                if (votes.size() < CACHE) {
                    votes.put(cell, vote);
                }
            }
            commaOverPoint += vote;
        }

        AmountFormat result() {
            return commaOverPoint > 0 ? COMMA : POINT;
        }
    }

    /** For a decimal comma positive, for a decimal point negative; twice as much when grouping confirms it. */
    private static int vote(String raw) {
        String cell = strip(raw);
        if (COMMA_THEN_POINT.matcher(cell).matches()) {
            return -2;
        } else if (POINT_THEN_COMMA.matcher(cell).matches()) {
            return 2;
        } else if (COMMA_DECIMAL.matcher(cell).matches()) {
            return 1;
        }
        return POINT_DECIMAL.matcher(cell).matches() ? -1 : 0;
    }

    /** @return the amount, or empty when the cell is blank or not a number */
    public Optional<BigDecimal> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String cell = strip(raw);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        boolean negative = false;
        if (cell.startsWith("(") && cell.endsWith(")")) {
            negative = true;
            cell = cell.substring(1, cell.length() - 1);
        }
        if (cell.startsWith("-") || cell.startsWith("−")) {
            negative = !negative;
            cell = cell.substring(1);
        } else if (cell.startsWith("+")) {
            cell = cell.substring(1);
        } else if (cell.endsWith("-")) {
            negative = !negative;
            cell = cell.substring(0, cell.length() - 1);
        }
        char grouping = decimalSeparator == ',' ? '.' : ',';
        cell = cell.replace(String.valueOf(grouping), "").replace(decimalSeparator, '.');
        if (cell.startsWith(".")) {
            cell = "0" + cell;
        }
        if (!isNumber(cell)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(cell);
        return Optional.of(negative ? value.negate() : value);
    }

    /** Digits, optionally a point and more digits. */
    private static boolean isNumber(String cell) {
        int point = cell.indexOf('.');
        int end = point < 0 ? cell.length() : point;
        return end > 0
                && digits(cell, 0, end)
                && (point < 0 || point + 1 < cell.length() && digits(cell, point + 1, cell.length()));
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String strip(String raw) {
        String cell = raw.strip();
        return plain(cell) ? cell : NOISE.matcher(cell).replaceAll("");
    }

    /** Most cells are digits, signs and separators only, with nothing for NOISE to remove. */
    private static boolean plain(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == ',' || c == '(' || c == ')')) {
                return false;
            }
        }
        return true;
    }
}
