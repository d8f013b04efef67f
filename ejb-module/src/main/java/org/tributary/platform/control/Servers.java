package org.tributary.platform.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The servers sharing the database, each seen alive every beat ({@link Heartbeat}): work one of them holds outside
 * the database (a request on its own broker) is another's to pick up once that server counts as gone
 * ({@link GoneServers}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Servers {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    public void beat(ThisNode node) {
        em.createNativeQuery("insert into servers (name, incarnation, seen_at) values (?, ?, now()) on conflict (name)"
                        + " do update set incarnation = excluded.incarnation, seen_at = excluded.seen_at")
                .setParameter(1, node.name())
                .setParameter(2, node.incarnation())
                .executeUpdate();
    }
}
