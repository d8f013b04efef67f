package org.tributary.security.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.platform.boundary.Problem;
import org.tributary.security.control.WrongCodeException;

/** 422: a two-factor code that did not match while turning two-factor sign-in on or off. */
@Provider
public class WrongCodeMapper implements ExceptionMapper<WrongCodeException> {

    @Override
    public Response toResponse(WrongCodeException exception) {
        return Problem.of(Problem.UNPROCESSABLE_CONTENT, exception.getMessage())
                .withCode("wrong-code")
                .toResponse();
    }
}
