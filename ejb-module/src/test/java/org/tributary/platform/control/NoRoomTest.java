package org.tributary.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class NoRoomTest {

    @Test
    void postgresqlOutOfDiskIsNoRoom() {
        var full = new SQLException("could not extend file \"base/16384/16400\": No space left on device", "53100");
        var wrapped = new IllegalStateException("ejb", new RuntimeException("jpa", full));
        assertThat(NoRoom.causes(wrapped)).isTrue();
    }

    @Test
    void thisServersDiskFullIsNoRoom() {
        var written = new FileSystemException("/tmp/tributary-uploads/x", null, "No space left on device");
        assertThat(NoRoom.causes(new UncheckedIOException(written))).isTrue();
        // A stream's write reports ENOSPC as a plain IOException.
        assertThat(NoRoom.causes(new IOException("No space left on device"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(NoRoom.causes(new SQLException("out of memory", "53200"))).isFalse();
        assertThat(NoRoom.causes(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(NoRoom.causes(new FileSystemException("/tmp/x", null, "Permission denied")))
                .isFalse();
        assertThat(NoRoom.causes(new IOException((String) null))).isFalse();
        assertThat(NoRoom.causes(null)).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        var first = new RuntimeException("a");
        var second = new RuntimeException("b", first);
        first.initCause(second);
        assertThat(NoRoom.causes(first)).isFalse();
    }
}
