package org.tributary.platform.control;

/**
 * When a server sharing the database counts as gone: work it holds outside the database (a request on its own
 * broker) is then another's to pick up. {@link Servers} records each server's beat ({@link Heartbeat}).
 */
public final class GoneServers {

    /** Three missed beats: a server paused for a long GC or a slow database is not taken for gone. */
    public static final String AFTER = Heartbeat.THREE_BEATS;

    private GoneServers() {}

    /** SQL true when the server named in the given column has not been seen for a while (or ever). */
    public static String sql(String serverColumn) {
        return "not exists (select 1 from servers s where s.name = " + serverColumn + " and s.seen_at > now() - "
                + AFTER + ")";
    }
}
