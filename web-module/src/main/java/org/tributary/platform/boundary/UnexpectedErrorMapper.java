package org.tributary.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tributary.platform.control.DatabaseOutage;
import org.tributary.platform.control.NoRoom;

/**
 * Anything unforeseen: the client gets a 500 problem with an incident id and nothing of the internals;
 * the log gets the stack trace under the same id. A database out of reach is not unforeseen: 503 with
 * Retry-After, and one line in the log. Neither is a full disk (the database's or this server's): 503 with a
 * longer Retry-After and a detail saying that nothing was kept, and one severe line for the operator.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (DatabaseOutage.causes(exception)) {
            LOG.warning(() -> "database out of reach: " + exception);
            return Response.fromResponse(Problem.of(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "Tributary cannot reach its database for a moment; please try again shortly.")
                            .toResponse())
                    .header("Retry-After", "5")
                    .build();
        }
        if (NoRoom.causes(exception)) {
            LOG.severe(() -> "no room left to store (disk full): " + exception);
            return Response.fromResponse(Problem.of(
                                    Response.Status.SERVICE_UNAVAILABLE,
                                    "Tributary has no room to store this right now, so nothing was saved; please"
                                            + " try again later.")
                            .toResponse())
                    .header("Retry-After", "60")
                    .build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side (incident " + incident + ").")
                .toResponse();
    }
}
