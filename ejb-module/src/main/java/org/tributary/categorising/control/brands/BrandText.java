package org.tributary.categorising.control.brands;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Brand names and descriptors in one comparable form: Latin letters and digits, upper case, one space between
 * words. "Пятёрочка", "ПЯТЁРОЧКА" and "Pyaterochka" all become "PYATEROCHKA", "McDonald's" and "MCDONALDS"
 * both "MCDONALDS". The index and the descriptors go through this one method, so they cannot disagree.
 */
final class BrandText {

    /** Longer descriptors are cut: brands are near the start, and the transliterator's cost grows with length. */
    static final int MAX_CHARS = 200;

    /**
     * BGN/PCGN for Russian first, as card descriptors and brands' own English names spell it ("Pyaterochka",
     * where the generic Cyrillic rules give "Pjaterocka"); then any other script; then accents away.
     */
    private static final String TO_LATIN = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";

    private static final Transliterator LATIN = Transliterator.getInstance(TO_LATIN);

    private BrandText() {}

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String capped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String latin = isAscii(capped) ? capped : toLatin(inIndexedScripts(capped));
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c == '\'') {
                continue; // within a word: "McDonald's", "Sainsbury's"
            }
            if (c < 128 && Character.isLetterOrDigit(c)) {
                word.append(Character.toUpperCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    static String normalise(String text) {
        return String.join(" ", words(text));
    }

    /**
     * The index holds Latin, Cyrillic and Greek names only; any other script would be romanised into syllables
     * that match unrelated brands ("SEAT"), so it becomes spaces.
     */
    private static String inIndexedScripts(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            boolean indexed = script == Character.UnicodeScript.LATIN
                    || script == Character.UnicodeScript.CYRILLIC
                    || script == Character.UnicodeScript.GREEK
                    || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED;
            kept.appendCodePoint(indexed ? c : ' ');
        });
        return kept.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** ICU does not document a transliterator as safe to share between threads; the lock costs little next to it. */
    private static String toLatin(String text) {
        synchronized (LATIN) {
            return LATIN.transliterate(text);
        }
    }
}
