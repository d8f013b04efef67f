package org.tributary.platform.boundary;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not JSON of the expected shape: 400, never a 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape.")
                .toResponse();
    }
}
