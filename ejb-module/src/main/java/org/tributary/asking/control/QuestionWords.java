package org.tributary.asking.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A question as words: lower case, "ё" as "е", letters and digits only, apostrophes dropped within a word
 * ("don't" is "dont"). Linear in the text, which {@link #MAX_CHARS} bounds.
 */
final class QuestionWords {

    static final int MAX_CHARS = 500;

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("twelve", 12),
            Map.entry("один", 1),
            Map.entry("одну", 1),
            Map.entry("два", 2),
            Map.entry("две", 2),
            Map.entry("три", 3),
            Map.entry("четыре", 4),
            Map.entry("пять", 5),
            Map.entry("шесть", 6),
            Map.entry("семь", 7),
            Map.entry("восемь", 8),
            Map.entry("девять", 9),
            Map.entry("десять", 10),
            Map.entry("двенадцать", 12));

    private QuestionWords() {}

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int end = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '’') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                word.append(lower == 'ё' ? 'е' : lower);
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

    /** Russian when most letters of the question are Cyrillic, English when most are Latin; else unknown. */
    static java.util.Optional<Locale> languageOf(String text) {
        int cyrillic = 0;
        int latin = 0;
        int end = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < end; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(cyrillic > latin ? Locale.forLanguageTag("ru") : Locale.ENGLISH);
    }

    /** A count written in digits or as a word up to twelve, else null. */
    static Integer number(String word) {
        if (word.length() <= 4 && word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return NUMBERS.get(word.toLowerCase(Locale.ROOT));
    }

    /** The word is the stem or starts with it (a stem of four letters or more stands for its inflections). */
    static boolean matches(String word, String stem) {
        return word.equals(stem) || (stem.length() >= 4 && word.startsWith(stem));
    }
}
