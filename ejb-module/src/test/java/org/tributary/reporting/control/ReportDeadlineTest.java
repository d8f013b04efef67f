package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportDeadlineTest {

    private final ReportDeadline deadline = new ReportDeadline();

    private final CountDownLatch hung = new CountDownLatch(1);

    @BeforeEach
    void start() {
        deadline.seconds = 1;
        deadline.start();
    }

    @AfterEach
    void stop() {
        hung.countDown();
        deadline.stop();
    }

    @Test
    void aQueryThatAnswersInTimeGivesItsAnswer() throws SQLException {
        assertThat(deadline.within(() -> 42)).isEqualTo(42);
    }

    @Test
    void aQueryThatHangsIsGivenUpAtTheDeadline() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> deadline.within(() -> {
                    hung.await();
                    return 0;
                }))
                .isInstanceOf(ReportsUnavailableException.class)
                .hasCauseInstanceOf(TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theQuerysOwnFailuresComeThroughAsTheyWere() {
        SQLException refused = new SQLException("refused", "08001");
        assertThatThrownBy(() -> deadline.within(() -> {
                    throw refused;
                }))
                .isSameAs(refused);
        IllegalStateException bug = new IllegalStateException("a mapper's bug");
        assertThatThrownBy(() -> deadline.within(() -> {
                    throw bug;
                }))
                .isSameAs(bug);
    }
}
