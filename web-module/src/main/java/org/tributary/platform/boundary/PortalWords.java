package org.tributary.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.tributary.categorising.control.Categories;
import org.tributary.categorising.control.CategoryNames;
import org.tributary.sources.control.SourceNames;

/**
 * What the pages put into words from stored values, in the page's language: counts with their plural form
 * ({@code #{words.count('count.transactions', n)}}), categories and the names of the sources Tributary made.
 */
@Named("words")
@RequestScoped
public class PortalWords {

    /** A count in the sentence of this key, e.g. "1 transaction", "22 операции". */
    public String count(String key, long count) {
        return PageMessages.text(key, count);
    }

    /** A stored category (a built-in's key or a name a person made up) in the page's language. */
    public String category(String stored) {
        return CategoryNames.name(stored, locale());
    }

    /** A source's name, the ones Tributary made ("Cash", "Uploaded files") in the page's language. */
    public String source(String kind, String stored) {
        return SourceNames.name(kind, stored, locale());
    }

    /** The categories as choices of a select: the stored id as value, the name in the page's language shown. */
    public static List<SelectItem> choices(List<Categories.Category> categories) {
        return categories.stream().map(c -> new SelectItem(c.id(), c.name())).toList();
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
