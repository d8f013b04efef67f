package org.tributary.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.security.control.TooManyAttemptsException;

/** 429 with Retry-After in seconds. */
@Provider
public class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttemptsException> {

    @Override
    public Response toResponse(TooManyAttemptsException exception) {
        long seconds = exception.retryAfter().toSeconds();
        Response problem = Problem.of(
                        Response.Status.TOO_MANY_REQUESTS, exception.what() + " Try again in " + seconds + " seconds.")
                .toResponse();
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
