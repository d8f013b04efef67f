package org.tributary.categorising.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rules users teach by re-categorising a merchant's transactions: the one owner of the rules table. */
@Stateless
public class Rules {

    /** A rule as the user sees it, to undo. */
    public record Rule(UUID id, String kind, String merchant, String category) {}

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    public UserRules of(UUID userId) {
        Map<String, String> byMerchant = new HashMap<>();
        Map<String, String> byBrand = new HashMap<>();
        for (Rule rule : list(userId)) {
            ("BRAND".equals(rule.kind()) ? byBrand : byMerchant).put(rule.merchant(), rule.category());
        }
        return new UserRules(byMerchant, byBrand);
    }

    public List<Rule> list(UUID userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, kind, merchant, category from rules where user_id = ? order by merchant, kind")
                .setParameter(1, userId)
                .getResultList();
        return rows.stream()
                .map(row -> new Rule((UUID) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }

    /**
     * What the user chose: the merchants of their rules and of the transactions they categorised by hand,
     * merchant → category (the latest choice wins), which the model compares new merchants with.
     */
    public Map<String, String> choices(UUID userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select merchant, category from (select merchant, category,"
                        + " booked_date as at from transactions where user_id = ?1 and categorised_by = 'USER'"
                        + " union all select merchant, category, null from rules where user_id = ?1"
                        + " and kind = 'MERCHANT') c order by at nulls last limit 20000")
                .setParameter(1, userId)
                .getResultList();
        Map<String, String> choices = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            choices.put((String) row[0], (String) row[1]);
        }
        return choices;
    }

    /** From now on every transaction of this merchant gets this category (a later choice replaces it). */
    public void learn(UUID userId, String merchant, String category) {
        learn(userId, "MERCHANT", merchant, category);
    }

    /** From now on every transaction of this brand, however the bank spells it, gets this category. */
    public void learnBrand(UUID userId, String brand, String category) {
        learn(userId, "BRAND", brand, category);
    }

    private void learn(UUID userId, String kind, String key, String category) {
        em.createNativeQuery("insert into rules (id, user_id, kind, merchant, category) values (?, ?, ?, ?, ?)"
                        + " on conflict (user_id, kind, merchant) do update set category = excluded.category")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, userId)
                .setParameter(3, kind)
                .setParameter(4, UserRules.key(key))
                .setParameter(5, category)
                .executeUpdate();
    }

    /** @return the rule removed, if the user had it */
    public java.util.Optional<Rule> forget(UUID userId, UUID ruleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "delete from rules where user_id = ? and id = ? returning id, kind, merchant, category")
                .setParameter(1, userId)
                .setParameter(2, ruleId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Rule((UUID) row[0], (String) row[1], (String) row[2], (String) row[3]));
    }
}
