package org.tributary.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: the only shape an error of this API takes. {@code code}, when there is one, is
 * a stable name of the kind of failure (an extension member), for clients that put it into their own words.
 */
public record Problem(int status, String title, String detail, List<FieldError> errors, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** 422, which Jakarta REST's Status enum lacks. */
    public static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public record FieldError(String field, String message) {}

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, List.of(), null);
    }

    public static Problem of(Response.StatusType status, String detail, List<FieldError> errors) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, errors, null);
    }

    public Problem withCode(String code) {
        return new Problem(status, title, detail, errors, code);
    }

    public Response toResponse() {
        return toResponse("about:blank");
    }

    /** @param type a URI naming the kind of problem, for the few a client must tell apart (RFC 9457 §3.1.1) */
    public Response toResponse(String type) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (code != null) {
            body.add("code", code);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e ->
                    list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(body.build().toString())
                .build();
    }
}
