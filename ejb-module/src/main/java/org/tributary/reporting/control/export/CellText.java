package org.tributary.reporting.control.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A value as a reader sees it on paper, the same whatever the server's locale: ISO dates, "1,234.56 €",
 * "1,234", "12.5%". Not thread-safe: one per export.
 */
final class CellText {

    private final CurrencySymbol currency;
    private final DecimalFormat money = format("#,##0.00");
    private final DecimalFormat count = format("#,##0");
    private final DecimalFormat percent = format("#,##0.0");

    CellText(String currency) {
        this.currency = CurrencySymbol.of(currency);
    }

    String of(ColumnKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT, DATE -> value.toString();
            case MONEY -> money((BigDecimal) value);
            case COUNT -> count.format(((Number) value).longValue());
            case PERCENT -> percent.format(value) + "%";
            case DECIMAL -> money.format(value);
        };
    }

    String money(BigDecimal amount) {
        return currency.mark(money.format(amount));
    }

    /** @return a plain number, for chart axes */
    String number(double value) {
        return count.format(value);
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}
