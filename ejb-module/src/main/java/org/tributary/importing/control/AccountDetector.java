package org.tributary.importing.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the account a statement file is of, from the fields its format has for it: OFX {@code <ACCTID>},
 * CAMT {@code <Acct><Id><IBAN>} (or {@code <Othr><Id>}), MT940 {@code :25:}, and an IBAN in the lines a CSV
 * export puts above its table (DKB, for one). Reads only the head of the file, with patterns of bounded
 * length: linear in what it reads.
 */
public final class AccountDetector {

    private static final int HEAD_BYTES = 16 * 1024;
    private static final int CSV_PREAMBLE_LINES = 12;

    private static final Pattern OFX_ACCOUNT = Pattern.compile("<ACCTID>\\s*([^<\\r\\n]{1,64})");
    private static final Pattern OFX_CURRENCY = Pattern.compile("<CURDEF>\\s*([A-Z]{3})");
    private static final Pattern OFX_BANK = Pattern.compile("<ORG>\\s*([^<\\r\\n]{1,40})");
    private static final Pattern CAMT_ACCOUNT = Pattern.compile(
            "<(?:\\w{1,10}:)?Acct>\\s*<(?:\\w{1,10}:)?Id>\\s*(?:<(?:\\w{1,10}:)?IBAN>([A-Za-z0-9 ]{5,40})<|"
                    + "<(?:\\w{1,10}:)?Othr>\\s*<(?:\\w{1,10}:)?Id>([^<]{1,64})<)");
    private static final Pattern CAMT_CURRENCY = Pattern.compile("<(?:\\w{1,10}:)?Ccy>([A-Z]{3})<");
    private static final Pattern CAMT_AMOUNT_CURRENCY = Pattern.compile("Ccy=\"([A-Z]{3})\"");
    private static final Pattern CAMT_BANK = Pattern.compile(
            "<(?:\\w{1,10}:)?Svcr>\\s*<(?:\\w{1,10}:)?FinInstnId>\\s*<(?:\\w{1,10}:)?(?:BIC|BICFI|Nm)>([^<]{1,40})<");
    private static final Pattern MT940_ACCOUNT = Pattern.compile(":25:([^\\r\\n]{1,64})");
    private static final Pattern MT940_CURRENCY = Pattern.compile(":60[FM]:[CD]\\d{6}([A-Z]{3})");
    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2}\\d{2}[A-Z0-9]{10,30})\\b");

    private AccountDetector() {}

    public static Optional<StatementAccount> detect(StatementFormat format, byte[] content) {
        String head =
                new String(Arrays.copyOf(content, Math.min(content.length, HEAD_BYTES)), StandardCharsets.ISO_8859_1);
        return switch (format) {
            case OFX ->
                first(OFX_ACCOUNT, head)
                        .map(id -> new StatementAccount(
                                id,
                                first(OFX_CURRENCY, head).orElse(null),
                                first(OFX_BANK, head).orElse(null)));
            case CAMT053 -> camt(head);
            case MT940 ->
                first(MT940_ACCOUNT, head)
                        .map(AccountDetector::mt940Account)
                        .map(id -> new StatementAccount(
                                id, first(MT940_CURRENCY, head).orElse(null), null));
            case CSV ->
                csvPreamble(head)
                        .flatMap(preamble -> first(IBAN, preamble))
                        .map(id -> new StatementAccount(id, null, null));
            default -> Optional.empty();
        };
    }

    private static Optional<StatementAccount> camt(String head) {
        // The statement's own account comes before its first entry; the IBANs inside entries are counterparties'.
        int entries = head.indexOf("Ntry>");
        String statement = entries < 0 ? head : head.substring(0, entries);
        Matcher account = CAMT_ACCOUNT.matcher(statement);
        if (!account.find()) {
            return Optional.empty();
        }
        String id = account.group(1) != null ? account.group(1) : account.group(2);
        String currency = first(CAMT_CURRENCY, statement)
                .or(() -> first(CAMT_AMOUNT_CURRENCY, head))
                .orElse(null);
        return Optional.of(
                new StatementAccount(id, currency, first(CAMT_BANK, statement).orElse(null)));
    }

    /** ":25:" holds "bank code/account" or an IBAN, sometimes followed by the currency. */
    private static String mt940Account(String field) {
        String account = field.strip();
        if (account.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}[A-Z]{3}") && account.length() > 18) {
            Matcher iban = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}?(?=[A-Z]{3}$)")
                    .matcher(account);
            if (iban.find()) {
                return iban.group();
            }
        }
        return account;
    }

    /** The lines above a CSV's table: those before the first one with four or more separators. */
    private static Optional<String> csvPreamble(String head) {
        String[] lines = head.split("\\r?\\n", CSV_PREAMBLE_LINES + 1);
        StringBuilder preamble = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, CSV_PREAMBLE_LINES); i++) {
            long separators = lines[i].chars()
                    .filter(c -> c == ';' || c == ',' || c == '\t')
                    .count();
            if (separators >= 4) {
                return preamble.isEmpty() ? Optional.empty() : Optional.of(preamble.toString());
            }
            preamble.append(lines[i]).append('\n');
        }
        return Optional.empty();
    }

    private static Optional<String> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }
}
