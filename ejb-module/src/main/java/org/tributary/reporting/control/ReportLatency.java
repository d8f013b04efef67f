package org.tributary.reporting.control;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.tributary.platform.control.ApplicationMetrics;

/** Times every report {@link Reports} answers, for the API and the portal alike, into the latency histogram. */
public class ReportLatency {

    @Inject
    ApplicationMetrics metrics;

    @AroundInvoke
    public Object time(InvocationContext invocation) throws Exception {
        long start = System.nanoTime();
        try {
            return invocation.proceed();
        } finally {
            metrics.reportAnswered(invocation.getMethod().getName(), System.nanoTime() - start);
        }
    }
}
