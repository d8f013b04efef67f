package org.tributary.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this server among those sharing the database: TRIBUTARY_NODE_NAME, else WildFly's node name (the
 * host's name unless {@code -Djboss.node.name} says otherwise). It stays the same across restarts, so a server
 * knows the imports its own earlier run left (another {@link #incarnation}); two servers on one machine need two
 * names.
 */
@ApplicationScoped
public class ThisNode {

    @Inject
    @ConfigProperty(name = "tributary.node.name")
    Optional<String> configured;

    private final UUID incarnation = UUID.randomUUID();

    /** This run of the server: a new one each time it starts. */
    public UUID incarnation() {
        return incarnation;
    }

    public String name() {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return configured.get().strip();
        }
        String wildfly = System.getProperty("jboss.node.name");
        if (wildfly != null && !wildfly.isBlank()) {
            return wildfly;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
