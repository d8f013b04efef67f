package org.tributary.platform.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** 422: a file in a format we read that holds no statement we can use; {@code code} says which failure. */
@Provider
public class UnreadableStatementMapper implements ExceptionMapper<UnreadableStatementException> {

    @Override
    public Response toResponse(UnreadableStatementException exception) {
        return Problem.of(Problem.UNPROCESSABLE_CONTENT, exception.getMessage())
                .withCode(exception.code())
                .toResponse();
    }
}
