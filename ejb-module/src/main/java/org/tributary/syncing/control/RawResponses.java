package org.tributary.syncing.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * The one owner of the {@code raw_<provider>.responses} tables: every answer of a bank's API a sync was made of,
 * exactly as received, so that what a sync imported can be traced to the bytes the bank sent.
 */
@Stateless
public class RawResponses {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    /** Joins the caller's transaction: the answers are kept with the statement made of them, or not at all. */
    public void keep(BankProvider provider, UUID userId, UUID sourceId, UUID importId, Fetched fetched) {
        // the schema name comes from the enum, never from input
        String insert = "insert into raw_" + provider.id()
                + ".responses (user_id, source_id, import_id, request, status, body) values (?, ?, ?, ?, ?, ?)";
        for (Fetched.RawResponse response : fetched.responses()) {
            em.createNativeQuery(insert)
                    .setParameter(1, userId)
                    .setParameter(2, sourceId)
                    .setParameter(3, importId)
                    .setParameter(4, response.request())
                    .setParameter(5, response.status())
                    .setParameter(6, response.body())
                    .executeUpdate();
        }
    }
}
