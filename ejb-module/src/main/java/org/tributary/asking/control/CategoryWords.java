package org.tributary.asking.control;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.tributary.categorising.control.Taxonomy;

/**
 * Finds the category a question names: a built-in by the words people use for it (category-words.properties),
 * or a category the person made up by its name. The longest phrase found wins; words taken by a period are
 * skipped.
 */
final class CategoryWords {

    /** A phrase as words, and the category it names. */
    private record Phrase(List<String> words, String category) {}

    record Found(String category, BitSet used) {}

    private static final List<Phrase> BUILT_IN = load();

    private final List<Phrase> phrases;

    /** With the person's own categories (stored as typed) beside the built-ins. */
    CategoryWords(Collection<String> ownCategories) {
        phrases = new ArrayList<>(BUILT_IN);
        for (String own : ownCategories) {
            if (Taxonomy.byStoredName(own).isEmpty()) {
                List<String> words = QuestionWords.of(own);
                if (!words.isEmpty()) {
                    phrases.add(new Phrase(words, own));
                }
            }
        }
    }

    Found in(List<String> words, BitSet taken) {
        Phrase best = null;
        int bestAt = -1;
        for (int i = 0; i < words.size(); i++) {
            if (taken.get(i)) {
                continue;
            }
            for (Phrase phrase : phrases) {
                if (matchesAt(words, taken, i, phrase)
                        && (best == null || phrase.words().size() > best.words().size())) {
                    best = phrase;
                    bestAt = i;
                }
            }
        }
        if (best == null) {
            return null;
        }
        BitSet used = new BitSet();
        used.set(bestAt, bestAt + best.words().size());
        return new Found(best.category(), used);
    }

    private static boolean matchesAt(List<String> words, BitSet taken, int at, Phrase phrase) {
        if (at + phrase.words().size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.words().size(); k++) {
            if (taken.get(at + k)
                    || !QuestionWords.matches(words.get(at + k), phrase.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Phrase> load() {
        Properties words = new Properties();
        try (Reader in = new InputStreamReader(
                CategoryWords.class.getResourceAsStream("category-words.properties"), StandardCharsets.UTF_8)) {
            words.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Phrase> phrases = new ArrayList<>();
        for (Taxonomy category : Taxonomy.values()) {
            String listed = words.getProperty(category.storedName());
            if (listed == null) {
                throw new IllegalStateException("no question words for " + category.storedName());
            }
            for (String phrase : listed.split(",")) {
                phrases.add(new Phrase(QuestionWords.of(phrase), category.storedName()));
            }
        }
        return List.copyOf(phrases);
    }
}
