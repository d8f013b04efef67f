package org.tributary.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.reporting.control.ReportsUnavailableException;

/** 503 with Retry-After: ClickHouse, which the reports read, did not answer. */
@Provider
public class ReportsUnavailableMapper implements ExceptionMapper<ReportsUnavailableException> {

    @Override
    public Response toResponse(ReportsUnavailableException exception) {
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, exception.getMessage())
                        .toResponse())
                .header("Retry-After", "15")
                .build();
    }
}
