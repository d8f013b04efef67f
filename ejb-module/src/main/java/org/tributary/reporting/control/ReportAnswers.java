package org.tributary.reporting.control;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.tributary.accounts.control.Accounts;
import org.tributary.analytics.control.ReportStamps;

/**
 * Answers a report of a ledger that has not changed from {@link ReportAnswerCache}, computing it only when
 * something it reads has changed since. Every report of {@link Reports} takes the user's id first.
 */
public class ReportAnswers {

    @Inject
    ReportAnswerCache cache;

    @Inject
    ReportStamps stamps;

    @Inject
    Accounts accounts;

    @AroundInvoke
    public Object answer(InvocationContext invocation) throws Exception {
        Object[] parameters = invocation.getParameters();
        if (!cache.enabled() || parameters.length == 0 || !(parameters[0] instanceof UUID userId)) {
            return invocation.proceed();
        }
        long stamp;
        try {
            stamp = stamps.of(userId);
        } catch (SQLException e) {
            return invocation.proceed(); // without a stamp nothing kept can be trusted
        }
        ReportAnswerCache.Key key = new ReportAnswerCache.Key(
                userId,
                stamp,
                accounts.find(userId).getBaseCurrency(),
                LocalDate.now(ZoneOffset.UTC),
                invocation.getMethod().getName(),
                Arrays.asList(Arrays.copyOfRange(parameters, 1, parameters.length)));
        return cache.answer(key, invocation::proceed);
    }
}
