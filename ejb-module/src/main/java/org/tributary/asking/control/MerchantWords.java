package org.tributary.asking.control;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the merchants a question names among the person's own: a word of the question that is a word of the
 * merchant's name, in Latin letters on both sides ("Старбакс" meets "STARBUCKS"), allowing a letter or two of
 * difference in longer words for inflection and typing ("в Пятёрочке", "starbuks"). The merchants with the most
 * such words win, those named by their first word before others; equals all come back ("Amazon" is every Amazon
 * of the ledger). The merchants' words are indexed once, so a question costs its words times the few names
 * sharing a first letter and length.
 */
final class MerchantWords {

    private static final Set<String> STOPWORDS = load();

    /** Words in merchants' names that say nothing of which one ("GmbH", "Store"). */
    private static final Set<String> GENERIC = Set.of(
            "gmbh",
            "ltd",
            "limited",
            "inc",
            "llc",
            "plc",
            "ooo",
            "zao",
            "oao",
            "ag",
            "kg",
            "sa",
            "sas",
            "bv",
            "the",
            "and",
            "und",
            "store",
            "shop",
            "market",
            "online",
            "services",
            "service",
            "company",
            "group",
            "pay",
            "payment",
            "card",
            "bank",
            "sagt",
            "danke",
            "center",
            "centre",
            "www",
            "com");

    private static final Transliterator LATIN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII");

    /** A merchant's word: which merchant, and whether it is the first word of its name. */
    private record Place(int merchant, boolean first) {}

    private final List<String> merchants;
    private final Map<String, List<Place>> byWord = new HashMap<>();

    MerchantWords(List<String> merchants) {
        this.merchants = List.copyOf(merchants);
        for (int m = 0; m < this.merchants.size(); m++) {
            List<String> words = latinWords(this.merchants.get(m));
            boolean first = true;
            for (String word : words) {
                if (word.length() >= 3
                        && !GENERIC.contains(word)
                        && !word.chars().allMatch(Character::isDigit)) {
                    byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(new Place(m, first));
                }
                first = false;
            }
        }
    }

    record Found(List<String> merchants, BitSet used) {}

    Found in(List<String> words, BitSet taken) {
        Map<Integer, Integer> score = new HashMap<>();
        Map<Integer, Boolean> byFirstWord = new HashMap<>();
        BitSet used = new BitSet();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (taken.get(i) || word.length() < 3 || STOPWORDS.contains(word)) {
                continue;
            }
            String latin = toLatin(word);
            List<Place> places = byWord.get(latin);
            if (places == null && latin.length() >= 5) {
                places = near(latin);
            }
            if (places == null || places.isEmpty()) {
                continue;
            }
            used.set(i);
            for (Place place : places) {
                score.merge(place.merchant(), 1, Integer::sum);
                byFirstWord.merge(place.merchant(), place.first(), Boolean::logicalOr);
            }
        }
        if (score.isEmpty()) {
            return null;
        }
        int best = score.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        boolean anyFirst = score.entrySet().stream().anyMatch(e -> e.getValue() == best && byFirstWord.get(e.getKey()));
        List<String> found = score.entrySet().stream()
                .filter(e -> e.getValue() == best && (!anyFirst || byFirstWord.get(e.getKey())))
                .map(e -> merchants.get(e.getKey()))
                .sorted()
                .collect(Collectors.toList());
        return new Found(found, used);
    }

    /** The places of indexed words a letter or two away (two for words of eight letters or more). */
    private List<Place> near(String word) {
        int allowed = word.length() >= 8 ? 2 : 1;
        List<Place> places = new ArrayList<>();
        for (Map.Entry<String, List<Place>> indexed : byWord.entrySet()) {
            String other = indexed.getKey();
            if (other.length() >= 5
                    && other.charAt(0) == word.charAt(0)
                    && Math.abs(other.length() - word.length()) <= allowed
                    && distance(word, other, allowed) <= allowed) {
                places.addAll(indexed.getValue());
            }
        }
        return places;
    }

    /** Levenshtein distance, or more than limit as soon as it must be (rows cut at the limit). */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> latinWords(String name) {
        return QuestionWords.of(toLatin(name.length() > 100 ? name.substring(0, 100) : name));
    }

    private static String toLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return LATIN.transliterate(text).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<String> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MerchantWords.class.getResourceAsStream("question-stopwords.txt"), StandardCharsets.UTF_8))) {
            return in.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
