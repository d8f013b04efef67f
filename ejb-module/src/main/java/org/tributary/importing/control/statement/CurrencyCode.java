package org.tributary.importing.control.statement;

import java.util.Currency;
import java.util.Locale;

/**
 * The one rule for a currency a statement names: an ISO 4217 alphabetic code that the JDK knows ({@link
 * Currency}), upper-cased. Anything else (a symbol, a word, "ÄÖÜ") is refused as the row's error rather than taken
 * in: the ledger's {@code char(3)} would keep it, but ClickHouse's {@code FixedString(3)} counts bytes and the
 * reports convert by the code, so such a row would be lost on the way (issue 15).
 */
public final class CurrencyCode {

    private CurrencyCode() {}

    /** Whether the text (blanks around it aside, any case) is a currency code we take in. */
    public static boolean isKnown(String text) {
        return normalised(text) != null;
    }

    /**
     * @return the code, stripped and upper-cased
     * @throws UnreadableRowException when it is no ISO 4217 code
     */
    public static String valid(String text) {
        String code = normalised(text);
        if (code == null) {
            throw UnreadableRowException.unknownCurrency(text == null ? "" : text);
        }
        return code;
    }

    private static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip();
        if (code.length() != 3) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return null; // Currency.getInstance would take no other letters, but say so before asking it
            }
        }
        code = code.toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
