package org.tributary.importing.control.csv;

import java.math.BigDecimal;
import java.util.Collection;
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
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    public static final AmountFormat POINT = new AmountFormat('.');
    public static final AmountFormat COMMA = new AmountFormat(',');

    /** Decides the decimal separator from the cells of one column. */
    public static AmountFormat detect(Collection<String> cells) {
        int comma = 0;
        int point = 0;
        for (String raw : cells) {
            String cell = strip(raw);
            if (COMMA_THEN_POINT.matcher(cell).matches()) {
                point += 2;
            } else if (POINT_THEN_COMMA.matcher(cell).matches()) {
                comma += 2;
            } else if (COMMA_DECIMAL.matcher(cell).matches()) {
                comma++;
            } else if (POINT_DECIMAL.matcher(cell).matches()) {
                point++;
            }
        }
        return comma > point ? COMMA : POINT;
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
        if (!NUMBER.matcher(cell).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(cell);
        return Optional.of(negative ? value.negate() : value);
    }

    private static String strip(String raw) {
        return NOISE.matcher(raw.strip()).replaceAll("");
    }
}
