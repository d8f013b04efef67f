package org.tributary.fuzz;

import java.lang.management.ManagementFactory;

/**
 * What every fuzz test holds the code to beyond "no exception but the bad-input ones" (decision 43): the bytes the
 * call allocates on its thread stay within {@link #BYTES_PER_INPUT_BYTE} times the input plus {@link #CONSTANT}
 * ({@link #FUZZING_FACTOR} times that while fuzzing). A parser that reads in linear time and memory stays far
 * below; one that copies the rest of its input at every step, or believes a length written in the file, goes far
 * above. A call over the budget is made once more and only the second is held to it: the first may have loaded
 * classes (which Jazzer's agent instruments on the loading thread, megabytes each) and filled caches. Hangs are
 * Jazzer's to catch (libFuzzer's {@code -timeout}).
 */
public final class FuzzBudget {

    /**
     * The readers decode bytes into UTF-16 text, split it into lines and cells, and copy them into rows: replayed
     * in a plain build, the corpus's files allocate at most about 1,000 bytes per input byte beside a few hundred
     * kilobytes of constant cost (docs/fuzzing.md), so this is twice that and more.
     */
    public static final long BYTES_PER_INPUT_BYTE = 2_000;

    public static final long CONSTANT = 16L << 20;

    /**
     * While fuzzing, Jazzer's hooks (which trace every comparison for the fuzzer) allocate on the same thread, up to
     * twenty times what the code itself does; the budget grows with them.
     */
    static final int FUZZING_FACTOR = 20;

    private static final boolean FUZZING =
            !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** -Dtributary.fuzz.allocations=true prints each call's input size and allocation (docs/fuzzing.md). */
    private static final boolean MEASURING = Boolean.getBoolean("tributary.fuzz.allocations");

    private FuzzBudget() {}

    /** A bad input the code answered for, as it should: the end of this input's run. */
    @FunctionalInterface
    public interface Call {
        void run();
    }

    /**
     * Runs the call, lets the given bad-input exceptions through as answers, and fails when it allocated beyond the
     * budget for the input's size.
     */
    @SafeVarargs
    public static void check(
            String target, int inputBytes, Call call, Class<? extends RuntimeException>... badInputErrors) {
        long budget = budget(inputBytes);
        long allocated = allocatedBy(call, badInputErrors);
        if (allocated > budget) {
            allocated =
                    allocatedBy(call, badInputErrors); // without the classes loaded (and instrumented) the first time
        }
        if (MEASURING) {
            System.out.println("fuzz-allocation " + target + " " + inputBytes + " " + allocated);
        }
        if (allocated > budget) {
            throw new AllocationBeyondBudget(target + " allocated " + allocated + " bytes for an input of " + inputBytes
                    + " bytes (budget " + budget + ")");
        }
    }

    public static long budget(int inputBytes) {
        return (BYTES_PER_INPUT_BYTE * inputBytes + CONSTANT) * (FUZZING ? FUZZING_FACTOR : 1);
    }

    @SafeVarargs
    private static long allocatedBy(Call call, Class<? extends RuntimeException>... badInputErrors) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        answered(call, badInputErrors);
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    @SafeVarargs
    private static void answered(Call call, Class<? extends RuntimeException>... badInputErrors) {
        try {
            call.run();
        } catch (RuntimeException e) {
            for (Class<? extends RuntimeException> badInput : badInputErrors) {
                if (badInput.isInstance(e)) {
                    return;
                }
            }
            throw e;
        }
    }

    /** The finding: the call allocated far more than its input could need. */
    public static final class AllocationBeyondBudget extends AssertionError {

        private static final long serialVersionUID = 1L;

        AllocationBeyondBudget(String message) {
            super(message);
        }
    }
}
