package org.tributary.categorising.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;
import org.tributary.platform.control.Resources;

/**
 * Asks the categorising worker to categorise what no fast layer could: one message per import (or cash
 * entry) that left transactions "Uncategorised". The worker reads those rows of the ledger itself
 * (categorised_by = NONE), so the message stays small whatever the size of the file.
 */
@ApplicationScoped
public class CategorisationQueue {

    public static final String IMPORT_ID_PROPERTY = "importId";
    public static final String USER_ID_PROPERTY = "userId";

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.QUEUE_ML_CATEGORISE)
    Queue mlCategorise;

    public void requestForImport(UUID userId, UUID importId, long uncategorised) {
        send(
                userId,
                Json.createObjectBuilder()
                        .add("userId", userId.toString())
                        .add("importId", importId.toString())
                        .add("uncategorised", uncategorised),
                importId);
    }

    /** The same request again, from another server, when the first waits on the broker of a server gone. */
    public void requestAgainForImport(UUID userId, UUID importId) {
        send(
                userId,
                Json.createObjectBuilder()
                        .add("userId", userId.toString())
                        .add("importId", importId.toString())
                        .add("again", true),
                importId);
    }

    /** For all of the user's uncategorised transactions: cash entries, which belong to no import, and others. */
    public void requestForUser(UUID userId) {
        send(userId, Json.createObjectBuilder().add("userId", userId.toString()).add("uncategorised", 1), null);
    }

    private void send(UUID userId, JsonObjectBuilder body, UUID importId) {
        var producer = jms.createProducer().setProperty(USER_ID_PROPERTY, userId.toString());
        if (importId != null) {
            producer.setProperty(IMPORT_ID_PROPERTY, importId.toString());
        }
        producer.send(mlCategorise, body.build().toString());
    }
}
