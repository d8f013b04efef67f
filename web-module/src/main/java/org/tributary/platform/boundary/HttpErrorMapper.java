package org.tributary.platform.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the API raises on purpose (404, 405, 415, …) keep their status and become problem+json. Messages
 * that the JAX-RS runtime wrote for itself are replaced by plain words.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return Problem.of(status, detailOf(exception, status)).toResponse();
    }

    private static String detailOf(WebApplicationException exception, Response.StatusType status) {
        String message = exception.getMessage();
        boolean fromRuntime = message == null || message.startsWith("RESTEASY") || message.startsWith("HTTP ");
        return fromRuntime ? status.getReasonPhrase() + "." : message;
    }
}
