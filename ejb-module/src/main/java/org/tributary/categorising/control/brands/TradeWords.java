package org.tributary.categorising.control.brands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tributary.categorising.control.Taxonomy;

/**
 * What OpenStreetMap's mappers call each kind of place, in our users' languages ("Bäckerei", "piekarnia", "пекарня",
 * "tandarts", "Autowerkstatt"), by normalised word or phrase ({@link BrandText}), with the category of that kind of
 * place: the iD editor's presets, made into {@code trade-words.tsv} by the build (decision 24), read once per JVM.
 * Finding a word looks up each run of up to {@value #MAX_WORDS} words in one hash map: linear in the text. Immutable
 * once built.
 */
public final class TradeWords {

    static final String RESOURCE = "trade-words.tsv";
    static final int MAX_WORDS = 4;
    /** Shorter words ("bar", "spa", "pub", "zoo") are fragments of booking text or of other words as often. */
    static final int MIN_LETTERS = 4;
    /**
     * The shortest word of a compounding language found at the head or tail of a longer word ("Stadtbäckerei",
     * "Zahnarztpraxis"), and the least that must be left of that word beside it: "BARCLAYS" is no bar.
     */
    static final int MIN_COMPOUND_LETTERS = 6;

    static final int MIN_COMPOUND_REST = 3;

    /**
     * Words the presets use for many kinds of place, in our users' languages: a shop, a centre, a service say
     * nothing of what was bought.
     */
    static final Set<String> GENERIC = Set.of(
            // Names of restaurants as much as of kitchen shops ("Dumpling Kitchen", "Omas Küche"), and of
            // every kind of studio.
            "KITCHEN",
            "KUCHE",
            "KUECHE",
            "STUDIO",
            "SHOP",
            "SHOPS",
            "STORE",
            "STORES",
            "MARKET",
            "CENTRE",
            "CENTER",
            "SERVICE",
            "SERVICES",
            "HOUSE",
            "PLACE",
            "OFFICE",
            "LADEN",
            "GESCHAFT",
            "GESCHAEFT",
            "HANDEL",
            "ZENTRUM",
            "HAUS",
            "MAGASIN",
            "BOUTIQUE",
            "MAISON",
            "NEGOZIO",
            "CENTRO",
            "CASA",
            "TIENDA",
            "WINKEL",
            "HUIS",
            "BUTIK",
            "BUTIKK",
            "SKLEP",
            "CENTRUM",
            "MAGAZIN",
            "LOJA",
            "OBCHOD",
            "PRODEJNA",
            "FORRETNING",
            "SERVIS",
            "SERWIS",
            "SERVIZIO",
            "SERVICIO",
            "SERVICO",
            "ONLINE",
            "INTERNET");

    /** One word or phrase: its category, the OSM tag it names and how the presets spell it (for the reason). */
    public record TradeWord(String word, String tag, Taxonomy category) {}

    /**
     * A word found in a text, and where: at the first word of the text or further on; whether it was only part of a
     * longer word.
     */
    public record Found(TradeWord word, boolean atStart, boolean inCompound) {}

    private final Map<String, TradeWord> byKey;
    /** The single words of compounding languages that may be the head or tail of a longer word. */
    private final Map<String, TradeWord> compoundParts;

    private final int longestPart;

    private TradeWords(Map<String, TradeWord> byKey, Map<String, TradeWord> compoundParts) {
        this.byKey = Map.copyOf(byKey);
        this.compoundParts = Map.copyOf(compoundParts);
        this.longestPart =
                compoundParts.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static final class Shared {
        static final TradeWords WORDS = load();
    }

    /** The dictionary in the application's jar, read on first use. */
    public static TradeWords shared() {
        return Shared.WORDS;
    }

    public int size() {
        return byKey.size();
    }

    Optional<TradeWord> get(String normalised) {
        return Optional.ofNullable(byKey.get(normalised));
    }

    /**
     * The longest word or phrase of the dictionary in the text, the first of them if several are as long; nothing
     * in a text that says it is pay or a transfer.
     */
    public Optional<Found> find(String text) {
        List<String> words = BrandText.words(text);
        if (saysNotAPurchase(words)) {
            return Optional.empty();
        }
        TradeWord best = null;
        int bestLength = 0;
        int bestFrom = 0;
        StringBuilder key = new StringBuilder();
        for (int from = 0; from < words.size(); from++) {
            key.setLength(0);
            for (int length = 1; length <= MAX_WORDS && from + length <= words.size(); length++) {
                key.append(length == 1 ? "" : " ").append(words.get(from + length - 1));
                TradeWord found = byKey.get(key.toString());
                if (found != null && length > bestLength) {
                    best = found;
                    bestLength = length;
                    bestFrom = from;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Found(best, bestFrom == 0, false));
    }

    /**
     * The longest word of a compounding language at the head or the tail of a longer word of the text
     * ("STADTBAECKEREI", "ZAHNARZTPRAXIS"), the first of them if several are as long; nothing in a text that says
     * it is pay or a transfer. Each word's heads and tails of {@value #MIN_COMPOUND_LETTERS} letters up to all but
     * {@value #MIN_COMPOUND_REST} are looked up in one hash map: linear in the text, as the words are bounded.
     */
    public Optional<Found> findInCompounds(String text) {
        List<String> words = BrandText.words(text);
        if (compoundParts.isEmpty() || saysNotAPurchase(words)) {
            return Optional.empty();
        }
        TradeWord best = null;
        int bestLength = 0;
        int bestFrom = 0;
        for (int at = 0; at < words.size(); at++) {
            String word = words.get(at);
            int longest = Math.min(longestPart, word.length() - MIN_COMPOUND_REST);
            for (int length = longest; length >= MIN_COMPOUND_LETTERS && length > bestLength; length--) {
                TradeWord found = compoundParts.get(word.substring(0, length));
                if (found == null) {
                    found = compoundParts.get(word.substring(word.length() - length));
                }
                if (found != null) {
                    best = found;
                    bestLength = length;
                    bestFrom = at;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Found(best, bestFrom == 0, true));
    }

    /** Whether the text says it is pay, a benefit or a transfer ({@link BrandIndex#NOT_A_PURCHASE}). */
    static boolean notAPurchase(String text) {
        return saysNotAPurchase(BrandText.words(text));
    }

    private static boolean saysNotAPurchase(List<String> words) {
        for (String word : words) {
            if (BrandIndex.NOT_A_PURCHASE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static TradeWords load() {
        InputStream in = TradeWords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing: the ejb-module build generates it");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(lines, new Counts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many words the build's dictionary held and why some were left out: decision 24's figures. */
    static final class Counts {
        int listed;
        int tooShort;
        int generic;
        int ambiguous;
        int kept;
        int compoundParts;

        @Override
        public String toString() {
            return "listed " + listed + " normalised keys, too short " + tooShort + ", generic " + generic
                    + ", several categories " + ambiguous + ", kept " + kept + ", of them heads or tails of compounds "
                    + compoundParts;
        }
    }

    /**
     * Every normalised word with the categories that use it, a preset's own name before its search terms: a word
     * that is some kind of place's name goes to the category of the places so named, if they are all of one; a
     * search term only ("bread" for a bakery) counts where no preset has it as its name, and only if all the
     * presets listing it are of one category.
     */
    static TradeWords read(BufferedReader lines, Counts counts) throws IOException {
        Map<String, Candidates> candidates = new LinkedHashMap<>();
        Set<String> compounding = new HashSet<>();
        String line;
        while ((line = lines.readLine()) != null) {
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                continue;
            }
            Taxonomy category = Taxonomy.valueOf(fields[0]);
            String tag = fields[1];
            boolean name = true;
            boolean compounds = false;
            for (int i = 2; i < fields.length; i++) {
                if (fields[i].equals("~")) {
                    name = false;
                    continue;
                }
                if (fields[i].equals("^")) {
                    compounds = true; // the words of compounding languages, again
                    continue;
                }
                if (compounds) {
                    compounding.addAll(keys(fields[i]));
                    continue;
                }
                for (String key : keys(fields[i])) {
                    candidates.computeIfAbsent(key, k -> new Candidates()).add(fields[i], tag, category, name);
                }
            }
        }
        Map<String, TradeWord> byKey = new HashMap<>(candidates.size() * 4 / 3 + 1);
        counts.listed = candidates.size();
        candidates.forEach((key, found) -> {
            if (letters(key) < MIN_LETTERS) {
                counts.tooShort++;
            } else if (isGeneric(key)) {
                counts.generic++;
            } else if (found.category() == null) {
                counts.ambiguous++;
            } else {
                byKey.put(key, new TradeWord(found.word(), found.tag(), found.category()));
            }
        });
        counts.kept = byKey.size();
        Map<String, TradeWord> compoundParts = new HashMap<>();
        for (String key : compounding) {
            TradeWord word = byKey.get(key);
            if (word != null && key.indexOf(' ') < 0 && letters(key) >= MIN_COMPOUND_LETTERS) {
                compoundParts.put(key, word);
            }
        }
        counts.compoundParts = compoundParts.size();
        return new TradeWords(byKey, compoundParts);
    }

    /**
     * The word as written and, where it has German umlauts, as banks spell them without ("BAECKEREI" as well as
     * "BACKEREI" for "Bäckerei").
     */
    private static List<String> keys(String word) {
        List<String> keys = new ArrayList<>(2);
        List<String> words = BrandText.words(word);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return keys;
        }
        keys.add(String.join(" ", words));
        if (word.indexOf('ä') >= 0 || word.indexOf('ö') >= 0 || word.indexOf('ü') >= 0) {
            String spelt = BrandText.normalise(
                    word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
            if (!spelt.equals(keys.get(0))) {
                keys.add(spelt);
            }
        }
        return keys;
    }

    /** A single generic word, or a phrase of nothing but generic and card words ("online shop"). */
    private static boolean isGeneric(String key) {
        for (String word : key.split(" ")) {
            if (!GENERIC.contains(word) && !BrandIndex.BOILERPLATE.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static int letters(String key) {
        int letters = 0;
        for (int i = 0; i < key.length(); i++) {
            if (Character.isLetter(key.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** The presets that use one normalised word, as a name and as a search term. */
    private static final class Candidates {
        private final Set<Taxonomy> asName = EnumSet.noneOf(Taxonomy.class);
        private final Set<Taxonomy> asTerm = EnumSet.noneOf(Taxonomy.class);
        private String word;
        private String tag;
        private boolean named;

        void add(String spelt, String tagged, Taxonomy category, boolean name) {
            (name ? asName : asTerm).add(category);
            if (word == null || (name && !named)) {
                word = spelt;
                tag = tagged;
                named = name;
            }
        }

        /** The one category of the places of this name, else of this search term; null when there are several. */
        Taxonomy category() {
            Set<Taxonomy> categories = asName.isEmpty() ? asTerm : asName;
            return categories.size() == 1 ? categories.iterator().next() : null;
        }

        String word() {
            return word;
        }

        String tag() {
            return tag;
        }
    }
}
