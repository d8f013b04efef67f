package org.tributary.importing.control;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The merchant behind a bank's description: card suffixes, store and terminal numbers, dates, amounts,
 * web addresses and payment-processor prefixes removed, so that "UBER *TRIP 8.99 HELP.UBER.COM" and
 * "UBER TRIP" are one merchant.
 */
public final class MerchantName {

    private static final List<Pattern> REMOVALS = List.of(
            Pattern.compile(
                    "^(SQ|SQUARE|PAYPAL|PP|SP|TST|ZETTLE|IZ|SUMUP|STRIPE|POS|VISA|CARD|KARTENZAHLUNG|CB|ACH|DEBIT)\\s*[*:]\\s*"),
            Pattern.compile("\\b(HELP\\.)?[A-Z0-9-]+\\.(COM|NET|ORG|CO\\.UK|DE|NL|FR|IO)(/\\S*)?\\b"),
            Pattern.compile("\\bCD \\d{3,4}\\b|\\bCARD\\s*(NO\\.?)?\\s*[X*]*\\d{4}\\b|[X*]{4,}\\d{2,4}"),
            Pattern.compile("\\b\\d{1,2}[/.-]\\d{1,2}([/.-]\\d{2,4})?\\b|\\b\\d{2}[A-Z]{3}\\d{2}\\b"),
            Pattern.compile("\\b\\d+[.,]\\d{2}\\b"),
            Pattern.compile("#\\s*\\d+|\\b\\d{3,}\\b"),
            Pattern.compile("[*]"));
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile("[^\\p{L}\\p{N}&' -]");
    private static final Pattern WEB_SUFFIX =
            Pattern.compile("^(WWW\\.)|\\.(COM|NET|ORG|CO\\.UK|DE|NL|FR|IO)(/\\S*)?$");
    private static final int MAX_WORDS = 4;

    private MerchantName() {}

    public static String of(String counterparty, String description) {
        String source = counterparty != null && !counterparty.isBlank() ? counterparty : description;
        if (source == null || source.isBlank()) {
            return "Unknown";
        }
        String name = source.toUpperCase(Locale.ROOT);
        for (Pattern removal : REMOVALS) {
            name = removal.matcher(name).replaceAll(" ");
        }
        String[] words = SPACES.split(NOT_A_NAME.matcher(name).replaceAll(" ").strip());
        StringBuilder merchant = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
            if (!words[i].isBlank()) {
                merchant.append(merchant.length() == 0 ? "" : " ").append(words[i]);
            }
        }
        if (merchant.length() == 0) { // the name was all web address, e.g. NETFLIX.COM
            String bare =
                    WEB_SUFFIX.matcher(source.strip().toUpperCase(Locale.ROOT)).replaceAll("");
            return bare.isBlank() ? source.strip() : bare;
        }
        return merchant.toString();
    }
}
