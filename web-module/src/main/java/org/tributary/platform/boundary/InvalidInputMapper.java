package org.tributary.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.platform.control.InvalidInputException;

/** 400 with one entry per field that broke a rule, in words the person can act on. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
        return Problem.of(
                        Response.Status.BAD_REQUEST,
                        "Some of what was sent needs correcting.",
                        exception.errors().stream()
                                .map(e -> new Problem.FieldError(e.field(), e.message()))
                                .toList())
                .toResponse();
    }
}
