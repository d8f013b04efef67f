package org.tributary.reporting.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How much of the period before a report's period has data, and so what "grew" may honestly be measured
 * against (decision 29). A period before the person's first transaction is not a period of no spending: a
 * year compared with a "year" holding one month of data made every category grow by 1,100 %.
 *
 * <ul>
 *   <li>{@link Comparison#WHOLE_PERIOD}: the data starts on or before the previous period's first day; the
 *       two periods are compared as they are.
 *   <li>{@link Comparison#PART_SCALED}: the data starts inside the previous period and covers at least
 *       {@value #FEWEST_DAYS} days of it (or all of a shorter one); its part is scaled to the full length
 *       (a daily average times the days), and the report says so.
 *   <li>{@link Comparison#TOO_LITTLE}: no data before the period, or fewer days than that: nothing grew,
 *       because nothing can be compared.
 * </ul>
 *
 * @param dataFrom the first day with a transaction in the previous period, or null when there is none
 * @param coveredDays the days from dataFrom to the end of the previous period (0 without data)
 */
public record EarlierData(Comparison comparison, LocalDate dataFrom, long coveredDays, long periodDays) {

    public enum Comparison {
        WHOLE_PERIOD,
        PART_SCALED,
        TOO_LITTLE
    }

    /** Four weeks: less earlier data says little about a usual month, let alone a year. */
    static final long FEWEST_DAYS = 28;

    /** @param firstDay the first day with a transaction in the previous period, or null */
    public static EarlierData of(ReportQuery previous, LocalDate firstDay) {
        long length = previous.days();
        if (firstDay == null) {
            return new EarlierData(Comparison.TOO_LITTLE, null, 0, length);
        }
        if (!firstDay.isAfter(previous.from())) {
            return new EarlierData(Comparison.WHOLE_PERIOD, firstDay, length, length);
        }
        long covered = ChronoUnit.DAYS.between(firstDay, previous.to()) + 1;
        Comparison comparison =
                covered >= Math.min(FEWEST_DAYS, length) ? Comparison.PART_SCALED : Comparison.TOO_LITTLE;
        return new EarlierData(comparison, firstDay, covered, length);
    }

    public boolean comparable() {
        return comparison != Comparison.TOO_LITTLE;
    }

    /** @return the previous period's total as it would be over the whole period */
    BigDecimal scaled(BigDecimal previousTotal) {
        if (comparison != Comparison.PART_SCALED) {
            return previousTotal;
        }
        return previousTotal
                .multiply(BigDecimal.valueOf(periodDays))
                .divide(BigDecimal.valueOf(coveredDays), MathContext.DECIMAL64)
                .setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
}
