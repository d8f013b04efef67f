package org.tributary.categorising.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists of {@code merchant-words.txt}: banks' booking texts, placeholders, country codes, places
 * and names with their own case. Data rather than code, so that a bank's wording is one line to add.
 */
final class MerchantWords {

    /** Booking texts, longest first, so that "PAIEMENT PAR CARTE" goes before "PAIEMENT". */
    final List<String> bookingTexts;

    /** The same by their first word: a text is compared only with those that start as it does. */
    final Map<String, List<String>> bookingTextsByFirstWord;

    /** Markers after which the text is references, never the name (" DES:", " PPD ID"). */
    final List<String> cutMarkers;

    final Set<String> trailingWords;
    final Set<String> placeholders;
    final Set<String> countries;
    final Set<String> usStates;
    final NavigableSet<String> places;
    /** Upper case to as written: "MCDONALD'S" to "McDonald's". */
    final Map<String, String> asWritten;

    private MerchantWords(Map<String, List<String>> sections) {
        bookingTexts = sections.getOrDefault("booking texts", List.of()).stream()
                .map(MerchantWords::fold)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String booking : bookingTexts) {
            byFirstWord
                    .computeIfAbsent(firstWord(booking), w -> new java.util.ArrayList<>())
                    .add(booking);
        }
        bookingTextsByFirstWord = Map.copyOf(byFirstWord);
        cutMarkers = sections.getOrDefault("cut at", List.of()).stream()
                .map(MerchantWords::fold)
                .map(marker -> Character.isLetter(marker.charAt(0)) ? " " + marker : marker)
                .toList();
        trailingWords = folded(sections, "trailing words");
        placeholders = folded(sections, "placeholders");
        countries = folded(sections, "country codes");
        usStates = folded(sections, "us states");
        places = new TreeSet<>(folded(sections, "places"));
        Map<String, String> written = new HashMap<>();
        sections.getOrDefault("names as written", List.of())
                .forEach(name -> written.put(name.toUpperCase(Locale.ROOT), name));
        asWritten = Map.copyOf(written);
    }

    static MerchantWords load() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = MerchantWords.class.getResourceAsStream("merchant-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("merchant-words.txt is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> section = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    section = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), s -> new ArrayList<>());
                } else if (!entry.isEmpty() && !entry.startsWith("#")) {
                    section.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MerchantWords(sections);
    }

    /** True when the word is a place, or a place's start of at least five letters that a field width cut off. */
    boolean isPlaceOrItsStart(String foldedWord) {
        if (places.contains(foldedWord)) {
            return true;
        }
        String next = places.ceiling(foldedWord);
        return foldedWord.length() >= 5 && next != null && next.startsWith(foldedWord);
    }

    /** A trailing word, or its start of at least four letters ("PURC" of "PURCHASE"). */
    boolean isTrailingWord(String foldedWord) {
        return trailingWords.stream().anyMatch(w -> foldedWord.length() >= 4 && w.startsWith(foldedWord));
    }

    /**
     * Upper case without accents, with the letters NFD does not split (Ł, ß) made plain, so that the lists
     * need each word once. Keeps the length of plain ASCII text, which callers rely on for prefixes only
     * when the text is ASCII.
     */
    static String fold(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        boolean ascii = upper.chars().allMatch(c -> c < 0x80);
        if (ascii) {
            return upper;
        }
        return Normalizer.normalize(upper, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("Ł", "L")
                .replace("Ø", "O")
                .replace("ẞ", "SS");
    }

    /** The leading run of letters and digits ("PAIEMENT" of "PAIEMENT CB", "SEPA" of "SEPA-LASTSCHRIFT"). */
    static String firstWord(String folded) {
        int end = 0;
        while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
            end++;
        }
        return folded.substring(0, end);
    }

    /** {@link #fold} letter by letter, keeping each letter that would become two: positions stay the text's. */
    static String foldInPlace(String text) {
        if (isAscii(text)) {
            return text.toUpperCase(Locale.ROOT);
        }
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded.append(Character.toUpperCase(c));
            } else {
                String one = fold(String.valueOf(c));
                folded.append(one.length() == 1 ? one.charAt(0) : Character.toUpperCase(c));
            }
        }
        return folded.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> folded(Map<String, List<String>> sections, String name) {
        return Set.copyOf(sections.getOrDefault(name, List.of()).stream()
                .map(MerchantWords::fold)
                .toList());
    }
}
