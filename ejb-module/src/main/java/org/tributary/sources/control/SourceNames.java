package org.tributary.sources.control;

import java.util.Locale;

/**
 * The names of the sources Tributary makes by itself: stored in English ("Cash", "Uploaded files") and shown in
 * the reader's language; a name a person gave is shown as given (decision 26).
 */
public final class SourceNames {

    public static final String CASH = "Cash";
    public static final String UPLOADS = "Uploaded files";

    private SourceNames() {}

    public static String name(String kind, String stored, Locale locale) {
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        if (!russian || stored == null) {
            return stored;
        }
        if ("CASH".equals(kind) && CASH.equals(stored)) {
            return "Наличные";
        }
        if ("FILE".equals(kind) && UPLOADS.equals(stored)) {
            return "Загруженные файлы";
        }
        return stored;
    }
}
