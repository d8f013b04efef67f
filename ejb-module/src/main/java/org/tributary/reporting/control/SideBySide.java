package org.tributary.reporting.control;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Work started on the managed executor while the caller goes on with other work. Whoever asks for the
 * result of work that has not started yet runs it in its own thread: a report's tasks start tasks of their
 * own on the same bounded pool, and a task that only waited for a queued one could hold the last thread the
 * queued one needs (all threads waiting, nothing running).
 */
final class SideBySide<T> implements Supplier<T> {

    private final FutureTask<T> task;

    private SideBySide(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    static <T> SideBySide<T> start(Executor executor, Callable<T> work) {
        SideBySide<T> started = new SideBySide<>(work);
        try {
            executor.execute(started.task);
        } catch (RejectedExecutionException e) {
            // A full or stopping pool: the work runs when it is asked for.
        }
        return started;
    }

    /** The result: run here if no thread has taken the work yet, else waited for. */
    @Override
    public T get() {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }
}
