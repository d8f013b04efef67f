package org.tributary.categorising.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The categories a user can choose from: the built-in ones and those the user made up. The id is what the
 * ledger stores and what filters and changes take (a built-in's key, or a made-up name as typed); the name is
 * in the reader's language ({@link CategoryNames}).
 */
@Stateless
public class Categories {

    public record Category(String id, String name, String kind) {}

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    public List<Category> of(UUID userId, Locale locale) {
        Set<String> names = new LinkedHashSet<>(BuiltInCategories.names());
        @SuppressWarnings("unchecked")
        List<String> own = em.createNativeQuery("select category from rules where user_id = ?1 union"
                        + " select distinct category from transactions where user_id = ?1 and categorised_by = 'USER'"
                        + " order by 1")
                .setParameter(1, userId)
                .getResultList();
        List<Category> categories = new ArrayList<>();
        for (String key : names) {
            categories.add(new Category(key, CategoryNames.name(key, locale), kindOf(key)));
        }
        for (String name : own) {
            if (names.add(name)) {
                categories.add(new Category(name, name, "CUSTOM"));
            }
        }
        return categories;
    }

    private static String kindOf(String key) {
        return Taxonomy.byStoredName(key).map(c -> c.kind().name()).orElse("EXPENSE");
    }
}
