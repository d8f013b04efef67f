package org.tributary.analysis.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A piece of advice from a person's own figures: what kind, its title and detail in the account's language, its
 * estimated effect over a year in the base currency, and the evidence: the figures it comes from, each with the
 * transactions behind it.
 */
public record Recommendation(
        UUID id,
        String kind,
        String title,
        String detail,
        BigDecimal impact,
        String currency,
        List<Evidence> evidence) {

    /** A figure the advice rests on (in the currency of its transactions), and those transactions. */
    public record Evidence(String label, BigDecimal amount, String currency, List<UUID> transactionIds) {}
}
