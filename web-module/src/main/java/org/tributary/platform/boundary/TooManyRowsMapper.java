package org.tributary.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.importing.control.TooManyRowsException;

/** 413: a file with more rows than one import may hold. */
@Provider
public class TooManyRowsMapper implements ExceptionMapper<TooManyRowsException> {

    @Override
    public Response toResponse(TooManyRowsException exception) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, exception.getMessage())
                .withCode(TooManyRowsException.CODE)
                .toResponse();
    }
}
