package org.tributary.analysis.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tributary.analysis.control.RecurringPayment.PriceChange;
import org.tributary.reporting.control.PaymentSeries.Payment;
import org.tributary.reporting.control.PaymentSeries.Series;

class RecurrenceDetectorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @Test
    void aMonthlySubscriptionWithARiseIsFoundWithItsPriceHistoryAndNextDate() {
        List<Payment> payments = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            payments.add(payment(LocalDate.of(2025, month, 15), month < 7 ? "12.99" : "15.49"));
        }

        RecurringPayment found = detect(payments).orElseThrow();

        assertThat(found.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(found.amount()).isEqualByComparingTo("15.49");
        assertThat(found.lastDate()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(found.nextDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(found.yearlyTotal()).isEqualByComparingTo("185.88");
        assertThat(found.active()).isTrue();
        assertThat(found.priceChanges())
                .containsExactly(
                        new PriceChange(LocalDate.of(2025, 7, 15), new BigDecimal("12.99"), new BigDecimal("15.49")));
    }

    @Test
    void aLateMonthAndOneOddAmountBreakNoPatternAndChangeNoPrice() {
        List<Payment> payments = new ArrayList<>();
        for (int month = 1; month <= 10; month++) {
            LocalDate day = month == 4 ? LocalDate.of(2025, 4, 6) : LocalDate.of(2025, month, 1);
            payments.add(payment(day, month == 5 ? "14.99" : "9.99"));
        }

        RecurringPayment found = detect(payments).orElseThrow();

        assertThat(found.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(found.amount()).isEqualByComparingTo("9.99");
        assertThat(found.priceChanges()).isEmpty();
    }

    @Test
    void weeklyQuarterlyAndYearlyPaymentsAreTold() {
        List<Payment> weekly = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2025, 9, 1); day.isBefore(AS_OF); day = day.plusWeeks(1)) {
            weekly.add(payment(day, "9.00"));
        }
        List<Payment> quarterly = List.of(
                payment(LocalDate.of(2025, 1, 5), "120.00"),
                payment(LocalDate.of(2025, 4, 7), "120.00"),
                payment(LocalDate.of(2025, 7, 5), "120.00"),
                payment(LocalDate.of(2025, 10, 6), "120.00"));
        List<Payment> yearly =
                List.of(payment(LocalDate.of(2024, 3, 10), "89.00"), payment(LocalDate.of(2025, 3, 11), "89.00"));

        assertThat(detect(weekly).orElseThrow().cadence()).isEqualTo(Cadence.WEEKLY);
        assertThat(detect(weekly).orElseThrow().yearlyTotal()).isEqualByComparingTo("468.00");
        assertThat(detect(quarterly).orElseThrow().cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(detect(quarterly).orElseThrow().nextDate()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(detect(yearly).orElseThrow().cadence()).isEqualTo(Cadence.YEARLY);
        assertThat(detect(yearly).orElseThrow().nextDate()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void paymentsThatStoppedAreToldAsStopped() {
        List<Payment> payments = new ArrayList<>();
        for (int month = 1; month <= 5; month++) {
            payments.add(payment(LocalDate.of(2025, month, 20), "8.99"));
        }

        RecurringPayment found = detect(payments).orElseThrow();

        assertThat(found.active()).isFalse();
        assertThat(found.nextDate()).isEqualTo(LocalDate.of(2025, 6, 20));
    }

    @Test
    void aShopVisitedEverySaturdayForDifferentAmountsIsNoSubscription() {
        List<Payment> payments = new ArrayList<>();
        String[] amounts = {"23.40", "61.10", "12.05", "88.30", "40.00", "7.99", "55.55", "19.20"};
        for (int week = 0; week < amounts.length; week++) {
            payments.add(payment(LocalDate.of(2025, 11, 1).plusWeeks(week), amounts[week]));
        }

        assertThat(detect(payments)).isEmpty();
    }

    @Test
    void paymentsAtNoSteadyIntervalAreNoPattern() {
        List<Payment> payments = List.of(
                payment(LocalDate.of(2025, 1, 3), "30.00"),
                payment(LocalDate.of(2025, 1, 20), "30.00"),
                payment(LocalDate.of(2025, 4, 2), "30.00"),
                payment(LocalDate.of(2025, 4, 9), "30.00"),
                payment(LocalDate.of(2025, 9, 30), "30.00"));

        assertThat(detect(payments)).isEmpty();
        assertThat(detect(payments.subList(0, 2))).isEmpty();
    }

    @Test
    void aMembershipAmongAShopsOtherPurchasesAndTwoPricesAtOneStoreAreFoundPriceByPrice() {
        List<Payment> shop = new ArrayList<>(
                List.of(payment(LocalDate.of(2024, 3, 11), "89.00"), payment(LocalDate.of(2025, 3, 10), "89.00")));
        String[] purchases = {"23.40", "61.10", "12.05", "88.30", "40.00", "7.99", "55.55", "19.20", "31.00"};
        for (int i = 0; i < purchases.length; i++) {
            shop.add(payment(LocalDate.of(2025, 1, 4).plusDays(29L * i + i * i), purchases[i]));
        }
        shop.sort(java.util.Comparator.comparing(Payment::day));
        List<Payment> store = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            store.add(payment(LocalDate.of(2025, month, 2), "0.99"));
            store.add(payment(LocalDate.of(2025, month, 20), "2.99"));
        }

        assertThat(RecurrenceDetector.detect(series(shop), AS_OF))
                .extracting(RecurringPayment::cadence, RecurringPayment::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Cadence.YEARLY, new BigDecimal("89.00")));
        assertThat(RecurrenceDetector.detect(series(store), AS_OF))
                .extracting(RecurringPayment::cadence, RecurringPayment::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Cadence.MONTHLY, new BigDecimal("0.99")),
                        org.assertj.core.groups.Tuple.tuple(Cadence.MONTHLY, new BigDecimal("2.99")));
    }

    private static Optional<RecurringPayment> detect(List<Payment> payments) {
        List<RecurringPayment> found = RecurrenceDetector.detect(series(payments), AS_OF);
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    private static Series series(List<Payment> payments) {
        return new Series("MERCHANT", "EUR", "subscriptions", payments);
    }

    private static Payment payment(LocalDate day, String amount) {
        return new Payment(day, new BigDecimal(amount));
    }
}
