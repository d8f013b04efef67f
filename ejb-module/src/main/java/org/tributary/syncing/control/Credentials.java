package org.tributary.syncing.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Optional;

/** A connection's sealed access, as JSON: what each provider's worker needs to fetch one account. */
final class Credentials {

    private final JsonObject json;

    private Credentials(JsonObject json) {
        this.json = json;
    }

    /** @throws ReconnectNeededException when the stored access cannot be read: only connecting again mends it */
    static Credentials of(String sealedJson) {
        if (sealedJson == null) {
            throw new ReconnectNeededException("The connection has no access yet: connect it at the bank");
        }
        try (var reader = Json.createReader(new StringReader(sealedJson))) {
            return new Credentials(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw new ReconnectNeededException("The connection's stored access is unreadable");
        }
    }

    String text(String name) {
        if (json.get(name) instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString();
        }
        throw new ReconnectNeededException("The connection's stored access is incomplete");
    }

    Optional<Integer> number(String name) {
        return json.get(name) instanceof JsonNumber number ? Optional.of(number.intValue()) : Optional.empty();
    }
}
