package org.tributary.categorising.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Categories for common merchants and transaction kinds, matched on the merchant and the description.
 * User rules come first; what stays unmatched is "Uncategorised" and goes to the ML queue.
 */
public final class BuiltInCategories {

    public static final String UNCATEGORISED = "Uncategorised";

    private static final Map<String, Pattern> RULES = rules();
    private static final Pattern ANY_RULE = Pattern.compile(String.join(
            "|", RULES.values().stream().map(p -> "(?:" + p.pattern() + ")").toList()));

    private BuiltInCategories() {}

    /** Every built-in category, in the order the rules are tried, and "Uncategorised". */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(RULES.keySet());
        names.add(UNCATEGORISED);
        return names;
    }

    public static Optional<String> match(String merchant, String description) {
        String text = (merchant + " " + description).toLowerCase(Locale.ROOT);
        if (!ANY_RULE.matcher(text).find()) {
            return Optional.empty(); // one scan instead of one per category for the many rows no rule knows
        }
        return RULES.entrySet().stream()
                .filter(rule -> rule.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<String, Pattern> rules() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("Salary", "salary|gehalt|lohn|salaris|payroll|wages|salaire");
        words.put(
                "Groceries",
                "rimi|edeka|rewe|aldi|lidl|tesco|sainsbury|albert heijn|jumbo|carrefour|supermarket|"
                        + "kaufland|spar\\b|coop\\b|whole foods|walmart|asda|waitrose|mercadona|auchan|netto|penny");
        words.put(
                "Eating out",
                "restaurant|cafe|café|coffee|starbucks|mcdonald|burger|pizza|deliveroo|uber eats|"
                        + "just eat|lieferando|thuisbezorgd|kfc|subway|bar\\b|bistro");
        words.put(
                "Transport",
                "uber|lyft|bolt|taxi|railway|bahn|\\bdb\\b|ns\\.nl|tfl|metro|transit|shell|\\bbp\\b|"
                        + "esso|aral|fuel|petrol|parking|easypark|ryanair|lufthansa|klm|easyjet");
        words.put(
                "Subscriptions",
                "netflix|spotify|apple\\.com|itunes|google \\*|youtube|disney|amazon prime|"
                        + "github|slicehost|dropbox|adobe|microsoft");
        words.put("Shopping", "amazon|ebay|zalando|ikea|h&m|zara|primark|decathlon|book store|bol\\.com");
        words.put(
                "Utilities",
                "electric|energy|vattenfall|eon|water|gas\\b|internet|vodafone|telekom|t-mobile|"
                        + "o2\\b|kpn|ziggo|orange|broadband");
        words.put("Rent and housing", "rent\\b|miete|huur|loyer|mortgage|hypothek");
        words.put("Health", "pharmacy|apotheke|apotheek|doctor|dentist|hospital|clinic|boots");
        words.put("Cash", "atm|cash withdrawal|geldautomat|bargeld|geldopname|withdrawal");
        words.put("Fees and interest", "fee\\b|fees|kosten|gebühr|charge|interest|zinsen|rente\\b");
        words.put("Transfers", "transfer|überweisung|overboeking|virement|top-up|topup");
        Map<String, Pattern> rules = new LinkedHashMap<>();
        words.forEach((category, pattern) -> rules.put(category, Pattern.compile(pattern)));
        return rules;
    }
}
