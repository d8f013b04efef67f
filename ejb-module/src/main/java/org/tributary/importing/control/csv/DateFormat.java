package org.tributary.importing.control.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a column writes dates. The order of day and month is decided from the whole column (a 13 or more
 * in the first place means day first; in the second place, month first); only when every value fits both
 * does the file's style decide (day first, except for "/"-dates in a comma-separated file, the US habit).
 * Understands 4-, 2-, 3- ("099") and 1-digit years, compact YYYYMMDD (also with an OFX-style time), month
 * names in English, German, Dutch, French and Spanish, and a trailing time.
 */
public record DateFormat(Order order) {

    public enum Order {
        YMD,
        DMY,
        MDY
    }

    private static final Pattern COMPACT =
            Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\d{6})?(?:\\.\\d+)?(?:\\[.*])?(?:\\s.*)?$");
    private static final Pattern NUMERIC = Pattern.compile("^(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})(?:[\\sT,-].*)?$");
    private static final Pattern NAMED =
            Pattern.compile("^(\\d{1,2})[\\s.-]+(\\p{L}{3,})\\.?[\\s.-]+(\\d{1,4})(?:\\s.*)?$");
    private static final Map<String, Integer> MONTHS = months();

    /** Decides the order of day and month from every cell of the column. */
    public static DateFormat detect(Collection<String> column, boolean usStyleHint) {
        Set<String> cells = new HashSet<>(column); // a statement repeats a few hundred dates; the order is moot
        boolean dayFirstPossible = true;
        boolean monthFirstPossible = true;
        boolean yearFirst = false;
        for (String raw : cells) {
            Matcher numeric = NUMERIC.matcher(raw.strip());
            if (!numeric.matches()) {
                continue;
            }
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            if (numeric.group(1).length() == 4) {
                yearFirst = true;
                continue;
            }
            if (first > 12) {
                monthFirstPossible = false;
            }
            if (second > 12) {
                dayFirstPossible = false;
            }
        }
        if (yearFirst) {
            return new DateFormat(Order.YMD);
        }
        DateFormat tightest = tightestOrder(cells);
        if (tightest != null) {
            return tightest;
        }
        if (dayFirstPossible && !monthFirstPossible) {
            return new DateFormat(Order.DMY);
        }
        if (monthFirstPossible && !dayFirstPossible) {
            return new DateFormat(Order.MDY);
        }
        return new DateFormat(usStyleHint ? Order.MDY : Order.DMY);
    }

    /**
     * When two-digit years make day, month and year orders all possible ("13/08/12"), the order under which
     * the dates lie closest together is the file's: a statement covers weeks, not decades.
     */
    private static DateFormat tightestOrder(Collection<String> cells) {
        DateFormat best = null;
        long bestSpan = Long.MAX_VALUE;
        long secondSpan = Long.MAX_VALUE;
        for (Order order : Order.values()) {
            DateFormat format = new DateFormat(order);
            LocalDate min = null;
            LocalDate max = null;
            boolean all = true;
            for (String cell : cells) {
                if (!NUMERIC.matcher(cell.strip()).matches()) {
                    continue;
                }
                Optional<LocalDate> date = format.parse(cell);
                if (date.isEmpty()) {
                    all = false;
                    break;
                }
                min = min == null || date.get().isBefore(min) ? date.get() : min;
                max = max == null || date.get().isAfter(max) ? date.get() : max;
            }
            if (!all || min == null) {
                continue;
            }
            long span = java.time.temporal.ChronoUnit.DAYS.between(min, max);
            if (span < bestSpan) {
                secondSpan = bestSpan;
                bestSpan = span;
                best = format;
            } else if (span < secondSpan) {
                secondSpan = span;
            }
        }
        // Only decisive when the other orders spread the dates over years.
        return best != null && secondSpan - bestSpan > 366 ? best : null;
    }

    public Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String cell = raw.strip();
        try {
            Matcher compact = COMPACT.matcher(cell);
            if (compact.matches()) {
                return valid(
                        year(compact.group(1)), Integer.parseInt(compact.group(2)), Integer.parseInt(compact.group(3)));
            }
            Matcher numeric = NUMERIC.matcher(cell);
            if (numeric.matches()) {
                String a = numeric.group(1);
                String b = numeric.group(3);
                String c = numeric.group(4);
                if (a.length() == 4 || order == Order.YMD) {
                    return valid(year(a), Integer.parseInt(b), Integer.parseInt(c));
                }
                return order == Order.MDY
                        ? valid(year(c), Integer.parseInt(a), Integer.parseInt(b))
                        : valid(year(c), Integer.parseInt(b), Integer.parseInt(a));
            }
            Matcher named = NAMED.matcher(cell);
            if (named.matches()) {
                Integer month = monthNumber(named.group(2));
                return month == null
                        ? Optional.empty()
                        : valid(year(named.group(3)), month, Integer.parseInt(named.group(1)));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** True for anything that looks like a date in some order, used before the order is known. */
    static boolean looksLikeDate(String raw) {
        return new DateFormat(Order.DMY).parse(raw).isPresent()
                || new DateFormat(Order.MDY).parse(raw).isPresent();
    }

    static int year(String digits) {
        int value = Integer.parseInt(digits);
        return switch (digits.length()) {
            case 4 -> value;
            case 3 -> 1900 + value; // "099": the Y2K-era habit of printing years since 1900
            default -> value + (value <= (LocalDate.now().getYear() % 100) + 1 ? 2000 : 1900);
        };
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Integer monthNumber(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("juin")) {
            return 6;
        }
        if (lower.startsWith("juil")) {
            return 7;
        }
        return MONTHS.get(lower.length() <= 3 ? lower : lower.substring(0, 3));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        String[][] names = {
            {"jan", "ene", "janv", "jän"},
            {"feb", "fev", "fév"},
            {"mar", "mrt", "mär", "mae"},
            {"apr", "avr", "abr"},
            {"may", "mai", "mei"},
            {"jun"},
            {"jul"},
            {"aug", "aou", "aoû", "ago"},
            {"sep", "set"},
            {"oct", "okt"},
            {"nov"},
            {"dec", "dez", "dic", "déc"}
        };
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(name.length() <= 3 ? name : name.substring(0, 3), month + 1);
            }
        }
        return Map.copyOf(months);
    }
}
