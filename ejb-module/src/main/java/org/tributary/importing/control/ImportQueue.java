package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.UUID;
import org.tributary.platform.control.Resources;

/**
 * Puts import requests on {@code etl-file}. Sent inside the caller's transaction (the pooled connection
 * factory is XA), so the message exists exactly when the import run does.
 */
@ApplicationScoped
public class ImportQueue {

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.QUEUE_ETL_FILE)
    Queue etlFile;

    public void request(UUID importId) {
        jms.createProducer()
                .setProperty(ImportRequest.IMPORT_ID_PROPERTY, importId.toString())
                .send(etlFile, new ImportRequest(importId).toJson());
    }
}
