package org.tributary.analysis.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tributary.analysis.control.RecurringPayment;
import org.tributary.analysis.control.RecurringPayments;
import org.tributary.security.boundary.SignedInUser;

/** The regular payments page: those still paid, with what a year of them costs, and those that stopped. */
@Named
@RequestScoped
public class RecurringPage {

    /** What a year of the payments still made costs, in one currency. */
    public record YearlyTotal(String currency, BigDecimal amount) {}

    @Inject
    RecurringPayments recurring;

    @Inject
    SignedInUser user;

    private List<RecurringPayment> payments = List.of();

    @PostConstruct
    void load() {
        payments = recurring.of(user.id());
    }

    public List<RecurringPayment> getActive() {
        return payments.stream().filter(RecurringPayment::active).toList();
    }

    public List<RecurringPayment> getStopped() {
        return payments.stream().filter(p -> !p.active()).toList();
    }

    public boolean isNothingFound() {
        return payments.isEmpty();
    }

    public List<YearlyTotal> getYearly() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (RecurringPayment payment : getActive()) {
            totals.merge(payment.currency(), payment.yearlyTotal(), BigDecimal::add);
        }
        return totals.entrySet().stream()
                .map(total -> new YearlyTotal(total.getKey(), total.getValue()))
                .toList();
    }
}
