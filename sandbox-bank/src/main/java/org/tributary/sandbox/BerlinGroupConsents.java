package org.tributary.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Berlin Group bank's account-information consents, in memory: asked ({@code received}), authorised by the person
 * ({@code valid} until a day, or {@code rejected}), ended ({@code expired}, {@code terminatedByTpp}); and the two
 * accounts a valid consent covers, their transactions the {@link SandboxLedger}'s keyed by the consent. An account's
 * IBAN is made from which account it is, so a new consent at the bank finds the same accounts.
 */
final class BerlinGroupConsents {

    static final String RECEIVED = "received";
    static final String VALID = "valid";
    static final String REJECTED = "rejected";
    static final String EXPIRED = "expired";
    static final String TERMINATED = "terminatedByTpp";

    /** What the TPP asked for; {@code access} as it was sent. */
    record Request(
            Map<String, Object> access,
            boolean recurring,
            LocalDate validUntil,
            int frequencyPerDay,
            boolean combined,
            String redirect,
            String nokRedirect,
            int volume) {}

    static final class Consent {
        final String id = UUID.randomUUID().toString();
        final Request request;
        private String status = RECEIVED;
        private LocalDate validUntil;
        private LocalDate lastActionDate;
        private List<Account> accounts = List.of();

        Consent(Request request, LocalDate today) {
            this.request = request;
            this.validUntil = request.validUntil();
            this.lastActionDate = today;
        }

        /** The status today: a valid consent past its last day is expired. */
        synchronized String status(LocalDate today) {
            if (status.equals(VALID) && today.isAfter(validUntil)) {
                status = EXPIRED;
            }
            return status;
        }

        synchronized LocalDate validUntil() {
            return validUntil;
        }

        synchronized LocalDate lastActionDate() {
            return lastActionDate;
        }

        synchronized void acted(LocalDate today) {
            lastActionDate = today;
        }

        synchronized List<Account> accounts() {
            return accounts;
        }
    }

    static final class Account {
        final String resourceId;
        final Consent consent;
        /** Which of the ledger's accounts: 0 checking, 1 card. */
        final int ledgerIndex;

        final String iban;
        final String currency;
        final String name;

        Account(Consent consent, int ledgerIndex, SandboxLedger.Account ledger) {
            this.consent = consent;
            this.ledgerIndex = ledgerIndex;
            this.resourceId = UUID.nameUUIDFromBytes(
                            ("berlingroup:" + consent.id + ":" + ledgerIndex).getBytes(StandardCharsets.UTF_8))
                    .toString();
            int volume = volume();
            this.iban = Iban.de(
                    "berlingroup:" + (ledgerIndex == 0 ? "checking" : "card") + (volume > 0 ? ":" + volume : ""));
            this.currency = ledger.currency();
            this.name = ledger.name();
        }

        int volume() {
            return ledgerIndex == 0 ? consent.request.volume() : 0;
        }
    }

    private final Map<String, Consent> consents = new ConcurrentHashMap<>();
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    Consent ask(Request request, LocalDate today) {
        Consent consent = new Consent(request, today);
        consents.put(consent.id, consent);
        return consent;
    }

    Optional<Consent> consent(String id) {
        return Optional.ofNullable(id == null ? null : consents.get(id));
    }

    Optional<Account> account(String resourceId) {
        return Optional.ofNullable(accounts.get(resourceId));
    }

    /** The person authorised the consent for {@code days} at most: it is valid, its accounts readable. */
    boolean approve(Consent consent, LocalDate today, int days) {
        synchronized (consent) {
            if (!consent.status.equals(RECEIVED)) {
                return false;
            }
            LocalDate limit = today.plusDays(days);
            consent.validUntil = consent.validUntil.isAfter(limit) ? limit : consent.validUntil;
            List<SandboxLedger.Account> ledger =
                    new SandboxLedger(consent.id).accounts(LocalDate.EPOCH, LocalDate.EPOCH);
            List<Account> covered = new ArrayList<>();
            for (int i = 0; i < ledger.size(); i++) {
                Account account = new Account(consent, i, ledger.get(i));
                covered.add(account);
                accounts.put(account.resourceId, account);
            }
            consent.accounts = List.copyOf(covered);
            consent.status = VALID;
            consent.lastActionDate = today;
            return true;
        }
    }

    boolean reject(Consent consent) {
        synchronized (consent) {
            if (!consent.status.equals(RECEIVED)) {
                return false;
            }
            consent.status = REJECTED;
            return true;
        }
    }

    void terminate(Consent consent) {
        synchronized (consent) {
            consent.status = TERMINATED;
        }
    }

    /** Every valid consent is expired now (the "expire-consent" switch). */
    void expireAllNow(LocalDate today) {
        for (Consent consent : consents.values()) {
            synchronized (consent) {
                if (consent.status(today).equals(VALID)) {
                    consent.status = EXPIRED;
                }
            }
        }
    }
}
