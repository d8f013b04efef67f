package org.tributary.categorising.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.UUID;

/** A message on {@code ml-categorise}: whose transactions, and of which import (none: the cash entries). */
public record CategorisationRequest(UUID userId, UUID importId) {

    /** A message that can never be processed: it goes to the dead-letter queue. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String reason) {
            super(reason);
        }
    }

    public static CategorisationRequest parse(String text) {
        if (text == null || text.length() > 4096) {
            throw new Malformed("not a categorisation request");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject body = reader.readObject();
            UUID user = UUID.fromString(body.getString("userId"));
            String importId = body.containsKey("importId") ? body.getString("importId") : null;
            return new CategorisationRequest(user, importId == null ? null : UUID.fromString(importId));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new Malformed("not a categorisation request: " + e.getClass().getSimpleName());
        }
    }
}
