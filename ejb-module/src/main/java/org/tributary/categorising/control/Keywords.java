package org.tributary.categorising.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The built-in keywords ({@code keywords.txt}), looked up as whole words: the text is cut into words and
 * each run of up to {@value #MAX_WORDS} words is looked up in a hash map, so a keyword never matches inside
 * another word ("uber" in "KTOUBERTRAG") and the time is linear in the text, whatever the number of keywords.
 */
final class Keywords {

    /** One keyword: as listed, as looked up (folded), and its category. */
    record Keyword(String word, String folded, Taxonomy category) {}

    static final int MAX_WORDS = 4;
    /** Descriptions longer than this are references and addresses; the words that name a kind come first. */
    static final int MAX_TEXT = 512;

    private final Map<String, Keyword> byPhrase;

    private Keywords(Map<String, Keyword> byPhrase) {
        this.byPhrase = byPhrase;
    }

    static Keywords load() {
        Map<String, Keyword> byPhrase = new HashMap<>();
        try (InputStream in = Keywords.class.getResourceAsStream("keywords.txt")) {
            if (in == null) {
                throw new IllegalStateException("keywords.txt is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int colon = line.indexOf(':');
                if (line.isBlank() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip();
                Taxonomy category = Taxonomy.byStoredName(name)
                        .orElseThrow(() -> new IllegalStateException("keywords.txt names no category: " + name));
                for (String word : line.substring(colon + 1).split(",")) {
                    String folded = String.join(" ", words(word));
                    if (!folded.isEmpty()) {
                        byPhrase.putIfAbsent(folded, new Keyword(word.strip(), folded, category));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Keywords(Map.copyOf(byPhrase));
    }

    /**
     * The keyword found in the text that the filter accepts: the longest phrase, and among phrases as long
     * the category that comes first in {@link Taxonomy}.
     */
    Optional<Keyword> find(String text, Predicate<Keyword> accepted) {
        List<String> words = words(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        Keyword best = null;
        int bestLength = 0;
        for (int start = 0; start < words.size(); start++) {
            StringBuilder phrase = new StringBuilder();
            for (int length = 1; length <= MAX_WORDS && start + length <= words.size(); length++) {
                phrase.append(length == 1 ? "" : " ").append(words.get(start + length - 1));
                Keyword keyword = byPhrase.get(phrase.toString());
                if (keyword != null
                        && accepted.test(keyword)
                        && (length > bestLength
                                || length == bestLength
                                        && keyword.category().ordinal()
                                                < best.category().ordinal())) {
                    best = keyword;
                    bestLength = length;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The text's words, lower case and without accents: letters and digits, with "&" and "'" inside a word
     * kept ("h&m", "mcdonald's"); everything else separates.
     */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean joiner = (c == '&' || c == '\'') && word.length() > 0;
            if (Character.isLetterOrDigit(c) || joiner) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(trimJoiners(word));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(trimJoiners(word));
        }
        return words;
    }

    private static String trimJoiners(StringBuilder word) {
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == '&' || word.charAt(end - 1) == '\'')) {
            end--;
        }
        return word.substring(0, end);
    }

    /** Lower case, accents and the letters NFD does not split (ł, ß, ø) reduced to plain Latin or Cyrillic. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isPlainAscii(lower)) {
            return lower;
        }
        return Normalizer.normalize(lower, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("ł", "l")
                .replace("ß", "ss")
                .replace("ø", "o")
                .replace("đ", "d");
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
