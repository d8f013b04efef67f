package org.tributary.asking.control;

import com.ibm.icu.text.MessageFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.tributary.categorising.control.CategoryNames;

/** The words of answers in the account's language (English, Russian): amounts, dates, periods and plurals. */
final class AnswerTexts {

    private final Locale locale;
    private final ResourceBundle words;

    AnswerTexts(Locale locale) {
        this.locale = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        this.words = ResourceBundle.getBundle(
                "org.tributary.asking.control.answers",
                this.locale,
                AnswerTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        String text = new MessageFormat(words.getString(key), locale).format(arguments);
        // A Russian date ends in "г.": the sentence's own full stop is not doubled.
        return text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
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

    String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        return format.format(part.divide(whole, 4, RoundingMode.HALF_UP));
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    String category(String stored) {
        return CategoryNames.name(stored, locale);
    }

    /** "November 2026", "2026", "4 Dec 2026", else "1 Mar 2026 – 15 Apr 2026"; capitalised, as it starts a sentence. */
    String period(AskedPeriod period) {
        String words;
        if (period.from().equals(period.to())) {
            words = date(period.from());
        } else if (period.wholeMonth()) {
            words = period.from().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        } else if (period.wholeYear()) {
            words = Integer.toString(period.from().getYear());
        } else {
            words = date(period.from()) + " – " + date(period.to());
        }
        return words.substring(0, 1).toUpperCase(locale) + words.substring(1);
    }

    String list(List<String> items) {
        return String.join(words.getString("list.separator"), items);
    }
}
