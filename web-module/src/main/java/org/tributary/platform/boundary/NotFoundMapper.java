package org.tributary.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.platform.control.NotFoundException;

/** 404, also for another user's object: the answer never tells whether it exists. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException exception) {
        return Problem.of(Response.Status.NOT_FOUND, "Not found.").toResponse();
    }
}
