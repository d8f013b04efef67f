package org.tributary.reporting.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bound in cents per merchant and currency, as one ClickHouse condition: the row's amount in cents is
 * below its merchant's bound (rows of other merchants never pass). ClickHouse's {@code transform()} looks
 * the bound up by merchant from two arrays given here, one pair per currency, so no join is needed.
 */
final class MerchantBounds {

    private static final String NONE = "toInt64(-9223372036854775807)";

    private MerchantBounds() {}

    /** Adds "cents below the bound of the row's merchant and currency" to the filter; keys are [merchant, currency]. */
    static LedgerFilter below(LedgerFilter filter, Map<List<String>, Long> bounds) {
        Map<String, Map<String, Long>> byCurrency = new TreeMap<>();
        bounds.forEach((key, bound) ->
                byCurrency.computeIfAbsent(key.get(1), c -> new TreeMap<>()).put(key.get(0), bound));
        StringBuilder lookup = new StringBuilder("multiIf(");
        List<Object> parameters = new ArrayList<>();
        byCurrency.forEach((currency, merchants) -> {
            List<String> values = new ArrayList<>();
            merchants.values().forEach(bound -> values.add("toInt64(" + bound + ")"));
            lookup.append("currency = ?, transform(merchant, [")
                    .append(String.join(", ", Collections.nCopies(merchants.size(), "?")))
                    .append("], [")
                    .append(String.join(", ", values))
                    .append("], ")
                    .append(NONE)
                    .append("), ");
            parameters.add(currency);
            parameters.addAll(merchants.keySet());
        });
        lookup.append(NONE).append(')');
        return filter.and(LedgerAnalytics.CENTS + " < " + lookup, parameters.toArray());
    }
}
