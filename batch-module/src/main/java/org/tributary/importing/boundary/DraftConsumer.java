package org.tributary.importing.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.UUID;
import org.tributary.analytics.control.AnalyticsLoader;
import org.tributary.importing.control.MalformedMessageException;

/**
 * Takes hand-entered cash transactions off {@code etl-draft} and loads them into ClickHouse. ClickHouse
 * being away is not a failure of the message (the catch-up timer loads the entry later); a message that is
 * not a draft is rethrown and ends in the dead-letter queue.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/etl-draft"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class DraftConsumer implements MessageListener {

    @Inject
    AnalyticsLoader analytics;

    @Override
    public void onMessage(Message message) {
        analytics.loadTransaction(transactionId(message));
    }

    private static UUID transactionId(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new MalformedMessageException("expected a text message");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text.getText()))) {
            return UUID.fromString(reader.readObject().getString("transactionId"));
        } catch (JMSException
                | JsonException
                | ClassCastException
                | NullPointerException
                | IllegalArgumentException e) {
            throw new MalformedMessageException("not a draft: " + e.getClass().getSimpleName());
        }
    }
}
