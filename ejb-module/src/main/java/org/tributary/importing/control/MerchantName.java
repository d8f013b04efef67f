package org.tributary.importing.control;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The merchant behind a bank's description: card suffixes, store and terminal numbers, dates, amounts,
 * web addresses and payment-processor prefixes removed, so that "UBER *TRIP 8.99 HELP.UBER.COM" and
 * "UBER TRIP" are one merchant.
 */
public final class MerchantName {

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

    private static final List<Removal> REMOVALS = List.of(
            new Removal(
                    Pattern.compile(
                            "^(SQ|SQUARE|PAYPAL|PP|SP|TST|ZETTLE|IZ|SUMUP|STRIPE|POS|VISA|CARD|KARTENZAHLUNG|CB|ACH|DEBIT)\\s*[*:]\\s*"),
                    shape -> shape.star() || shape.colon()),
            new Removal(
                    Pattern.compile("\\b(HELP\\.)?[A-Z0-9-]+\\.(COM|NET|ORG|CO\\.UK|DE|NL|FR|IO)(/\\S*)?\\b"),
                    Shape::dot),
            new Removal(
                    Pattern.compile("\\bCD \\d{3,4}\\b|\\bCARD\\s*(NO\\.?)?\\s*[X*]*\\d{4}\\b|[X*]{4,}\\d{2,4}"),
                    Shape::digit),
            new Removal(
                    Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{2,4})?\\b|\\b\\d{2}[A-Z]{3}\\d{2}\\b"),
                    Shape::digit),
            new Removal(
                    Pattern.compile("\\b\\d+[.,]\\d{2}\\b"), shape -> shape.digit() && (shape.dot() || shape.comma())),
            new Removal(Pattern.compile("#\\s*\\d+|\\b\\d{3,}\\b"), Shape::digit),
            new Removal(Pattern.compile("[*]"), Shape::star));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile("[^\\p{L}\\p{N}&' -]");
    private static final Pattern WEB_NAME =
            Pattern.compile("(?:WWW\\.)?([A-Z0-9-]+)\\.(?:COM|NET|ORG|CO\\.UK|DE|NL|FR|IO)\\b");
    private static final int MAX_WORDS = 4;

    private MerchantName() {}

    public static String of(String counterparty, String description) {
        String source = counterparty != null && !counterparty.isBlank() ? counterparty : description;
        if (source == null || source.isBlank()) {
            return "Unknown";
        }
        String name = source.toUpperCase(Locale.ROOT);
        Shape shape = Shape.of(name);
        for (Removal removal : REMOVALS) {
            if (removal.mayMatch().test(shape)) {
                name = removal.pattern().matcher(name).replaceAll(" ");
            }
        }
        String[] words = SPACES.split(NOT_A_NAME.matcher(name).replaceAll(" ").strip());
        StringBuilder merchant = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < words.length && kept < MAX_WORDS; i++) {
            if (words[i].chars().anyMatch(Character::isLetterOrDigit)) { // not a lone "-" or "&"
                merchant.append(kept++ == 0 ? "" : " ").append(words[i]);
            }
        }
        if (merchant.length() == 0) { // the name was all web address and numbers, e.g. NETFLIX.COM 866-579-7172
            Matcher site = WEB_NAME.matcher(source.toUpperCase(Locale.ROOT));
            return site.find() ? site.group(1) : source.strip();
        }
        return merchant.toString();
    }
}
