package org.tributary.reporting.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives each report query a deadline ({@code TRIBUTARY_REPORTS_DEADLINE_SECONDS}, 10 s): the person gets a 503
 * then, not a page that hangs. The legacy ClickHouse driver only gives up on a socket after its
 * {@code socket_timeout} (60 s, which loads need), so a ClickHouse that hangs (stopped, or its network
 * black-holed) would otherwise hold the request, and with enough of them every HTTP worker. The query runs on
 * one of a bounded set of reader threads while the request waits for it; a reader stuck on a hung ClickHouse is
 * freed by the socket timeout, and when all readers and their queue are taken, a report is refused at once.
 */
@ApplicationScoped
class ReportDeadline {

    /** As many readers as the ClickHouse pool has connections (TRIBUTARY_CLICKHOUSE_POOL_MAX's default). */
    private static final int READERS = 20;

    private static final int WAITING = 400;

    @Inject
    @ConfigProperty(name = "tributary.reports.deadline-seconds", defaultValue = "10")
    int seconds;

    private ThreadPoolExecutor readers;

    @PostConstruct
    void start() {
        AtomicInteger count = new AtomicInteger();
        readers = new ThreadPoolExecutor(
                READERS, READERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), work -> {
                    Thread thread = new Thread(work, "report-reader-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        readers.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    <T> T within(Callable<T> read) throws SQLException {
        Future<T> answer;
        try {
            answer = readers.submit(read);
        } catch (RejectedExecutionException e) {
            throw new ReportsUnavailableException(e);
        }
        try {
            return answer.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new ReportsUnavailableException(e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReportsUnavailableException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ReportsUnavailableException(e.getCause());
        }
    }
}
