package org.tributary.reporting.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A bound in cents per merchant and currency, as one ClickHouse condition: the row's amount in cents is
 * below its merchant's bound (rows of other merchants never pass). ClickHouse's {@code transform()} looks
 * the bound up from two arrays given here, so no join is needed.
 */
final class MerchantBounds {

    private MerchantBounds() {}

    /** Adds "cents below the bound of the row's merchant and currency" to the filter; keys are [merchant, currency]. */
    static LedgerFilter below(LedgerFilter filter, Map<List<String>, Long> bounds) {
        List<String> keys = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        bounds.forEach((key, bound) -> {
            keys.add(key.get(0) + '\n' + key.get(1));
            values.append(values.length() == 0 ? "" : ", ")
                    .append("toInt64(")
                    .append(bound)
                    .append(')');
        });
        return filter.and(
                LedgerAnalytics.CENTS + " < transform(concat(merchant, '\\n', currency), ["
                        + String.join(", ", Collections.nCopies(keys.size(), "?")) + "], [" + values
                        + "], toInt64(-9223372036854775807))",
                keys.toArray());
    }
}
