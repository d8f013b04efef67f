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
import java.util.Set;
import java.util.function.Predicate;

/**
 * The built-in keywords ({@code keywords.txt}), looked up as whole words: the text is cut into words and
 * each run of up to {@value #MAX_WORDS} words is looked up in a hash map, so a keyword never matches inside
 * another word ("uber" in "KTOUBERTRAG") and the time is linear in the text, whatever the number of keywords.
 */
final class Keywords {

    /**
     * One keyword: as listed, as looked up (folded), its category, and whether it is weak evidence (a generic
     * word such as "Überweisung" that says how money moved, not what for). A category of {@code null} marks a
     * phrase that names no category and hides its words ("Bezahlung Bankomat" is a card payment, no cash).
     */
    record Keyword(String word, String folded, Taxonomy category, boolean weak) {
        boolean neutral() {
            return category == null;
        }
    }

    /** Suffix of a category name in keywords.txt whose words are weak evidence. */
    static final String WEAK = "(weak)";
    /** The name in keywords.txt of the phrases that name no category. */
    static final String NEUTRAL = "No category";

    static final int MAX_WORDS = 4;
    /** Descriptions longer than this are references and addresses; the words that name a kind come first. */
    static final int MAX_TEXT = 512;

    /** The shortest keyword looked for at the end of a longer word, and the least that must come before it. */
    static final int MIN_TAIL = 6;

    static final int MIN_REST = 3;
    /** Keywords that end too many ordinary words of our users' languages (German places: "Augsburger"). */
    private static final Set<String> NOT_TAILS = Set.of("burger", "burgers");

    private final Map<String, Keyword> byPhrase;
    private final Map<String, Keyword> byTail;
    private final int longestTail;

    private Keywords(Map<String, Keyword> byPhrase) {
        this.byPhrase = byPhrase;
        Map<String, Keyword> tails = new HashMap<>();
        byPhrase.forEach((phrase, keyword) -> {
            if (!keyword.neutral()
                    && !keyword.weak()
                    && phrase.length() >= MIN_TAIL
                    && phrase.chars().allMatch(Character::isLetter)
                    && !NOT_TAILS.contains(phrase)) {
                tails.put(phrase, keyword);
            }
        });
        this.byTail = Map.copyOf(tails);
        this.longestTail =
                tails.keySet().stream().mapToInt(String::length).max().orElse(0);
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
                String listed = line.substring(0, colon).strip();
                boolean weak = listed.endsWith(WEAK);
                String name = weak
                        ? listed.substring(0, listed.length() - WEAK.length()).strip()
                        : listed;
                Taxonomy category = name.equals(NEUTRAL)
                        ? null
                        : Taxonomy.byStoredName(name)
                                .orElseThrow(
                                        () -> new IllegalStateException("keywords.txt names no category: " + name));
                for (String word : line.substring(colon + 1).split(",")) {
                    String folded = String.join(" ", words(word));
                    if (!folded.isEmpty()
                            && byPhrase.putIfAbsent(folded, new Keyword(word.strip(), folded, category, weak))
                                    != null) {
                        throw new IllegalStateException("keywords.txt lists twice: " + word.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Keywords(Map.copyOf(byPhrase));
    }

    /**
     * The keyword found in the text that the filter accepts: a strong keyword before a weak one wherever they
     * are, then the longest phrase, and among phrases as long the category that comes first in {@link
     * Taxonomy}. Words inside a phrase that names no category count for nothing.
     */
    Optional<Keyword> find(String text, Predicate<Keyword> accepted) {
        List<String> words = words(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        Keyword[] longest = new Keyword[words.size()];
        int[] lengths = new int[words.size()];
        boolean[] hidden = new boolean[words.size()];
        for (int start = 0; start < words.size(); start++) {
            StringBuilder phrase = new StringBuilder();
            for (int length = 1; length <= MAX_WORDS && start + length <= words.size(); length++) {
                phrase.append(length == 1 ? "" : " ").append(words.get(start + length - 1));
                Keyword keyword = byPhrase.get(phrase.toString());
                if (keyword == null) {
                    continue;
                }
                if (keyword.neutral()) {
                    java.util.Arrays.fill(hidden, start, start + length, true);
                } else if (accepted.test(keyword)) {
                    longest[start] = keyword;
                    lengths[start] = length;
                }
            }
        }
        Keyword best = null;
        int bestLength = 0;
        for (int start = 0; start < words.size(); start++) {
            Keyword keyword = longest[start];
            if (keyword == null || isHidden(hidden, start, lengths[start])) {
                continue;
            }
            if (best == null || better(keyword, lengths[start], best, bestLength)) {
                best = keyword;
                bestLength = lengths[start];
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A keyword at the end of a longer word, as German, Dutch and the Scandinavian languages write the kind of
     * thing last ("Hausratversicherung", "Länsförsäkringar", "Folkuniversitetet", "Volkstheater"): for each word,
     * the longest tail of at least {@value #MIN_TAIL} letters that is a strong single-word keyword, with at least
     * {@value #MIN_REST} letters before it; the first word that has one wins. Linear in the text: the text is cut
     * as in {@link #find}, and no tail is longer than the longest keyword.
     */
    Optional<Keyword> findAsTail(String text, Predicate<Keyword> accepted) {
        for (String word : words(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text)) {
            int longest = Math.min(longestTail, word.length() - MIN_REST);
            for (int length = longest; length >= MIN_TAIL; length--) {
                Keyword keyword = byTail.get(word.substring(word.length() - length));
                if (keyword != null && accepted.test(keyword)) {
                    return Optional.of(keyword);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isHidden(boolean[] hidden, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (hidden[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean better(Keyword keyword, int length, Keyword best, int bestLength) {
        if (keyword.weak() != best.weak()) {
            return best.weak();
        }
        if (length != bestLength) {
            return length > bestLength;
        }
        return keyword.category().ordinal() < best.category().ordinal();
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
