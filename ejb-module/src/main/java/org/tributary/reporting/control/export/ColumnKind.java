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
    PERCENT;

    boolean isNumeric() {
        return this == MONEY || this == COUNT || this == PERCENT;
    }

    boolean accepts(Object value) {
        return value == null
                || switch (this) {
                    case TEXT -> true;
                    case DATE -> value instanceof LocalDate;
                    case MONEY, PERCENT -> value instanceof BigDecimal;
                    case COUNT -> value instanceof Long || value instanceof Integer;
                };
    }
}
