package org.tributary.platform.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The servers sharing the database, each seen alive every 20 s: work one of them holds outside the database (a
 * request on its own broker) is another's to pick up once that server has not been seen for {@link #GONE_AFTER}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Servers {

    /** Three missed beats: a server paused for a long GC or a slow database is not taken for gone. */
    public static final String GONE_AFTER = "interval '60 seconds'";

    /** SQL true when the server named in the given column has not been seen for a while (or ever). */
    public static String goneSql(String serverColumn) {
        return "not exists (select 1 from servers s where s.name = " + serverColumn + " and s.seen_at > now() - "
                + GONE_AFTER + ")";
    }

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
