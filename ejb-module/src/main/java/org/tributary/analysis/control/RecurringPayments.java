package org.tributary.analysis.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tributary.reporting.control.PaymentSeries;
import org.tributary.transactions.control.Ledger;

/**
 * What a person pays regularly: subscriptions, rent, insurance, each with its cadence, price and price changes.
 * The ledger is read up to its newest day (a statement that ends in March says nothing about April), over the
 * {@link #DAYS_LOOKED_AT} days before it: two years, so that a yearly payment is seen twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RecurringPayments {

    static final int DAYS_LOOKED_AT = 800;

    @Inject
    Ledger ledger;

    @Inject
    PaymentSeries series;

    @Inject
    StoredAnalysis stored;

    /**
     * Those still paid first, then the ones that stopped; each by what a year of it costs, the most first. As the
     * analyse-worker stored them for the ledger as it is now, else found now.
     */
    public List<RecurringPayment> of(UUID userId) {
        return stored.current(userId).map(StoredAnalysis.Result::recurring).orElseGet(() -> detect(userId));
    }

    /** Found in the ledger now (the analyse-worker's part). */
    public List<RecurringPayment> detect(UUID userId) {
        Optional<Ledger.DateRange> range = ledger.dateRange(userId);
        if (range.isEmpty()) {
            return List.of();
        }
        LocalDate asOf = range.get().last();
        return series.of(userId, asOf.minusDays(DAYS_LOOKED_AT), asOf).stream()
                .flatMap(merchant -> RecurrenceDetector.detect(merchant, asOf).stream())
                .sorted(Comparator.comparing(RecurringPayment::active)
                        .reversed()
                        .thenComparing(RecurringPayment::yearlyTotal, Comparator.<BigDecimal>reverseOrder())
                        .thenComparing(RecurringPayment::merchant))
                .toList();
    }
}
