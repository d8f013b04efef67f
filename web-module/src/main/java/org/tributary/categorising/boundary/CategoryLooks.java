package org.tributary.categorising.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that says how a category looks: its colour and its PrimeIcons icon, the same in the charts,
 * the chips of the transactions list and the overview's lists (decision 28). A category is found by its
 * name or its key in any spelling ("Eating out", "EATING_OUT", "eating-out"); one of the person's own gets a
 * colour of the palette chosen by its name, so it keeps it from page to page.
 */
@Named
@ApplicationScoped
public class CategoryLooks {

    /** A colour and an icon; the colour has at least 3:1 contrast on white, as graphics need (WCAG 1.4.11). */
    public record Look(String colour, String icon) {}

    private static final Map<String, Look> BUILT_IN = Map.ofEntries(
            Map.entry("salary", new Look("#1e7b4a", "pi-briefcase")),
            Map.entry("otherincome", new Look("#2b7f8c", "pi-plus-circle")),
            Map.entry("groceries", new Look("#3b7d23", "pi-shopping-cart")),
            Map.entry("eatingout", new Look("#c2410c", "pi-face-smile")),
            Map.entry("transport", new Look("#1d5fa8", "pi-car")),
            Map.entry("travel", new Look("#0e7490", "pi-globe")),
            Map.entry("subscriptions", new Look("#7c3aed", "pi-sync")),
            Map.entry("shopping", new Look("#be185d", "pi-shopping-bag")),
            Map.entry("utilities", new Look("#a16207", "pi-bolt")),
            Map.entry("rentandhousing", new Look("#6d4c41", "pi-home")),
            Map.entry("health", new Look("#dc2626", "pi-heart")),
            Map.entry("personalcare", new Look("#c026d3", "pi-sparkles")),
            Map.entry("entertainment", new Look("#4f46e5", "pi-ticket")),
            Map.entry("education", new Look("#0369a1", "pi-graduation-cap")),
            Map.entry("insurance", new Look("#475569", "pi-shield")),
            Map.entry("giftsandcharity", new Look("#db2777", "pi-gift")),
            Map.entry("taxes", new Look("#57534e", "pi-building-columns")),
            Map.entry("taxesandgovernment", new Look("#57534e", "pi-building-columns")),
            Map.entry("cash", new Look("#15803d", "pi-money-bill")),
            Map.entry("feesandinterest", new Look("#b45309", "pi-percentage")),
            Map.entry("transfers", new Look("#64748b", "pi-arrow-right-arrow-left")),
            Map.entry("uncategorised", new Look("#6b7280", "pi-question-circle")));

    /** For the person's own categories: distinct from each other, and from the built-in ones where possible. */
    private static final List<String> OWN = List.of("#0f766e", "#9333ea", "#b91c1c", "#1e40af", "#854d0e", "#be123c");

    private static final Look UNKNOWN = BUILT_IN.get("uncategorised");

    public Look of(String category) {
        if (category == null || category.isBlank()) {
            return UNKNOWN;
        }
        Look builtIn = BUILT_IN.get(key(category));
        return builtIn != null
                ? builtIn
                : new Look(OWN.get(Math.floorMod(key(category).hashCode(), OWN.size())), "pi-tag");
    }

    public String colour(String category) {
        return of(category).colour();
    }

    public String icon(String category) {
        return of(category).icon();
    }

    private static String key(String category) {
        return category.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
