package org.tributary.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionOrAServerShuttingDownIsAnOutage() {
        assertThat(DatabaseOutage.causes(new SQLException("I/O error", "08006")))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("connection refused", "08001")))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLTransientConnectionException("no connection in time")))
                .isTrue();
    }

    @Test
    void anOutageIsFoundUnderTheWrappersOfThePoolAndTheContainer() {
        var pool = new SQLException(
                "IJ031013: Unable to get managed connection",
                new RuntimeException("IJ000453", new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        assertThat(DatabaseOutage.causes(new IllegalStateException("ejb", new IllegalStateException("x", pool))))
                .isTrue();
    }

    @Test
    void faultsOfOursAreNot() {
        assertThat(DatabaseOutage.causes(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("database dropped", "57P04")))
                .isFalse();
        assertThat(DatabaseOutage.causes(new IllegalArgumentException("bad"))).isFalse();
        assertThat(DatabaseOutage.causes(null)).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        var first = new RuntimeException("a");
        var second = new RuntimeException("b", first);
        first.initCause(second);
        assertThat(DatabaseOutage.causes(first)).isFalse();
    }
}
