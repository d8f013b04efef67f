package org.tributary.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    /** A pool whose threads are all busy: it queues the work and never runs it. */
    private static final class BusyPool implements Executor {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public void execute(Runnable work) {
            queued.add(work);
        }
    }

    @Test
    void workNoThreadHasTakenRunsInTheThreadAskingForIt() {
        BusyPool pool = new BusyPool();
        Thread asking = Thread.currentThread();
        List<Thread> ranIn = new ArrayList<>();

        SideBySide<String> outer = SideBySide.start(pool, () -> {
            SideBySide<Integer> inner = SideBySide.start(pool, () -> {
                ranIn.add(Thread.currentThread());
                return 42;
            });
            return "inner " + inner.get();
        });

        assertThat(outer.get()).isEqualTo("inner 42");
        assertThat(ranIn).containsExactly(asking);
        assertThat(pool.queued).hasSize(2);
    }

    @Test
    void workThePoolTakesLaterIsNotDoneTwice() {
        BusyPool pool = new BusyPool();
        List<String> runs = new ArrayList<>();
        SideBySide<String> work = SideBySide.start(pool, () -> {
            runs.add("run");
            return "done";
        });

        assertThat(work.get()).isEqualTo("done");
        pool.queued.forEach(Runnable::run);

        assertThat(runs).hasSize(1);
        assertThat(work.get()).isEqualTo("done");
    }

    @Test
    void workRunByThePoolIsWaitedFor() {
        SideBySide<String> work = SideBySide.start(Runnable::run, () -> "ran at once");

        assertThat(work.get()).isEqualTo("ran at once");
    }

    @Test
    void aFailureReachesTheOneAskingAsItWasThrown() {
        SideBySide<String> work = SideBySide.start(new BusyPool(), () -> {
            throw new ReportsUnavailableException(new java.sql.SQLException("down"));
        });

        assertThatThrownBy(work::get).isInstanceOf(ReportsUnavailableException.class);
    }

    @Test
    void aPoolThatRefusesLeavesTheWorkToTheOneAsking() {
        SideBySide<String> work = SideBySide.start(
                command -> {
                    throw new java.util.concurrent.RejectedExecutionException("stopping");
                },
                () -> "ran here");

        assertThat(work.get()).isEqualTo("ran here");
    }
}
