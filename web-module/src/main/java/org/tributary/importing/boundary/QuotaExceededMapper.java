package org.tributary.importing.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.importing.control.QuotaExceededException;
import org.tributary.platform.boundary.Problem;

/** 413: an upload past the person's quota of stored bytes or of rows, with the code and the figures. */
@Provider
public class QuotaExceededMapper implements ExceptionMapper<QuotaExceededException> {

    @Override
    public Response toResponse(QuotaExceededException exception) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, exception.getMessage())
                .withCode(exception.code())
                .toResponse();
    }
}
