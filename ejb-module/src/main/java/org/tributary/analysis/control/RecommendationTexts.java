package org.tributary.analysis.control;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of recommendations in the account's language (English, Russian), amounts and dates in its style. */
final class RecommendationTexts {

    private final Locale locale;
    private final ResourceBundle words;

    RecommendationTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the server's own locale: an English account reads English wherever the server runs.
        this.words = ResourceBundle.getBundle(
                "org.tributary.analysis.control.recommendations",
                locale,
                RecommendationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknown) {
            return NumberFormat.getNumberInstance(locale).format(amount) + " " + currency;
        }
        return format.format(amount);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    Locale locale() {
        return locale;
    }

    String cadence(Cadence cadence) {
        return words.getString("cadence." + cadence);
    }
}
