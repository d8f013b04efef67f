package org.tributary.reporting.control.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a column holds, which decides how each format shows it. */
public enum ColumnKind {
    /** Any value, shown as its {@code toString()}. */
    TEXT,
    /** A {@link LocalDate}. */
    DATE,
    /** A {@link BigDecimal} in the report's currency. */
    MONEY,
    /** A whole number: {@link Long} or {@link Integer}. */
    COUNT,
    /** A {@link BigDecimal} in percent: 12.5 means 12.5 %. */
    PERCENT,
    /** A {@link BigDecimal} that is not money of the report's currency (shown without a currency sign). */
    DECIMAL;

    boolean isNumeric() {
        return this != TEXT && this != DATE;
    }

    boolean accepts(Object value) {
        return value == null
                || switch (this) {
                    case TEXT -> true;
                    case DATE -> value instanceof LocalDate;
                    case MONEY, PERCENT, DECIMAL -> value instanceof BigDecimal;
                    case COUNT -> value instanceof Long || value instanceof Integer;
                };
    }
}
