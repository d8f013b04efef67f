package org.tributary.importing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Files dropped on the portal's import page and not imported yet, kept on this node's disk so the page's
 * view state holds only a random id (decision 38): {@code <server temp dir>/tributary-uploads/<user>/<id>}.
 * A file is read back only by the person who uploaded it, deleted when it is imported or the person starts
 * over, and swept an hour after it was written. Node-local on purpose: the view state that holds the id lives
 * in one node's session anyway (issue 18).
 */
@ApplicationScoped
public class PendingUploads {

    /** How long a file waits for its import before it is swept. */
    static final Duration KEPT_FOR = Duration.ofHours(1);

    private final Path root;
    private final Clock clock;

    public PendingUploads() {
        this(
                Path.of(System.getProperty("jboss.server.temp.dir", System.getProperty("java.io.tmpdir")))
                        .resolve("tributary-uploads"),
                Clock.systemUTC());
    }

    PendingUploads(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** Writes the upload to disk and answers the id the page keeps instead of the bytes. */
    public UUID keep(UUID owner, InputStream content) {
        sweep();
        UUID id = UUID.randomUUID();
        try {
            Path file = ownerDirectory(owner).resolve(id.toString());
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kept bytes, or null when the file is gone (imported, swept, or never the owner's). */
    public byte[] read(UUID owner, UUID id) {
        if (owner == null || id == null) {
            return null;
        }
        try {
            return Files.readAllBytes(root.resolve(owner.toString()).resolve(id.toString()));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(UUID owner, UUID id) {
        if (owner == null || id == null) {
            return;
        }
        try {
            Files.deleteIfExists(root.resolve(owner.toString()).resolve(id.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes every kept file older than {@link #KEPT_FOR}; runs on each upload, so no timer is needed. */
    void sweep() {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant before = clock.instant().minus(KEPT_FOR);
        try (DirectoryStream<Path> owners = Files.newDirectoryStream(root)) {
            for (Path owner : owners) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(owner)) {
                    for (Path file : files) {
                        if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                            Files.deleteIfExists(file);
                        }
                    }
                } catch (NoSuchFileException ignored) {
                    // another request swept it first
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path ownerDirectory(UUID owner) throws IOException {
        Path directory = root.resolve(owner.toString());
        Files.createDirectories(directory);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
        return directory;
    }
}
