package org.tributary.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B's own parse and mapping errors, which may arrive unwrapped: the same 400 as any unreadable body. */
@Provider
public class JsonbErrorMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        return new UnreadableBodyMapper().toResponse(new jakarta.ws.rs.ProcessingException(exception));
    }
}
