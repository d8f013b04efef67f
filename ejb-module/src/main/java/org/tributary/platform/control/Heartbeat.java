package org.tributary.platform.control;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How often each server sharing the database says it is alive and renews what it holds
 * ({@code TRIBUTARY_CLUSTER_HEARTBEAT_SECONDS}, 20 s), and how long what it holds stays its own without a beat: three
 * beats, so a server paused for a long GC or a slow database is not taken for gone. The system tests beat faster,
 * so that a server killed on purpose is taken over in seconds rather than a minute.
 */
public final class Heartbeat {

    static final int DEFAULT_SECONDS = 20;

    /** Seconds between two beats of a server. */
    public static final int SECONDS = configured();

    /** Three missed beats, as SQL: a lease's length, and how long a server unseen counts as gone. */
    public static final String THREE_BEATS = "interval '" + 3 * SECONDS + " seconds'";

    private Heartbeat() {}

    private static int configured() {
        try {
            return ConfigProvider.getConfig(Heartbeat.class.getClassLoader())
                    .getOptionalValue("tributary.cluster.heartbeat-seconds", Integer.class)
                    .filter(seconds -> seconds > 0)
                    .orElse(DEFAULT_SECONDS);
        } catch (IllegalStateException noConfigOutsideAServer) {
            return DEFAULT_SECONDS;
        }
    }
}
