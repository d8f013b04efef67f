package org.tributary.importing.control.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The direction of the money in a Berlin Group report whose amounts are all unsigned, as UniCredit (HypoVereinsbank)
 * sends them. The account holder is the debtor of an outgoing transaction and the creditor of an incoming one, and is
 * found:
 *
 * <ol>
 *   <li>by the report's own IBAN ({@code account.iban}) on the debtor's or the creditor's account;
 *   <li>else by the holder's name as the transactions matched by IBAN give it (UniCredit names the holder "Our
 *       Customer" also on a card payment from another account);
 *   <li>else, when the file does not tell, by which party is named at all: only a creditor makes it outgoing, only a
 *       debtor incoming.
 * </ol>
 *
 * Where none of these tells, the amount stays positive. A report with any negative amount is signed, and keeps every
 * amount as given.
 */
final class UnsignedAmounts {

    private static final UnsignedAmounts SIGNED = new UnsignedAmounts(false, null, Set.of());

    private final boolean unsigned;
    private final String ownIban;
    private final Set<String> holderNames;

    private UnsignedAmounts(boolean unsigned, String ownIban, Set<String> holderNames) {
        this.unsigned = unsigned;
        this.ownIban = ownIban;
        this.holderNames = holderNames;
    }

    /** Found by reading the transactions of the lists one at a time; a report is signed from its first negative amount. */
    static UnsignedAmounts of(String ownIban, byte[] bytes, ListPattern lists) {
        String iban = normalised(ownIban);
        boolean any = false;
        Set<String> holderNames = new HashSet<>();
        try (JsonCursor cursor = new JsonCursor(bytes)) {
            for (JsonCursor.Item item = cursor.nextItem(lists); item != null; item = cursor.nextItem(lists)) {
                if (!(item.value() instanceof JsonObject transaction)) {
                    continue;
                }
                if (signum(transaction) < 0) {
                    return SIGNED;
                }
                any = true;
                if (iban != null) {
                    for (Party party : Party.values()) {
                        String name = party.name(transaction);
                        if (iban.equals(party.iban(transaction)) && name != null) {
                            holderNames.add(name);
                        }
                    }
                }
            }
        }
        return any ? new UnsignedAmounts(true, iban, holderNames) : SIGNED;
    }

    BigDecimal signed(JsonObject transaction, BigDecimal amount) {
        return unsigned && holder(transaction) == Party.DEBTOR ? amount.negate() : amount;
    }

    /** Which party of the transaction the account holder is, or null when the transaction does not tell. */
    private Party holder(JsonObject transaction) {
        for (Party party : Party.values()) {
            if (ownIban != null && ownIban.equals(party.iban(transaction))) {
                return party;
            }
        }
        for (Party party : Party.values()) {
            String name = party.name(transaction);
            if (name != null && holderNames.contains(name)) {
                return party;
            }
        }
        boolean debtor = Party.DEBTOR.named(transaction);
        boolean creditor = Party.CREDITOR.named(transaction);
        if (debtor == creditor) {
            return null;
        }
        return creditor ? Party.DEBTOR : Party.CREDITOR;
    }

    private static int signum(JsonObject transaction) {
        try {
            return BerlinGroupReport.amount(transaction).signum();
        } catch (IllegalArgumentException e) {
            return 0; // the row reports it
        }
    }

    private static String normalised(String iban) {
        return iban == null ? null : iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private enum Party {
        DEBTOR("debtorName", "debtorAccount"),
        CREDITOR("creditorName", "creditorAccount");

        private final String nameField;
        private final String accountField;

        Party(String nameField, String accountField) {
            this.nameField = nameField;
            this.accountField = accountField;
        }

        String name(JsonObject transaction) {
            return BerlinGroupReport.text(transaction, nameField);
        }

        String iban(JsonObject transaction) {
            return normalised(BerlinGroupReport.text(BerlinGroupReport.object(transaction, accountField), "iban"));
        }

        boolean named(JsonObject transaction) {
            return name(transaction) != null || BerlinGroupReport.object(transaction, accountField) != null;
        }
    }
}
