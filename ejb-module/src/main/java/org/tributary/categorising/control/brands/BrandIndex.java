package org.tributary.categorising.control.brands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tributary.categorising.control.Taxonomy;

/**
 * The brands of OpenStreetMap's name-suggestion-index by their normalised names ({@link BrandText}), read once per
 * JVM from {@code brands.tsv}, which the build generates (decision 21). Finding a brand in a text looks up its word
 * sequences, longest first, in one hash map: time linear in the text, whatever the number of brands. Immutable
 * once built, so any number of threads may share it.
 */
public final class BrandIndex {

    static final String RESOURCE = "brands.tsv";
    static final int MAX_WORDS = 5;

    /**
     * Words that open descriptors or name the payment, never the merchant: card and payment-processor prefixes,
     * "purchase" in the languages of our banks. Skipped when looking for the start of the merchant's name, and
     * never a brand on their own.
     */
    static final Set<String> BOILERPLATE = Set.of(
            "TST",
            "SQ",
            "SP",
            "PP",
            "PAYPAL",
            "POS",
            "EFTPOS",
            "CARD",
            "VISA",
            "MASTERCARD",
            "MAESTRO",
            "DEBIT",
            "CREDIT",
            "PURCHASE",
            "PAYMENT",
            "PMT",
            "ACH",
            "DD",
            "BGC",
            "FPI",
            "FPO",
            "SEPA",
            "LASTSCHRIFT",
            "KARTENZAHLUNG",
            "ZAHLUNG",
            "EC",
            "GIROCARD",
            "ACQUISTO",
            "PAGAMENTO",
            "PAGO",
            "COMPRA",
            "TARJETA",
            "ACHAT",
            "CB",
            "PAIEMENT",
            "CARTE",
            "PRLV",
            "VIR",
            "ZAKUP",
            "PLATNOSC",
            "KARTA",
            "BETALING",
            "BEA",
            "PIN",
            "GEA",
            "OPLATA",
            "POKUPKA",
            "ZETTLE",
            "IZ",
            "SUMUP",
            "STRIPE",
            "RETAIL",
            "ONLINE",
            "INTERNET",
            "SBP",
            "MIR",
            "NFC",
            "CONTACTLESS",
            "APPLE",
            "GOOGLE",
            "PAY",
            // the field names of Dutch and Belgian SEPA descriptions: "/TRTP/SEPA Incasso/NAME/…/REMI/…"
            "TRTP",
            "CSID",
            "NAME",
            "MARF",
            "REMI",
            "EREF",
            "IBAN",
            "BIC",
            "ORDP",
            "BENM",
            // the countries' codes banks print: "POS 42,60 AT K1 07.03." is a payment in Austria, not at Auckland
            // Transport
            "AT",
            "AU",
            "BE",
            "CA",
            "CH",
            "DE",
            "ES",
            "FR",
            "GB",
            "UK",
            "IT",
            "NL",
            "PL",
            "RU",
            "SE",
            "US",
            "EU");

    /**
     * Words that say the money is pay or a transfer, not a purchase: "SALARY ACME LTD" is an employer that happens
     * to share a name with a supermarket, "PEREVOD SPAR ANNA" a person.
     */
    static final Set<String> NOT_A_PURCHASE = Set.of(
            "SALARY",
            "PAYROLL",
            "WAGES",
            "GEHALT",
            "LOHN",
            "SALARIS",
            "SALAIRE",
            "STIPENDIO",
            "NOMINA",
            "ZARPLATA",
            "WYNAGRODZENIE",
            "PENSION",
            "RENTE",
            "TRANSFER",
            "TFR",
            "UEBERWEISUNG",
            "UBERWEISUNG",
            "OVERBOEKING",
            "VIREMENT",
            "PRZELEW",
            "PEREVOD",
            "BONIFICO",
            "TRANSFERENCIA",
            "DIVIDEND",
            // benefits: "ŚWIADCZENIE 800 PLUS", "KINDERGELD"
            "SWIADCZENIE",
            "ZASILEK",
            "KINDERGELD",
            "FAMILIENZULAGEN");

    /** Words too general to name a brand on their own, whatever the index says. */
    private static final Set<String> NEVER_A_BRAND = Set.of(
            "SHOP",
            "STORE",
            "STORES",
            "MARKET",
            "SUPERMARKET",
            "MAGAZIN",
            "PRODUKTY",
            "APTEKA",
            "APOTHEKE",
            "PHARMACY",
            "FARMACIA",
            "PHARMACIE",
            "CAFE",
            "BAR",
            "RESTAURANT",
            "HOTEL",
            "BANK",
            "CASH",
            "ATM",
            "SERVICE",
            "SERVICES",
            "LTD",
            "LIMITED",
            "GMBH",
            "INC",
            "LLC",
            "SA",
            "SRL",
            "BV",
            "AG",
            "CO",
            "COMPANY",
            "GROUP",
            "GROEP",
            "GRUPPE",
            "GRUPPO",
            "GRUPO",
            "CENTER",
            "CENTRE",
            "FOOD",
            "FOODS",
            "FUEL",
            "PETROL",
            "TAXI",
            "PARKING",
            "SALARY",
            "RENT",
            "TAX",
            "FEE",
            "REFUND",
            "STATION",
            "KIOSK",
            "BAKERY",
            "OUTLET",
            "EUR",
            "USD",
            "GBP",
            "RUB",
            "CHF",
            "PLN",
            "RUS",
            "GBR",
            "DEU",
            "NLD",
            "FRA",
            "ESP",
            "ITA",
            "POL",
            "CHE",
            "USA");

    /**
     * English words that are also brands (a clothes shop called Next, a telecom operator called Three): in the
     * middle of "PAYMENT TO JOHN NEXT DOOR" they are words, so they count only at the start.
     */
    private static final Set<String> COMMON_WORDS = Set.of(
            "ONE",
            "TWO",
            "THREE",
            "NEXT",
            "TARGET",
            "ORANGE",
            "GAP",
            "BEST",
            "STAR",
            "HOME",
            "FAMILY",
            "SMART",
            "ACTION",
            "MAX",
            "METRO",
            "SUBWAY",
            "CENTRAL",
            "UNION",
            "GLOBAL",
            "NATIONAL",
            "ROYAL",
            "GOLD",
            "GOLDEN",
            "WELCOME",
            "HAPPY",
            "LUCKY",
            "PRIME",
            "SELECT",
            "PLUS",
            "EASY",
            "FIRST",
            "UNITED",
            "VISION",
            "PURE",
            "FRESH",
            "NATURE",
            "LIFE",
            "WORLD",
            "TOP",
            "OK",
            "COMMUTER",
            "LOCAL",
            "EXPRESS",
            "CITY",
            "GIANT",
            "COSTA",
            "JET",
            "DOOR",
            "SALE",
            "PARTNER",
            "DIRECT",
            "LINK",
            "POST",
            "POINT",
            "SPORT",
            "SPORTS",
            "STYLE",
            "FASHION",
            "BEAUTY",
            "HEALTH",
            "CARE",
            "TOTAL",
            "ALL",
            "NOW",
            "NEW",
            "OFFICE",
            "BOX",
            "ZONE");

    /**
     * Words of our users' languages and first names that are also some brand's name ({@code common-words.txt}):
     * such a name counts only standing alone where the merchant's name stands.
     */
    static final Set<String> LANGUAGE_WORDS = readWords("common-words.txt");

    /** A name this short ("AT", "WM", "K1") is a fragment of booking text more often than a brand. */
    private static final int SHORT = 2;

    /** A word that follows the first in this many brands' names ("EXPRESS", "MARKET") is generic, not a brand. */
    private static final int GENERIC_AFTER = 3;

    private final Map<String, Brand> byName;

    private BrandIndex(Map<String, Brand> byName) {
        this.byName = Map.copyOf(byName);
    }

    private static final class Shared {
        static final BrandIndex INDEX = load();
    }

    /** The index in the application's jar, read on first use. */
    public static BrandIndex shared() {
        return Shared.INDEX;
    }

    public int size() {
        return byName.size();
    }

    /**
     * The first brand in the text: at the earliest word, the longest name there. A weak name (a common word,
     * two letters) counts only at the start, after any card or processor prefix and store number. Nothing in a
     * text that says it is pay or a transfer.
     */
    public Optional<BrandMatch> find(String text) {
        List<String> words = BrandText.words(text);
        if (saysNotAPurchase(words)) {
            return Optional.empty();
        }
        int start = 0;
        while (start < words.size() && (BOILERPLATE.contains(words.get(start)) || hasDigit(words.get(start)))) {
            start++;
        }
        StringBuilder key = new StringBuilder();
        for (int from = 0; from < words.size(); from++) {
            for (int to = Math.min(words.size(), from + MAX_WORDS); to > from; to--) {
                key.setLength(0);
                for (int i = from; i < to; i++) {
                    key.append(i == from ? "" : " ").append(words.get(i));
                }
                Brand brand = byName.get(key.toString());
                if (brand != null
                        && (from <= start || !brand.weak())
                        && (!brand.alone() || (from <= start && standsAlone(words, to)))) {
                    return Optional.of(new BrandMatch(brand, key.toString(), from <= start));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the text says it is pay, a benefit or a transfer ({@link #NOT_A_PURCHASE}). */
    public boolean notAPurchase(String text) {
        return saysNotAPurchase(BrandText.words(text));
    }

    private static boolean saysNotAPurchase(List<String> words) {
        for (String word : words) {
            if (NOT_A_PURCHASE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Nothing after the name but numbers and words that name no merchant: "BP 1234", "EE LIMITED", "GEORGE". */
    private static boolean standsAlone(List<String> words, int after) {
        if (after == words.size()) {
            return true;
        }
        String next = words.get(after);
        return hasDigit(next) || NEVER_A_BRAND.contains(next) || BOILERPLATE.contains(next);
    }

    static BrandIndex load() {
        InputStream in = BrandIndex.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing: the ejb-module build generates it");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every name with the brands that carry it, then one {@link Brand} per name. */
    static BrandIndex read(BufferedReader lines) throws IOException {
        Map<String, Candidates> candidates = new HashMap<>();
        String line;
        while ((line = lines.readLine()) != null) {
            String[] fields = line.split("\t");
            if (fields.length < 4) {
                continue;
            }
            Taxonomy category = Taxonomy.valueOf(fields[0]);
            int weight = Integer.parseInt(fields[1]);
            String displayName = fields[2];
            String shownAs = BrandText.normalise(displayName);
            boolean own = true;
            for (int i = 3; i < fields.length; i++) {
                if (fields[i].equals("~")) {
                    own = false; // NSI's match names follow: other spellings, old names, mistakes
                    continue;
                }
                for (String key : keys(fields[i])) {
                    candidates
                            .computeIfAbsent(key, k -> new Candidates())
                            .add(category, key.equals(shownAs) ? 4L * weight : weight, displayName, own);
                }
            }
        }
        Set<String> generic = genericWords(candidates);
        Map<String, Brand> byName = new HashMap<>(candidates.size() * 4 / 3 + 1);
        candidates.forEach((key, found) -> byName.put(key, found.brand(isWeak(key, generic), mustStandAlone(key))));
        return new BrandIndex(byName);
    }

    /** The name as written and, for names of several words, run together: "ALBERTHEIJN", "FIXPRICE". */
    private static List<String> keys(String name) {
        List<String> words = BrandText.words(name);
        if (words.isEmpty() || words.size() > MAX_WORDS || isNumber(String.join("", words))) {
            return List.of();
        }
        if (words.size() == 1 && (NEVER_A_BRAND.contains(words.get(0)) || BOILERPLATE.contains(words.get(0)))) {
            return List.of();
        }
        if (String.join("", words).length() < 2) {
            return List.of(); // "e&" is "E": one letter is no name
        }
        List<String> keys = new ArrayList<>(2);
        keys.add(String.join(" ", words));
        String joined = String.join("", words);
        if (words.size() > 1 && joined.length() >= 6) {
            keys.add(joined);
        }
        return keys;
    }

    /** A fragment ("AT", "WM"), or a word of our languages or a first name ("GROSS", "AVRIL", "GEORGE"). */
    private static boolean mustStandAlone(String key) {
        return key.replace(" ", "").length() <= SHORT || LANGUAGE_WORDS.contains(key);
    }

    private static boolean isWeak(String key, Set<String> generic) {
        return key.length() <= 3 || COMMON_WORDS.contains(key) || generic.contains(key);
    }

    /** Single words that follow another word in the names of several different brands. */
    private static Set<String> genericWords(Map<String, Candidates> candidates) {
        Map<String, Set<String>> brandsAfter = new HashMap<>();
        candidates.forEach((key, found) -> {
            String[] words = key.split(" ");
            for (int i = 1; i < words.length; i++) {
                brandsAfter.computeIfAbsent(words[i], w -> new HashSet<>()).add(found.bestName());
            }
        });
        Set<String> generic = new HashSet<>();
        brandsAfter.forEach((word, brands) -> {
            if (brands.size() >= GENERIC_AFTER && candidates.containsKey(word)) {
                generic.add(word);
            }
        });
        return generic;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> readWords(String resource) {
        InputStream in = BrandIndex.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.startsWith("#")) {
                    words.addAll(BrandText.words(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The brands sharing one name. A brand's own names outweigh NSI's match names; among them each category
     * weighs as much as its brands, a brand shown under this very name four times as much: "IKEA" is the furniture
     * store more than the IKEA Restaurant, Café and Bistro together, and the global Shell filling stations outweigh
     * the local shops of that name. The name goes to the heaviest category, shown as its
     * heaviest brand.
     */
    private static final class Candidates {
        private final Map<Taxonomy, Long> weights = new EnumMap<>(Taxonomy.class);
        private final Map<Taxonomy, String> names = new EnumMap<>(Taxonomy.class);
        private final Map<Taxonomy, Long> heaviest = new EnumMap<>(Taxonomy.class);
        private boolean own;

        void add(Taxonomy category, long weight, String displayName, boolean ownName) {
            if (own && !ownName) {
                return;
            }
            if (ownName && !own) {
                weights.clear();
                names.clear();
                heaviest.clear();
                own = true;
            }
            weights.merge(category, weight, Long::sum);
            if (weight > heaviest.getOrDefault(category, 0L)) {
                heaviest.put(category, weight);
                names.put(category, displayName);
            }
        }

        /** The heaviest category; on a tie the first in the taxonomy, so that every build decides alike. */
        Taxonomy best() {
            Taxonomy best = null;
            for (Map.Entry<Taxonomy, Long> weight : weights.entrySet()) {
                if (best == null || weight.getValue() > weights.get(best)) {
                    best = weight.getKey();
                }
            }
            return best;
        }

        String bestName() {
            return names.get(best());
        }

        Brand brand(boolean weak, boolean alone) {
            Taxonomy best = best();
            long total = weights.values().stream().mapToLong(Long::longValue).sum();
            return new Brand(names.get(best), best, (double) weights.get(best) / total, weak || alone, alone);
        }
    }
}
