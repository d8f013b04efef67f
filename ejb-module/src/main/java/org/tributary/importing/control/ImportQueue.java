package org.tributary.importing.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.tributary.platform.control.Resources;
import org.tributary.platform.control.ThisNode;

/**
 * Puts import requests on {@code etl-file}. Sent inside the caller's transaction (the pooled connection
 * factory is XA), so the message exists exactly when the import run does. The run records which server's broker
 * holds its request, so that a live server can send it again should that one stop (decision 56).
 */
@ApplicationScoped
public class ImportQueue {

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.QUEUE_ETL_FILE)
    Queue etlFile;

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    ThisNode node;

    /** In the caller's transaction. */
    public void request(UUID importId) {
        waitsHere(importId);
        jms.createProducer()
                .setProperty(ImportRequest.IMPORT_ID_PROPERTY, importId.toString())
                .send(etlFile, new ImportRequest(importId).toJson());
    }

    /**
     * Marks the run's request as waiting on this server's broker (decision 56), in the caller's transaction: the
     * import request sent here, or a sync's request to its provider's worker.
     */
    public void waitsHere(UUID importId) {
        em.createNativeQuery("update import_runs set requested_on = ?, requested_at = now() where id = ?")
                .setParameter(1, node.name())
                .setParameter(2, importId)
                .executeUpdate();
    }
}
