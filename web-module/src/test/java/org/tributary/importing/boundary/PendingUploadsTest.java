package org.tributary.importing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primefaces.model.file.UploadedFile;

/** The import page keeps an id in its view state; the file itself waits on disk, for its owner only. */
class PendingUploadsTest {

    @TempDir
    Path root;

    private final UUID owner = UUID.randomUUID();

    @Test
    void theImportPageHoldsNoFileContentInItsState() {
        assertThat(Arrays.stream(ImportPage.class.getDeclaredFields())
                        .filter(field -> !Modifier.isStatic(field.getModifiers()))
                        .filter(field -> !Modifier.isTransient(field.getModifiers()))
                        .map(Field::getType))
                .doesNotContain(byte[].class, InputStream.class, ByteBuffer.class, UploadedFile.class, Path.class)
                .contains(UUID.class);
    }

    @Test
    void aKeptFileIsReadBackByItsOwnerOnly() {
        PendingUploads uploads = new PendingUploads(root, Clock.systemUTC());
        byte[] content = new byte[3 * 1024 * 1024];
        Arrays.fill(content, (byte) 'x');

        UUID id = uploads.keep(owner, new ByteArrayInputStream(content));

        assertThat(uploads.read(owner, id)).isEqualTo(content);
        assertThat(uploads.read(UUID.randomUUID(), id)).isNull();
        assertThat(uploads.read(owner, UUID.randomUUID())).isNull();
        assertThat(uploads.read(owner, null)).isNull();
    }

    @Test
    void aDiscardedFileIsGone() {
        PendingUploads uploads = new PendingUploads(root, Clock.systemUTC());
        UUID id = uploads.keep(owner, new ByteArrayInputStream("a,b\n".getBytes()));

        uploads.discard(UUID.randomUUID(), id);
        assertThat(uploads.read(owner, id)).isNotNull();

        uploads.discard(owner, id);
        assertThat(uploads.read(owner, id)).isNull();
        assertThat(root.resolve(owner.toString())).isEmptyDirectory();
    }

    @Test
    void filesOlderThanAnHourAreSweptByTheNextUpload() throws Exception {
        Instant now = Instant.parse("2026-12-03T15:00:00Z");
        PendingUploads uploads = new PendingUploads(root, Clock.fixed(now, ZoneOffset.UTC));
        UUID old = uploads.keep(owner, new ByteArrayInputStream("old".getBytes()));
        UUID recent = uploads.keep(owner, new ByteArrayInputStream("recent".getBytes()));
        Files.setLastModifiedTime(
                root.resolve(owner.toString()).resolve(old.toString()),
                FileTime.from(now.minus(PendingUploads.KEPT_FOR).minus(Duration.ofMinutes(1))));
        Files.setLastModifiedTime(
                root.resolve(owner.toString()).resolve(recent.toString()),
                FileTime.from(now.minus(Duration.ofMinutes(59))));

        uploads.keep(UUID.randomUUID(), new ByteArrayInputStream("next".getBytes()));

        assertThat(uploads.read(owner, old)).isNull();
        assertThat(uploads.read(owner, recent)).isEqualTo("recent".getBytes());
    }
}
