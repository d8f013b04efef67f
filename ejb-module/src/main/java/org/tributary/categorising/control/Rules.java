package org.tributary.categorising.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rules users teach by re-categorising a merchant's transactions. */
@Stateless
public class Rules {

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    public UserRules of(UUID userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select merchant, category from rules where user_id = ?")
                .setParameter(1, userId)
                .getResultList();
        Map<String, String> rules = new HashMap<>();
        for (Object[] row : rows) {
            rules.put((String) row[0], (String) row[1]);
        }
        return new UserRules(rules);
    }

    /** From now on every transaction of this merchant gets this category (a later choice replaces it). */
    public void learn(UUID userId, String merchant, String category) {
        em.createNativeQuery("insert into rules (id, user_id, merchant, category) values (?, ?, ?, ?)"
                        + " on conflict (user_id, merchant) do update set category = excluded.category")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, userId)
                .setParameter(3, UserRules.key(merchant))
                .setParameter(4, category)
                .executeUpdate();
    }
}
