package org.tributary.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.importing.control.UnsupportedFormatException;

/** 415: not a statement format we read. */
@Provider
public class UnsupportedFormatMapper implements ExceptionMapper<UnsupportedFormatException> {

    @Override
    public Response toResponse(UnsupportedFormatException exception) {
        return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, exception.getMessage())
                .toResponse();
    }
}
