package org.tributary.importing.control;

import java.util.Locale;

/**
 * The bank account a statement file says it is of: its identifier (an IBAN, an OFX account id, an MT940
 * account), the currency and the bank where the file names them. The identifier is personal data: it is
 * never shown, logged or stored whole; {@link #lastFour()} is what a person sees.
 */
public record StatementAccount(String identifier, String currency, String bank) {

    public StatementAccount {
        identifier = identifier.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (identifier.isEmpty()) {
            throw new IllegalArgumentException("empty account identifier");
        }
    }

    public String lastFour() {
        return identifier.substring(Math.max(0, identifier.length() - 4));
    }

    /** A name for a new source of this account: the bank (or the IBAN's country), the last four, the currency. */
    public String proposedName() {
        String holder = bank != null
                ? bank
                : identifier.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}") ? identifier.substring(0, 2) : "";
        String name = (holder + " ···" + lastFour()).strip();
        return currency == null ? name : name + " · " + currency;
    }

    @Override
    public String toString() {
        return "account ···" + lastFour();
    }
}
