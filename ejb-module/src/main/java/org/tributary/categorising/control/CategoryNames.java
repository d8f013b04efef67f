package org.tributary.categorising.control;

import java.util.Locale;

/**
 * The one place that turns a stored category into words and typed words into a stored category (decision 26).
 * A built-in category is stored by its key ({@code groceries}) and shown in the reader's language; a category a
 * person made up is stored and shown as typed. A typed name of a built-in in any language, or its key, is that
 * built-in.
 */
public final class CategoryNames {

    private CategoryNames() {}

    /** The stored category in words of this language: a built-in's name, or a made-up category as typed. */
    public static String name(String stored, Locale locale) {
        if (stored == null) {
            return "";
        }
        return Taxonomy.byStoredName(stored).map(c -> c.displayName(locale)).orElse(stored);
    }

    /** What to store for a typed or sent category: a built-in's key, else the text as typed (trimmed). */
    public static String key(String typed) {
        if (typed == null) {
            return null;
        }
        return Taxonomy.byStoredName(typed).map(Taxonomy::storedName).orElse(typed.strip());
    }
}
