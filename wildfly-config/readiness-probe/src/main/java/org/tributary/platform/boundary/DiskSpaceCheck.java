package org.tributary.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while this server's own disk has room: the portal keeps a dropped file in the server's temp
 * directory until it is imported, and the broker writes its journal under the data directory. Below
 * {@code TRIBUTARY_MIN_FREE_DISK_MB} (100) of either, the balancer is told to send people to a server with room
 * rather than have this one refuse their files. PostgreSQL's disk is not judged here: every server shares it, so
 * its being full would take them all out, reading included; a write it refuses answers 503 on its own.
 */
@Readiness
@ApplicationScoped
public class DiskSpaceCheck implements HealthCheck {

    private static final long MB = 1024L * 1024L;

    @Inject
    @ConfigProperty(name = "tributary.min-free-disk-mb", defaultValue = "100")
    long minimumFreeMb;

    @Override
    public HealthCheckResponse call() {
        long tempFree = usableMb("jboss.server.temp.dir");
        long dataFree = usableMb("jboss.server.data.dir");
        return HealthCheckResponse.named("disk")
                .status(tempFree >= minimumFreeMb && dataFree >= minimumFreeMb)
                .withData("tempFreeMb", tempFree)
                .withData("dataFreeMb", dataFree)
                .withData("minimumFreeMb", minimumFreeMb)
                .build();
    }

    /** Usable megabytes on the file store of the directory the property names (-1 when it cannot be told). */
    private static long usableMb(String directoryProperty) {
        String directory = System.getProperty(directoryProperty, System.getProperty("java.io.tmpdir"));
        try {
            return Files.getFileStore(Path.of(directory)).getUsableSpace() / MB;
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }
}
