package org.tributary.categorising.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchant behind a bank's text, as a person would name it: booking texts ("Kartenzahlung", "ACQUISTO",
 * "Оплата товаров и услуг"), payment-processor prefixes, card suffixes, store and terminal numbers, dates,
 * amounts, web addresses and, on card descriptors, the place at the end removed, in title case. So
 * "UBER *TRIP 8.99 HELP.UBER.COM" and "UBER TRIP" are one merchant, and so are "Acquisto MIGROS M
 * ARBEDO-CAST" and "Acquisto MIGROS MM BELLINZONA": "Apply to all from this merchant" must find them all.
 * The word lists are data, in {@code merchant-words.txt}.
 */
public final class MerchantName {

    /**
     * Names are short; anything longer is references or an attack. Cut before any regular expression, so
     * that every step is bounded whatever arrives.
     */
    static final int MAX_INPUT = 256;

    private static final int MAX_WORDS = 4;
    /** A word longer than this is no part of a name (a reference, or a hostile description's filler). */
    private static final int MAX_WORD = 40;

    private static final int MAX_BOOKING_TEXTS = 4;
    /** Card descriptors give the name 20 characters and put the city right after, without a space. */
    private static final int CARD_NAME_WIDTH = 20;

    private static final int MAX_PLACE_WORDS = 3;
    private static final String UNKNOWN = "Unknown";

    private static final MerchantWords WORDS = MerchantWords.load();

    /**
     * Each removal with what a name must contain for it to match at all: the test is far cheaper than the
     * regular expression, and removing text never adds a character, so it is made once on the whole name.
     */
    private record Removal(Pattern pattern, Predicate<Shape> mayMatch) {}

    private record Shape(boolean digit, boolean star, boolean colon, boolean dot, boolean comma) {
        static Shape of(String name) {
            boolean digit = false;
            for (int i = 0; i < name.length() && !digit; i++) {
                digit = Character.isDigit(name.charAt(i));
            }
            return new Shape(
                    digit,
                    name.indexOf('*') >= 0,
                    name.indexOf(':') >= 0,
                    name.indexOf('.') >= 0,
                    name.indexOf(',') >= 0);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    // Lookbehinds make each pattern start only where a run starts, and possessive runs never give back:
    // both keep the patterns linear in the text.
    private static final List<Removal> REMOVALS = List.of(
            new Removal(
                    Pattern.compile(
                            "^(SQ|SQUARE|PAYPAL|PP|SP|TST|ZETTLE|ZTL|IZ|SUMUP|STRIPE|GOOGLE|POS|VISA|CARD"
                                    + "|KARTENZAHLUNG|CB|ACH|DEBIT)\\s*+[*:]\\s*+",
                            FLAGS),
                    shape -> shape.star() || shape.colon()),
            new Removal(
                    Pattern.compile(
                            "(?<![A-Z0-9-])(HELP\\.)?[A-Z0-9-]++\\.(COM|NET|ORG|CO\\.UK|DE|NL|FR|IO)(/\\S*+)?", FLAGS),
                    Shape::dot),
            new Removal(
                    Pattern.compile(
                            "\\bCD \\d{3,4}\\b|\\bCARD\\s*+(NO\\.?)?\\s*+[X*]*+\\d{4}\\b|(?<![X*])[X*]{4,}+\\d{2,4}"
                                    + "|\\bX\\d{4}\\b|\\*\\d{4}\\b|\\bKARTE\\d?\\b",
                            FLAGS),
                    Shape::digit),
            new Removal(
                    Pattern.compile(
                            "\\b\\d{4}-\\d{2}(-\\d{2})?(T[\\d:]++)?\\b|\\b\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{2,4})?\\b"
                                    + "|\\b\\d{2}[A-Z]{3}\\d{2}\\b|\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b",
                            FLAGS),
                    Shape::digit),
            new Removal(
                    Pattern.compile("\\b\\d+[.,]\\d{2}\\b"), shape -> shape.digit() && (shape.dot() || shape.comma())),
            new Removal(
                    Pattern.compile("#\\s*+\\d++|\\b[A-Z]{0,3}\\d{5,}+[A-Z0-9]*+\\b|\\b\\d{3,}+\\b", FLAGS),
                    Shape::digit),
            new Removal(Pattern.compile("[*]"), Shape::star));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile("[^\\p{L}\\p{N}&'’ -]");
    private static final Pattern WEB_NAME =
            Pattern.compile("(?<![A-Z0-9-])(?:WWW\\.)?([A-Z0-9-]++)\\.(?:COM|NET|ORG|CO\\.UK|DE|NL|FR|IO)\\b", FLAGS);
    private static final Pattern STORE_FORMAT = Pattern.compile("(\\p{L})\\1{0,2}"); // Migros' M, MM, MMM

    private MerchantName() {}

    public static String of(String counterparty, String description) {
        String source = isName(counterparty) ? counterparty : description;
        if (!isName(source)) {
            return UNKNOWN;
        }
        String text = withoutNumbers(printable(source.length() > MAX_INPUT ? source.substring(0, MAX_INPUT) : source));
        text = withoutBookingTexts(withoutGluedPlace(beforeDoubleSlash(beforeCut(sepaName(text)))));
        Shape shape = Shape.of(text);
        for (Removal removal : REMOVALS) {
            if (removal.mayMatch().test(shape)) {
                text = removal.pattern().matcher(text).replaceAll(" ");
            }
        }
        List<String> words = new ArrayList<>(
                Arrays.stream(SPACES.split(NOT_A_NAME.matcher(text).replaceAll(" ")))
                        .filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)) // not a lone "-" or "&"
                        .filter(w -> w.length() <= MAX_WORD)
                        .toList());
        for (int i = words.size() - 1; i > 0; i--) {
            if (isReference(words.get(i))) {
                words.remove(i);
            }
        }
        boolean caseGiven = hasUpperAndLower(words);
        withoutTrailingPlace(words, caseGiven);
        if (words.stream().noneMatch(w -> w.chars().anyMatch(Character::isLetter)) || onlyAPlaceCode(words)) {
            Matcher site = WEB_NAME.matcher(source.length() > MAX_INPUT ? source.substring(0, MAX_INPUT) : source);
            return site.find() ? inTitleCase(site.group(1)) : UNKNOWN; // e.g. NETFLIX.COM 866-579-7172
        }
        List<String> kept = words.subList(0, Math.min(MAX_WORDS, words.size()));
        return caseGiven
                ? String.join(" ", kept)
                : String.join(" ", kept.stream().map(MerchantName::inTitleCase).toList());
    }

    /** Not blank, and not what an export puts where it has no name ("ISSUER", "NOTPROVIDED"). */
    private static boolean isName(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String plain = text.strip();
        return plain.length() > 20 || !WORDS.placeholders.contains(MerchantWords.fold(plain));
    }

    /**
     * Drops the words that are only a number with its punctuation and at least three digits (references,
     * dates, amounts, times: "12345678", "03.05", "24,00", "19:40"), which the removals below would take out
     * one expression at a time; a name made of such text alone keeps it. Then, in most descriptions, no digit
     * is left and the removals that look for digits are not even tried.
     */
    private static String withoutNumbers(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int i = 0;
        int lastWord = -1;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (!isNumber(text, start, i)) {
                lastWord = kept.length();
                kept.append(text, start, i);
            } else if (lastWord >= 0 && kept.substring(lastWord).strip().equalsIgnoreCase("CD")) {
                kept.setLength(lastWord); // an American card suffix, "CD 1417"
                lastWord = -1;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                kept.append(text.charAt(i++));
            }
        }
        return kept.toString().isBlank() ? text : kept.toString();
    }

    private static boolean isNumber(String text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (".,:/-".indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= 3;
    }

    /** "NETFLIX.COM 866-579-7172 CA": once the site and the number are gone, only the state is left. */
    private static boolean onlyAPlaceCode(List<String> words) {
        if (words.size() != 1) {
            return false;
        }
        String word = MerchantWords.fold(words.get(0));
        return WORDS.usStates.contains(word) || WORDS.countries.contains(word);
    }

    /**
     * A payment reference inside the name ("SPOTIFY P1A2B3C4D5"): letters and digits taking turns at least five
     * times, with three of each. Names with digits ("7-Eleven", "B2B", "Rossmann 2332") do not look like that.
     */
    static boolean isReference(String word) {
        int letters = 0;
        int digits = 0;
        int turns = 0;
        int last = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int kind = Character.isDigit(c) ? 1 : Character.isLetter(c) ? 2 : 0;
            letters += kind == 2 ? 1 : 0;
            digits += kind == 1 ? 1 : 0;
            if (kind != 0 && last != 0 && kind != last) {
                turns++;
            }
            last = kind == 0 ? last : kind;
        }
        return letters >= 3 && digits >= 3 && turns >= 5;
    }

    private static String printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) || Character.isSurrogate(c) ? ' ' : c);
        }
        return clean.toString();
    }

    /**
     * Dutch SEPA exports write the fields as "/TRTP/SEPA Incasso/CSID/…/NAME/Vattenfall N.V./MARF/…": the
     * name is the NAME field.
     */
    private static String sepaName(String text) {
        if (!text.regionMatches(true, 0, "/TRTP/", 0, 6)) {
            return text;
        }
        int name = MerchantWords.foldInPlace(text).indexOf("/NAME/");
        if (name < 0) {
            return text;
        }
        int end = text.indexOf('/', name + 6);
        String field = text.substring(name + 6, end < 0 ? text.length() : end);
        return field.chars().anyMatch(Character::isLetter) ? field : text;
    }

    /**
     * What follows a marker such as " DES:" or " PPD ID" (US ACH lines) or "; TYT." (Polish titles) is
     * references and purpose, never the name; so is what follows a comma between a word and an amount
     * ("WM MORRISON STORE,34.18 GBP, RATE 1.00/GBP"; not "POS 42,60").
     */
    private static String beforeCut(String text) {
        String folded = MerchantWords.foldInPlace(text);
        int cut = text.length();
        for (String marker : WORDS.cutMarkers) {
            int at = folded.indexOf(marker);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        for (int i = 1; i + 1 < cut; i++) {
            if (text.charAt(i) == ','
                    && Character.isLetter(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                cut = i;
                break;
            }
        }
        String name = text.substring(0, cut);
        return name.chars().anyMatch(Character::isLetter) ? name : text;
    }

    /** German card payments read "EDEKA DÜBEL//THOMASINGEN/DE": the name, then the place. */
    private static String beforeDoubleSlash(String text) {
        int slashes = text.indexOf("//");
        if (slashes <= 0 || text.charAt(slashes - 1) == ':') {
            return text;
        }
        String name = text.substring(0, slashes);
        return name.chars().anyMatch(Character::isLetter) ? name : text;
    }

    /** "TAKAHACHI RESTAURANTNEW YORK": a full 20-character name with its city right after it. */
    private static String withoutGluedPlace(String text) {
        if (text.length() <= CARD_NAME_WIDTH
                || !Character.isLetterOrDigit(text.charAt(CARD_NAME_WIDTH - 1))
                || !Character.isLetter(text.charAt(CARD_NAME_WIDTH))) {
            return text;
        }
        String rest = MerchantWords.fold(text.substring(CARD_NAME_WIDTH).strip());
        return WORDS.places.contains(rest) ? text.substring(0, CARD_NAME_WIDTH) : text;
    }

    /**
     * Removes the bank's words before the name, the longest first, as long as a name is left; after each, the
     * numbers a bank puts between its words and the name: amounts, dates, times, card sequence numbers ("K1"),
     * masked card numbers, references ("MC/000002457") and IBANs with their BIC.
     */
    private static String withoutBookingTexts(String text) {
        String rest = stripSeparators(text.strip());
        for (int round = 0; round < MAX_BOOKING_TEXTS; round++) {
            String folded = MerchantWords.foldInPlace(rest);
            String after = null;
            for (String booking :
                    WORDS.bookingTextsByFirstWord.getOrDefault(MerchantWords.firstWord(folded), List.of())) {
                if (folded.startsWith(booking)
                        && (folded.length() == booking.length()
                                || !Character.isLetterOrDigit(folded.charAt(booking.length())))) {
                    after = withoutLeadingNumbers(stripSeparators(rest.substring(booking.length())));
                    break;
                }
            }
            if (after == null || after.chars().noneMatch(Character::isLetter)) {
                return rest;
            }
            rest = after;
        }
        return rest;
    }

    private static String withoutLeadingNumbers(String text) {
        String rest = text;
        while (!rest.isEmpty()) {
            int end = tokenEnd(rest, 0);
            String token = rest.substring(0, end);
            String next = stripSeparators(rest.substring(end).strip());
            if (isBic(token) && isIban(next.substring(0, tokenEnd(next, 0)))) {
                rest = next;
                continue;
            }
            if (!isNumberish(token)) {
                return rest;
            }
            rest = next;
        }
        return rest;
    }

    private static int tokenEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * "24,00", "07.03.", "19:55", "02.03.UM", "MC/000002457", "K1", "04XX", "XXXX", "4246xx1234",
     * "AT333000000003332221": no letters, or at least three digits and at most three letters, or a card
     * sequence number, or a masked card number.
     */
    private static boolean isNumberish(String token) {
        int letters = 0;
        int digits = 0;
        int xs = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                xs += c == 'X' || c == 'x' ? 1 : 0;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        boolean cardSequence = token.length() == 2
                && (token.charAt(0) == 'K' || token.charAt(0) == 'k')
                && Character.isDigit(token.charAt(1));
        boolean masked = letters == xs && (digits >= 2 || xs >= 4);
        return letters == 0 || digits >= 3 && letters <= 3 || cardSequence || masked || isIban(token);
    }

    private static boolean isIban(String token) {
        if (token.length() < 15 || token.length() > 34) {
            return false;
        }
        if (!Character.isLetter(token.charAt(0))
                || !Character.isLetter(token.charAt(1))
                || !Character.isDigit(token.charAt(2))
                || !Character.isDigit(token.charAt(3))) {
            return false;
        }
        return token.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
    }

    /** "BKAUATWWXXX": eight or eleven capitals and digits, the first six letters. */
    private static boolean isBic(String token) {
        if (token.length() != 8 && token.length() != 11) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = i < 6 ? c >= 'A' && c <= 'Z' : c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String stripSeparators(String text) {
        int start = 0;
        while (start < text.length() && " \t.:,;/*-()".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }

    /**
     * Numbers and country codes at the end go (those the bank wrote in capitals); on a card descriptor, all in capitals,
     * so do the city, a US state after it, a place cut short, a cut "PURCHASE", and a store format such as
     * Migros' "M" or "MM". The first word always stays.
     */
    private static void withoutTrailingPlace(List<String> words, boolean caseGiven) {
        while (words.size() > 1) {
            String word = words.get(words.size() - 1);
            String last = MerchantWords.fold(word);
            if (word.chars().allMatch(Character::isDigit)) { // a till or terminal number
                words.remove(words.size() - 1);
                continue;
            }
            if (WORDS.countries.contains(last) && (!caseGiven || word.equals(word.toUpperCase(Locale.ROOT)))) {
                words.remove(words.size() - 1);
                continue;
            }
            if (caseGiven) {
                return;
            }
            int place = trailingPlaceWords(words, words.size());
            if (place > 0) {
                words.subList(words.size() - place, words.size()).clear();
            } else if (WORDS.usStates.contains(last) && trailingPlaceWords(words, words.size() - 1) > 0) {
                words.remove(words.size() - 1);
            } else if (WORDS.isPlaceOrItsStart(last)
                    || WORDS.isTrailingWord(last)
                    || STORE_FORMAT.matcher(word).matches()) {
                words.remove(words.size() - 1);
            } else {
                return;
            }
        }
    }

    /** How many of the words before {@code end} name a place, leaving at least one word; 0 if none. */
    private static int trailingPlaceWords(List<String> words, int end) {
        for (int n = Math.min(MAX_PLACE_WORDS, end - 1); n >= 1; n--) {
            if (WORDS.places.contains(MerchantWords.fold(String.join(" ", words.subList(end - n, end))))) {
                return n;
            }
        }
        return 0;
    }

    private static boolean hasUpperAndLower(List<String> words) {
        boolean upper = false;
        boolean lower = false;
        for (String word : words) {
            for (int i = 0; i < word.length(); i++) {
                upper |= Character.isUpperCase(word.charAt(i));
                lower |= Character.isLowerCase(word.charAt(i));
            }
        }
        return upper && lower;
    }

    /**
     * "MIGROS" to "Migros", "ПЯТЁРОЧКА" to "Пятёрочка", "T-MOBILE" to "T-Mobile"; short words without a
     * vowel stay capitals ("DM", "BP", "KFC", "H&M", "МТС"), and the names-as-written list has the rest
     * ("McDonald's", "IKEA", "eBay").
     */
    static String inTitleCase(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        String written = WORDS.asWritten.get(upper);
        if (written != null) {
            return written;
        }
        if (isAcronym(upper)) {
            return upper;
        }
        StringBuilder titled = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                titled.append(start ? Character.toTitleCase(c) : Character.toLowerCase(c));
                start = false;
            } else {
                titled.append(c);
                start = c == '-' || c == '&' || c == '.';
            }
        }
        return titled.toString();
    }

    private static boolean isAcronym(String upper) {
        int letters = 0;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if ("AEIOUYÄÖÜÀÁÂÈÉÊÌÍÎÒÓÔÙÚÛАЕЁИОУЫЭЮЯ".indexOf(c) >= 0) {
                    return false;
                }
            } else if (c != '&') {
                return false;
            }
        }
        return letters > 0 && letters <= 3;
    }
}
