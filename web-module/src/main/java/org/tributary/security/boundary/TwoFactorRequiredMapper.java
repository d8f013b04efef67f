package org.tributary.security.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.platform.boundary.Problem;
import org.tributary.security.control.TwoFactorRequiredException;

/** 401 whose type tells a client to ask for the two-factor code and sign in again with it. */
@Provider
public class TwoFactorRequiredMapper implements ExceptionMapper<TwoFactorRequiredException> {

    /** A tag URI (RFC 4151): a stable name, not an address to fetch. */
    public static final String TYPE = "tag:tributary.app,2026:problems/two-factor-required";

    @Override
    public Response toResponse(TwoFactorRequiredException exception) {
        return Problem.of(Response.Status.UNAUTHORIZED, exception.getMessage())
                .withCode("two-factor-required")
                .toResponse(TYPE);
    }
}
