package org.tributary.categorising.control;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Locale;

/**
 * A stored category as the reports' JSON gives it: a built-in's English name, as before decision 26 (the
 * reports API speaks English, like its other words); a name sent back is read to what the ledger stores.
 */
public class EnglishCategoryName implements JsonbAdapter<String, String> {

    @Override
    public String adaptToJson(String stored) {
        return CategoryNames.name(stored, Locale.ENGLISH);
    }

    @Override
    public String adaptFromJson(String name) {
        return CategoryNames.key(name);
    }
}
