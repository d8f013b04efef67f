package org.tributary.asking.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates in words, English and Russian: "last month", "this year", "in March", "since March", "from March to May",
 * "March 2025", "last 3 months", "the past 30 days", "today"; "в прошлом месяце", "за год", "с марта",
 * "в марте 2025 года", "за последние три месяца", "на прошлой неделе". A month without a year is its latest
 * occurrence up to today. One pass over the words.
 */
final class PeriodWords {

    /** The periods in the order they were written, and which words they took. */
    record Found(List<AskedPeriod> periods, BitSet used) {}

    private enum Unit {
        DAY,
        WEEK,
        MONTH,
        QUARTER,
        YEAR
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("jan", 1),
            Map.entry("february", 2),
            Map.entry("feb", 2),
            Map.entry("march", 3),
            Map.entry("mar", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("jun", 6),
            Map.entry("july", 7),
            Map.entry("jul", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9),
            Map.entry("sept", 9),
            Map.entry("sep", 9),
            Map.entry("october", 10),
            Map.entry("oct", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("december", 12),
            Map.entry("dec", 12),
            Map.entry("май", 5),
            Map.entry("мая", 5),
            Map.entry("мае", 5),
            Map.entry("июнь", 6),
            Map.entry("июня", 6),
            Map.entry("июне", 6),
            Map.entry("июль", 7),
            Map.entry("июля", 7),
            Map.entry("июле", 7));

    private static final List<String> RUSSIAN_MONTH_STEMS =
            List.of("январ", "феврал", "март", "апрел", "", "", "", "август", "сентябр", "октябр", "ноябр", "декабр");

    /** Words before "may" that make it the month, not "may I". */
    private static final Set<String> BEFORE_A_MONTH = Set.of(
            "in", "since", "from", "for", "of", "to", "till", "until", "and", "between", "vs", "versus", "during");

    private static final Set<String> THIS = Set.of(
            "this", "current", "этом", "этот", "эту", "этой", "текущем", "текущий", "текущую", "текущей", "нынешнем");
    private static final Set<String> PREVIOUS = Set.of(
            "previous",
            "прошлом",
            "прошлый",
            "прошлую",
            "прошлой",
            "прошлого",
            "предыдущем",
            "предыдущий",
            "предыдущую",
            "предыдущей");
    private static final Set<String> RECENT =
            Set.of("last", "past", "recent", "последние", "последний", "последнюю", "последних", "последнее");
    private static final Set<String> SINCE = Set.of("since", "from", "с", "со", "начиная");
    private static final Set<String> UNTIL = Set.of("to", "till", "until", "through", "and", "по", "до", "и");

    private final List<String> words;
    private final LocalDate today;
    private final BitSet used = new BitSet();
    private final List<AskedPeriod> periods = new ArrayList<>();

    private PeriodWords(List<String> words, LocalDate today) {
        this.words = words;
        this.today = today;
    }

    static Found in(List<String> words, LocalDate today) {
        PeriodWords reader = new PeriodWords(words, today);
        reader.read();
        return new Found(List.copyOf(reader.periods), reader.used);
    }

    private void read() {
        int i = 0;
        while (i < words.size()) {
            int next = readAt(i);
            i = next > i ? next : i + 1;
        }
    }

    /** Reads a period starting at word i; the index after it, or i when there is none. */
    private int readAt(int i) {
        String word = words.get(i);
        switch (word) {
            case "today", "сегодня" -> {
                return add(i, i + 1, new AskedPeriod(today, today));
            }
            case "yesterday", "вчера" -> {
                return add(i, i + 1, new AskedPeriod(today.minusDays(1), today.minusDays(1)));
            }
            case "ytd" -> {
                return add(i, i + 1, new AskedPeriod(today.withDayOfYear(1), today));
            }
            default -> {}
        }
        if (word.equals("year") && at(i + 1, "to") && at(i + 2, "date")) {
            return add(i, i + 3, new AskedPeriod(today.withDayOfYear(1), today));
        }
        if ((word.equals("с") || word.equals("со")) && at(i + 1, "начала")) {
            Unit unit = unit(i + 2);
            if (unit != null) {
                return add(i, i + 3, new AskedPeriod(start(unit, today), today));
            }
        }
        if (SINCE.contains(word)) {
            Month from = month(i + 1);
            if (from != null) {
                int after = from.end();
                if (after < words.size() && UNTIL.contains(words.get(after))) {
                    Month to = month(after + 1);
                    if (to != null) {
                        YearMonth first = from.year() == null && to.year() != null && from.month() > to.month()
                                ? YearMonth.of(to.year() - 1, from.month())
                                : from.yearMonth(to.year() != null ? to.year() : null, today);
                        YearMonth last = to.yearMonth(null, today);
                        if (last.isBefore(first)) {
                            last = last.plusYears(1);
                        }
                        return add(i, to.end(), new AskedPeriod(first.atDay(1), last.atEndOfMonth()));
                    }
                }
                return add(i, after, new AskedPeriod(from.yearMonth(null, today).atDay(1), today));
            }
        }
        if (word.equals("between") || word.equals("между")) {
            Month from = month(i + 1);
            if (from != null && from.end() < words.size() && UNTIL.contains(words.get(from.end()))) {
                Month to = month(from.end() + 1);
                if (to != null) {
                    YearMonth first = from.yearMonth(null, today);
                    YearMonth last = to.yearMonth(null, today);
                    if (last.isBefore(first)) {
                        first = first.minusYears(1);
                    }
                    return add(i, to.end(), new AskedPeriod(first.atDay(1), last.atEndOfMonth()));
                }
            }
        }
        Month month = month(i);
        if (month != null) {
            return add(i, month.end(), AskedPeriod.month(month.yearMonth(null, today)));
        }
        if (THIS.contains(word)) {
            Unit unit = unit(i + 1);
            if (unit != null) {
                return add(i, i + 2, current(unit));
            }
        }
        if (PREVIOUS.contains(word) || (word.equals("last") && unit(i + 1) != null)) {
            Unit unit = unit(i + 1);
            if (unit != null) {
                return add(i, i + 2, previous(unit));
            }
        }
        if (RECENT.contains(word) || word.equals("за")) {
            int at = i + 1;
            Integer count = at < words.size() ? QuestionWords.number(words.get(at)) : null;
            if (count != null) {
                at++;
            }
            Unit unit = unit(at);
            if (unit != null && (count != null || !word.equals("last"))) {
                return add(i, at + 1, rolling(unit, count == null ? 1 : count));
            }
            Integer year = year(i + 1);
            if (word.equals("за") && year != null) {
                int end = unit(i + 2) == Unit.YEAR ? i + 3 : i + 2;
                return add(i, end, AskedPeriod.year(year));
            }
        }
        Integer year = year(i);
        if (year != null) {
            int end = unit(i + 1) == Unit.YEAR ? i + 2 : i + 1;
            return add(i, end, AskedPeriod.year(year));
        }
        return i;
    }

    private int add(int from, int to, AskedPeriod period) {
        used.set(from, to);
        periods.add(period);
        return to;
    }

    private boolean at(int i, String word) {
        return i < words.size() && words.get(i).equals(word);
    }

    private Integer year(int i) {
        if (i >= words.size()) {
            return null;
        }
        String word = words.get(i);
        if (word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
            int year = Integer.parseInt(word);
            return year >= 1990 && year <= 2100 ? year : null;
        }
        return null;
    }

    /** A month name at i, with the year written after it if any ("march 2025", "марте 2025 года"). */
    private record Month(int month, Integer year, int end) {

        YearMonth yearMonth(Integer yearOfEnd, LocalDate today) {
            if (year != null) {
                return YearMonth.of(year, month);
            }
            if (yearOfEnd != null) {
                return YearMonth.of(yearOfEnd, month);
            }
            return month <= today.getMonthValue()
                    ? YearMonth.of(today.getYear(), month)
                    : YearMonth.of(today.getYear() - 1, month);
        }
    }

    private Month month(int i) {
        if (i >= words.size()) {
            return null;
        }
        String word = words.get(i);
        Integer month = MONTHS.get(word);
        if (month == null) {
            for (int m = 0; m < RUSSIAN_MONTH_STEMS.size(); m++) {
                String stem = RUSSIAN_MONTH_STEMS.get(m);
                if (!stem.isEmpty() && word.startsWith(stem) && word.length() <= stem.length() + 2) {
                    month = m + 1;
                    break;
                }
            }
        }
        if (month == null) {
            return null;
        }
        Integer year = year(i + 1);
        if (word.equals("may") && year == null && (i == 0 || !BEFORE_A_MONTH.contains(words.get(i - 1)))) {
            return null;
        }
        if (year == null) {
            return new Month(month, null, i + 1);
        }
        return new Month(month, year, unit(i + 2) == Unit.YEAR ? i + 3 : i + 2);
    }

    private Unit unit(int i) {
        if (i >= words.size()) {
            return null;
        }
        String word = words.get(i);
        return switch (word) {
            case "day", "days", "день", "дня", "дней", "сутки" -> Unit.DAY;
            case "week", "weeks", "неделя", "неделю", "недели", "неделе", "недель" -> Unit.WEEK;
            case "month", "months", "месяц", "месяца", "месяце", "месяцев", "месяцы" -> Unit.MONTH;
            case "quarter", "quarters", "квартал", "квартала", "квартале", "кварталов" -> Unit.QUARTER;
            case "year", "years", "год", "года", "году", "лет" -> Unit.YEAR;
            default -> null;
        };
    }

    private static LocalDate start(Unit unit, LocalDate day) {
        return switch (unit) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate next(Unit unit, LocalDate start) {
        return switch (unit) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    private AskedPeriod current(Unit unit) {
        LocalDate start = start(unit, today);
        return new AskedPeriod(start, next(unit, start).minusDays(1));
    }

    private AskedPeriod previous(Unit unit) {
        LocalDate start = start(unit, today);
        LocalDate before = switch (unit) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            case YEAR -> start.minusYears(1);
        };
        return new AskedPeriod(before, start.minusDays(1));
    }

    /** The last count units up to today ("the past 3 months": from the day after that day three months ago). */
    private AskedPeriod rolling(Unit unit, int count) {
        int n = Math.max(1, Math.min(count, 1000));
        LocalDate from = switch (unit) {
            case DAY -> today.minusDays(n - 1L);
            case WEEK -> today.minusWeeks(n).plusDays(1);
            case MONTH -> today.minusMonths(n).plusDays(1);
            case QUARTER -> today.minusMonths(3L * n).plusDays(1);
            case YEAR -> today.minusYears(n).plusDays(1);
        };
        return new AskedPeriod(from, today);
    }
}
