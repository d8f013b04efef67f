package org.tributary.platform.control;

import java.math.BigDecimal;
import java.util.Optional;

/** Money on the wire: a string with a decimal point and at least two decimals ("-12.50"), never a float. */
public final class Money {

    private Money() {}

    public static String format(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
    }

    /** @return the amount, or empty when the text is not a plain decimal number */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || !text.strip().matches("[+-]?\\d{1,13}(\\.\\d{1,6})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.strip()));
    }
}
