package org.tributary.analysis.control;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tributary.categorising.control.EnglishCategoryName;

/**
 * A payment that recurs: to whom, how often, the amount it costs now in its own currency, when it was last paid
 * and when it is due next, what a year of it costs, whether it is still paid, and each change of its price.
 */
public record RecurringPayment(
        String merchant,
        @JsonbTypeAdapter(EnglishCategoryName.class) String category,
        Cadence cadence,
        BigDecimal amount,
        String currency,
        LocalDate lastDate,
        LocalDate nextDate,
        BigDecimal yearlyTotal,
        boolean active,
        List<PriceChange> priceChanges) {

    /** From this day on, the payment was to instead of from. */
    public record PriceChange(LocalDate date, BigDecimal from, BigDecimal to) {}
}
