package org.tributary.categorising.control;

import java.util.Locale;

/**
 * Why a transaction has its category, stored as a short code ({@code kind:detail}, e.g. {@code brand:Migros})
 * in {@code transactions.category_reason} and put into words, in the user's language, only when shown.
 */
public final class CategoryReason {

    public static final String USER = "user";
    public static final String RULE = "rule";
    public static final String KEYWORD = "keyword";
    public static final String BRAND = "brand";
    public static final String SIMILAR = "similar";
    public static final String EXAMPLE = "example";
    public static final String DESCRIPTION = "description";
    public static final String LLM = "llm";
    public static final String TRANSFER = "transfer";
    public static final String NONE = "none";

    private static final int MAX_DETAIL = 80;

    private CategoryReason() {}

    public static String code(String kind, String detail) {
        if (detail == null || detail.isBlank()) {
            return kind;
        }
        String clean = detail.strip().replaceAll("\\p{Cntrl}", " ");
        return kind + ":" + (clean.length() > MAX_DETAIL ? clean.substring(0, MAX_DETAIL) : clean);
    }

    /** The code in plain words, e.g. "Migros is a known brand (supermarket)". */
    public static String words(String code, String categorisedBy, Locale locale) {
        boolean ru = locale != null && "ru".equals(locale.getLanguage());
        String kind = code == null || code.isBlank() ? fallbackKind(categorisedBy) : code;
        String detail = "";
        int colon = kind.indexOf(':');
        if (colon >= 0) {
            detail = kind.substring(colon + 1);
            kind = kind.substring(0, colon);
        }
        return switch (kind) {
            case USER -> ru ? "Вы выбрали эту категорию" : "You chose this category";
            case RULE -> ru ? "Ваше правило для «" + detail + "»" : "Your rule for \u201c" + detail + "\u201d";
            case KEYWORD -> ru ? "Ключевое слово «" + detail + "»" : "The word \u201c" + detail + "\u201d";
            case BRAND -> ru ? "Известная марка: " + detail : "A known brand: " + detail;
            case SIMILAR ->
                ru
                        ? "Похоже на «" + detail + "», которое вы так отметили"
                        : "Like \u201c" + detail + "\u201d, which you filed here";
            case EXAMPLE -> ru ? "Похоже на «" + detail + "»" : "Like \u201c" + detail + "\u201d";
            case DESCRIPTION -> ru ? "Ближе всего к описанию категории" : "Closest to the category's description";
            case LLM -> ru ? "Подсказала языковая модель" : "Suggested by the language model";
            case TRANSFER -> ru ? "Перевод между вашими счетами" : "Money moved between your own accounts";
            default -> ru ? "Не удалось определить категорию" : "No category could be found yet";
        };
    }

    private static String fallbackKind(String categorisedBy) {
        if (categorisedBy == null) {
            return NONE;
        }
        return switch (categorisedBy) {
            case "USER" -> USER;
            case "RULE" -> KEYWORD;
            case "BRAND" -> BRAND;
            case "MODEL" -> DESCRIPTION;
            case "LLM" -> LLM;
            default -> NONE;
        };
    }
}
