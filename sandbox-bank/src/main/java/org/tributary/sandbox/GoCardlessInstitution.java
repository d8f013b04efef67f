package org.tributary.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bank as GoCardless lists it: the sandbox bank, the same bank with consents of five days at most, and the same
 * bank with a checking account of {@value #VOLUME} transactions a year (for a benchmark).
 */
record GoCardlessInstitution(String id, String name, String bic, int maxAccessDays, int volume) {

    static final List<String> COUNTRIES = List.of("GB", "DE", "FR", "NL", "ES", "IT");
    static final int TRANSACTION_TOTAL_DAYS = SandboxLedger.DAYS;
    static final int VOLUME = 50_000;
    static final String LOGO = "https://cdn.sandbox-bank.example/logo.png";

    static final GoCardlessInstitution SANDBOX =
            new GoCardlessInstitution(SandboxBank.GOCARDLESS_INSTITUTION_ID, "Sandbox Bank", "SBOXGB2L", 90, 0);
    static final GoCardlessInstitution SHORT = new GoCardlessInstitution(
            SandboxBank.GOCARDLESS_SHORT_INSTITUTION_ID, "Sandbox Bank (short consent)", "SBOXGB3S", 5, 0);
    static final GoCardlessInstitution VOLUME_BANK = new GoCardlessInstitution(
            SandboxBank.GOCARDLESS_VOLUME_INSTITUTION_ID, "Sandbox Bank (volume)", "SBOXGB9V", 90, VOLUME);

    static final List<GoCardlessInstitution> ALL = List.of(SANDBOX, SHORT, VOLUME_BANK);

    static Optional<GoCardlessInstitution> find(String id) {
        return ALL.stream().filter(i -> i.id.equals(id)).findFirst();
    }

    /** The institutions of a country (any case), or all when {@code country} is null or blank. */
    static List<GoCardlessInstitution> of(String country) {
        if (country == null || country.isBlank()) {
            return ALL;
        }
        return COUNTRIES.contains(country.strip().toUpperCase(Locale.ROOT)) ? ALL : List.of();
    }

    void write(JsonWriter json) {
        json.beginObject()
                .field("id", id)
                .field("name", name)
                .field("bic", bic)
                .field("transaction_total_days", String.valueOf(TRANSACTION_TOTAL_DAYS))
                .field("countries", COUNTRIES)
                .field("logo", LOGO)
                .field("max_access_valid_for_days", String.valueOf(maxAccessDays))
                .endObject();
    }
}
