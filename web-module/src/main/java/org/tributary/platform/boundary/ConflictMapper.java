package org.tributary.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.platform.control.ConflictException;

/** 409: the request clashes with what exists. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException exception) {
        return Problem.of(Response.Status.CONFLICT, exception.getMessage()).toResponse();
    }
}
