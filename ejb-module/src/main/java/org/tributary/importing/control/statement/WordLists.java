package org.tributary.importing.control.statement;

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

/**
 * Lists of words kept as data beside the class that uses them: a text file of {@code [section]} lines, one
 * word or phrase a line, {@code #} comments. Words and the texts they are looked for in are compared as
 * {@link #words}: lower case, without accents or punctuation, padded with a space, so that " paid " is found
 * as a whole word in " payment paid " but not in " unpaid ".
 */
public final class WordLists {

    private WordLists() {}

    /** @return each section's words, already in the form of {@link #words} */
    public static Map<String, List<String>> load(Class<?> owner, String resource) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        try (InputStream in = owner.getResourceAsStream(resource);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = sections.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(words(text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sections.replaceAll((name, words) -> List.copyOf(words));
        return Map.copyOf(sections);
    }

    /** Lower case, accents and punctuation gone, words between single spaces, a space at each end. */
    public static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return " " + plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    /** Whether the text, in the form of {@link #words}, holds one of the words. */
    public static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
