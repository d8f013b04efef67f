package org.tributary.platform.boundary;

import org.eclipse.microprofile.health.HealthCheckResponse;

/** How a failed check reports itself: the kind of failure, never connection strings or credentials. */
final class HealthChecks {

    private HealthChecks() {}

    static HealthCheckResponse down(String name, Exception cause) {
        return HealthCheckResponse.named(name)
                .down()
                .withData("error", cause.getClass().getSimpleName())
                .build();
    }
}
