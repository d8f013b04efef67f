package org.tributary.platform.control;

import java.util.function.Predicate;

/** The one walk down a failure's chain of causes, for the rules that tell what kind of failure it was. */
final class Causes {

    /**
     * How deep a cause is looked for: the connection pool, JPA and the EJB container wrap a failure a few times,
     * and a cycle of causes must not loop.
     */
    private static final int MAX_DEPTH = 16;

    private Causes() {}

    static boolean anyOf(Throwable failure, Predicate<Throwable> is) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (is.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
