package org.tributary.analysis.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;

/** A message on {@code ml-analyse}: analyse the person's ledger as of their own report stamp (or later). */
public record AnalysisRequest(UUID userId, long stamp) {

    /** A message the worker cannot read: it ends in the dead-letter queue. */
    public static class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Malformed(String message) {
            super(message);
        }
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("stamp", stamp)
                .build()
                .toString();
    }

    public static AnalysisRequest parse(String text) {
        if (text == null || text.length() > 1_000) {
            throw new Malformed("not an analysis request");
        }
        try {
            JsonObject json = Json.createReader(new StringReader(text)).readObject();
            return new AnalysisRequest(
                    UUID.fromString(json.getString("userId")),
                    json.getJsonNumber("stamp").longValueExact());
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | IllegalArgumentException
                | ArithmeticException e) {
            throw new Malformed("not an analysis request: " + e.getMessage());
        }
    }
}
