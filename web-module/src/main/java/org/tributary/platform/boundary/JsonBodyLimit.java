package org.tributary.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** JSON requests are small; anything announced larger than 1 MiB is refused with 413 before it is read. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class JsonBodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean json = type != null && type.getSubtype().toLowerCase().endsWith("json");
        if (json && request.getLength() > MAX_BYTES) {
            request.abortWith(Problem.of(
                            Response.Status.REQUEST_ENTITY_TOO_LARGE,
                            "A JSON request may have at most " + MAX_BYTES + " bytes.")
                    .toResponse());
        }
    }
}
