package org.tributary.syncing.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.platform.boundary.Problem;
import org.tributary.syncing.control.BankUnavailableException;

/** 502 with Retry-After: the bank's provider did not answer usefully while the person waited. */
@Provider
public class BankUnavailableMapper implements ExceptionMapper<BankUnavailableException> {

    @Override
    public Response toResponse(BankUnavailableException exception) {
        return Response.fromResponse(Problem.of(Response.Status.BAD_GATEWAY, exception.getMessage())
                        .toResponse())
                .header("Retry-After", "60")
                .build();
    }
}
