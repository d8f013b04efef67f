package org.tributary.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;
import org.tributary.platform.control.Money;

/**
 * The API's JSON-B: every decimal it sends is a string ({@link Money#format}), so a client that reads JSON
 * numbers as floating point still gets the cents exactly (the contract's rule, decision 33). Reading is
 * JSON-B's own, which takes a decimal as a string or a number.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withSerializers(new DecimalAsText()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    static final class DecimalAsText implements JsonbSerializer<BigDecimal> {

        @Override
        public void serialize(BigDecimal amount, JsonGenerator generator, SerializationContext context) {
            generator.write(Money.format(amount));
        }
    }
}
