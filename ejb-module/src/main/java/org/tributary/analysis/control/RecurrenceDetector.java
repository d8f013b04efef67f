package org.tributary.analysis.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tributary.analysis.control.RecurringPayment.PriceChange;
import org.tributary.reporting.control.PaymentSeries.Payment;
import org.tributary.reporting.control.PaymentSeries.Series;

/**
 * Whether a merchant's payments recur, and how. A cadence fits when at least three in four gaps between
 * payments are one of its steps (a late or skipped month does not break a pattern), and the amounts are steady:
 * three in four within {@link #SPREAD} of their median (a supermarket visited every Saturday is not a
 * subscription). A price change is a new amount that the next payment repeats; a single odd amount is not one.
 * A merchant whose payments as a whole have no rhythm is looked at price by price.
 */
final class RecurrenceDetector {

    /** How far a payment may be from the median amount and still count as steady. */
    static final BigDecimal SPREAD = new BigDecimal("0.35");

    /** Two amounts this close are the same price (a rounding, a currency's cents). */
    static final BigDecimal SAME_PRICE = new BigDecimal("0.02");

    /** The latest payments at the current price that make its usual amount. */
    private static final int USUAL_OF_LAST = 6;

    private RecurrenceDetector() {}

    /**
     * The merchant's regular payments: all its payments as one, or else those of each price on their own (a
     * yearly membership among a shop's other purchases, two subscriptions of different prices at one app store).
     */
    static List<RecurringPayment> detect(Series series, LocalDate asOf) {
        Optional<RecurringPayment> whole = detectWhole(series, asOf);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        List<RecurringPayment> found = new ArrayList<>();
        for (List<Payment> samePrice : byPrice(series.payments())) {
            detectWhole(new Series(series.merchant(), series.currency(), series.category(), samePrice), asOf)
                    .ifPresent(found::add);
        }
        return found;
    }

    /**
     * The payments grouped by exact amount, each group by date: a subscription among other purchases is charged
     * the same to the cent (a purchase that happens to cost nearly as much stays out of its group).
     */
    private static List<List<Payment>> byPrice(List<Payment> payments) {
        List<Payment> byAmount = payments.stream()
                .sorted(java.util.Comparator.comparing(Payment::amount))
                .toList();
        List<List<Payment>> groups = new ArrayList<>();
        List<Payment> group = new ArrayList<>();
        for (Payment payment : byAmount) {
            if (!group.isEmpty() && payment.amount().compareTo(group.get(0).amount()) != 0) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(payment);
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups.stream()
                .filter(g -> g.size() >= 2)
                .map(g -> g.stream()
                        .sorted(java.util.Comparator.comparing(Payment::day))
                        .toList())
                .toList();
    }

    private static Optional<RecurringPayment> detectWhole(Series series, LocalDate asOf) {
        List<Payment> payments = series.payments();
        if (!steady(payments)) {
            return Optional.empty();
        }
        for (Cadence cadence : Cadence.values()) {
            if (payments.size() >= cadence.fewestPayments() && fits(cadence, payments)) {
                return Optional.of(recurring(series, cadence, asOf));
            }
        }
        return Optional.empty();
    }

    private static boolean fits(Cadence cadence, List<Payment> payments) {
        int gaps = payments.size() - 1;
        int fitting = 0;
        for (int i = 1; i < payments.size(); i++) {
            if (cadence.fits(ChronoUnit.DAYS.between(
                    payments.get(i - 1).day(), payments.get(i).day()))) {
                fitting++;
            }
        }
        return fitting >= cadence.fewestPayments() - 1 && fitting * 4 >= gaps * 3;
    }

    private static boolean steady(List<Payment> payments) {
        BigDecimal median = median(payments.stream().map(Payment::amount).toList());
        long near = payments.stream()
                .filter(p -> p.amount().subtract(median).abs().compareTo(median.multiply(SPREAD)) <= 0)
                .count();
        return near * 4 >= payments.size() * 3L;
    }

    private static RecurringPayment recurring(Series series, Cadence cadence, LocalDate asOf) {
        List<Payment> payments = series.payments();
        List<PriceChange> changes = new ArrayList<>();
        BigDecimal price = payments.get(0).amount();
        int sincePrice = 0;
        for (int i = 1; i < payments.size(); i++) {
            BigDecimal amount = payments.get(i).amount();
            boolean repeated =
                    i + 1 < payments.size() && samePrice(payments.get(i + 1).amount(), amount);
            if (!samePrice(amount, price) && repeated) {
                changes.add(new PriceChange(payments.get(i).day(), price, amount));
                price = amount;
                sincePrice = i;
            }
        }
        List<BigDecimal> current =
                payments.subList(Math.max(sincePrice, payments.size() - USUAL_OF_LAST), payments.size()).stream()
                        .map(Payment::amount)
                        .toList();
        BigDecimal usual = changes.isEmpty() ? median(current) : price;
        LocalDate last = payments.get(payments.size() - 1).day();
        LocalDate next = cadence.next(last);
        return new RecurringPayment(
                series.merchant(),
                series.category(),
                cadence,
                usual,
                series.currency(),
                last,
                next,
                usual.multiply(BigDecimal.valueOf(cadence.perYear())).setScale(2, RoundingMode.HALF_EVEN),
                cadence.stillExpected(next, asOf),
                List.copyOf(changes));
    }

    private static boolean samePrice(BigDecimal amount, BigDecimal price) {
        return amount.subtract(price).abs().compareTo(price.abs().multiply(SAME_PRICE)) <= 0;
    }

    /** The middle amount (the lower of the two middle ones of an even count). */
    private static BigDecimal median(List<BigDecimal> amounts) {
        List<BigDecimal> sorted = amounts.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
