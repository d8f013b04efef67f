package org.tributary.syncing.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tributary.importing.control.ImportQueue;
import org.tributary.importing.control.ImportRuns;
import org.tributary.platform.control.Resources;
import org.tributary.platform.control.ThisNode;

/**
 * A sync's request to its provider's worker, on this server's broker, with the mark of where it waits
 * ({@code import_runs.requested_on}, as for an upload's import request). A request left on a server that stopped
 * before its worker asked the bank is sent again by a live server (decision 56).
 */
@Stateless
public class SyncRequests {

    /** A sync whose bank was not asked yet and whose request waits on a server gone (parameter: this server). */
    private static final String STRANDED = ImportRuns.REQUEST_STRANDED + " and " + ImportRuns.AWAITING_BANK;

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    JMSContext jms;

    @Inject
    ThisNode node;

    @Inject
    ImportQueue queue;

    @Resource(lookup = Resources.QUEUE_ETL_SIMPLEFIN)
    Queue etlSimpleFin;

    @Resource(lookup = Resources.QUEUE_ETL_GOCARDLESS)
    Queue etlGoCardless;

    @Resource(lookup = Resources.QUEUE_ETL_BERLINGROUP)
    Queue etlBerlinGroup;

    /** In the caller's transaction. */
    public void send(BankProvider provider, SyncRequest request) {
        queue.waitsHere(request.importId());
        publish(provider, request);
    }

    /** The syncs whose request waits on the broker of a server that has not been seen for a while. */
    public List<UUID> stranded() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from import_runs where " + STRANDED + " order by created_at")
                .setParameter(1, node.name())
                .getResultList();
        return ids;
    }

    /**
     * Sends a stranded sync's request again from this server, with the mark of where it waits, in one transaction.
     *
     * @return false when it was no longer stranded (another server sent it, or its worker asked the bank)
     */
    public boolean sendAgain(UUID importId) {
        @SuppressWarnings("unchecked")
        List<Object[]> runs = em.createNativeQuery("update import_runs set requested_on = ?, requested_at = now()"
                        + " where id = ? and " + STRANDED + " returning user_id, source_id,"
                        + " (select provider from sources s where s.id = import_runs.source_id)")
                .setParameter(1, node.name())
                .setParameter(2, importId)
                .setParameter(3, node.name())
                .getResultList();
        if (runs.isEmpty()) {
            return false;
        }
        Object[] run = runs.get(0);
        // The update above already marked it as waiting here.
        Optional<BankProvider> provider = BankProvider.of((String) run[2]);
        provider.ifPresent(known -> publish(known, new SyncRequest((UUID) run[0], (UUID) run[1], importId)));
        return provider.isPresent();
    }

    private void publish(BankProvider provider, SyncRequest request) {
        jms.createProducer()
                .setProperty(SyncRequest.SOURCE_ID_PROPERTY, request.sourceId().toString())
                .send(queueOf(provider), request.toJson());
    }

    private Queue queueOf(BankProvider provider) {
        return switch (provider) {
            case SIMPLEFIN -> etlSimpleFin;
            case GOCARDLESS -> etlGoCardless;
            case BERLINGROUP -> etlBerlinGroup;
        };
    }
}
