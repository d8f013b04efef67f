package org.tributary.categorising.control.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A merchant or description as the model reads it: lower case, without digits and punctuation (store numbers,
 * dates and card suffixes only make two spellings of one merchant look different), single spaces, and at most
 * {@value #MAX_LENGTH} characters, which bounds the time and memory one embedding costs whatever a bank sends.
 */
public final class MerchantText {

    public static final int MAX_LENGTH = 200;

    /** Read this far at most, so that a 10 MB description costs no more than a short one. */
    private static final int MAX_READ = 4 * MAX_LENGTH;

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019`]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private MerchantText() {}

    /** The prepared text; empty when nothing readable is left. */
    public static String prepare(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String head = text.length() > MAX_READ ? text.substring(0, MAX_READ) : text;
        String words = NOT_LETTERS
                .matcher(APOSTROPHES.matcher(head.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll(" ")
                .strip();
        if (words.length() <= MAX_LENGTH) {
            return words;
        }
        int cut = words.lastIndexOf(' ', MAX_LENGTH);
        return words.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }
}
