package org.tributary.platform.boundary;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A sentence of the portal's bundle with its parameters filled in by ICU's MessageFormat, so a count takes the
 * plural form its language needs ({@code {0, plural, one {# операция} few {# операции} many {# операций}
 * other {# операции}}}) — the one formatter of the portal's texts (decision 26).
 */
public final class MessageText {

    private MessageText() {}

    /** @return the sentence, or the key itself when the bundle lacks it (a missing text shows, never fails) */
    public static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
