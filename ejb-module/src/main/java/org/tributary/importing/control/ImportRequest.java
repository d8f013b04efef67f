package org.tributary.importing.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.UUID;

/** The body of a message on {@code etl-file}: which import run to process. The one place its format lives. */
public record ImportRequest(UUID importId) {

    /**
     * The run's id also travels as a message property, so a message whose body cannot be read still says
     * which run it was for, and that run can be marked failed when the message is given up.
     */
    public static final String IMPORT_ID_PROPERTY = "importId";

    public String toJson() {
        return Json.createObjectBuilder()
                .add("importId", importId.toString())
                .build()
                .toString();
    }

    /** @throws MalformedMessageException when the text is not an import request */
    public static ImportRequest parse(String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedMessageException("empty import request");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject body = reader.readObject();
            return new ImportRequest(UUID.fromString(body.getString("importId")));
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new MalformedMessageException(
                    "not an import request: " + e.getClass().getSimpleName());
        }
    }
}
