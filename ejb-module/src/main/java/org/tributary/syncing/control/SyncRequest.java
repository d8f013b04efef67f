package org.tributary.syncing.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;

/**
 * A message on an {@code etl-<provider>-auth-data} queue: which connection to sync into which import run. The
 * connection's access stays sealed in the database; it never travels through the broker.
 */
public record SyncRequest(UUID userId, UUID sourceId, UUID importId) {

    public static final String SOURCE_ID_PROPERTY = "sourceId";

    /** A message no sync can come of: it goes to the dead-letter queue. */
    public static class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("sourceId", sourceId.toString())
                .add("importId", importId.toString())
                .build()
                .toString();
    }

    public static SyncRequest parse(String json) {
        if (json == null || json.length() > 1_000) {
            throw new Malformed("not a sync request");
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject body = reader.readObject();
            return new SyncRequest(
                    UUID.fromString(body.getString("userId")),
                    UUID.fromString(body.getString("sourceId")),
                    UUID.fromString(body.getString("importId")));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new Malformed("not a sync request: " + e.getMessage());
        }
    }
}
