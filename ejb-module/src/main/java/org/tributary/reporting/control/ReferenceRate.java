package org.tributary.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One of the ECB's euro reference rates: on day, one euro was worth rate units of currency. */
public record ReferenceRate(String currency, LocalDate day, BigDecimal rate) {

    public ReferenceRate {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not a currency code: " + currency);
        }
        if (day == null || rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate has a day and is more than 0");
        }
    }
}
