package org.tributary.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GoCardless's consents, in memory: end-user agreements (how long, how far back, what), requisitions (the link the
 * person opens, and once linked, the accounts) and the accounts a linked requisition holds. An account's
 * transactions are the {@link SandboxLedger}'s, keyed by its requisition; its IBAN is made from its bank and which
 * account it is, so connecting the same bank again finds the same accounts (with new ids, as GoCardless gives).
 */
final class GoCardlessConsents {

    static final String CREATED = "CR";
    static final String LINKED = "LN";
    static final String REJECTED = "RJ";
    static final String EXPIRED = "EX";

    static final List<String> SCOPES = List.of("balances", "details", "transactions");

    static final class Agreement {
        final String id = UUID.randomUUID().toString();
        final Instant created;
        final GoCardlessInstitution institution;
        final int maxHistoricalDays;
        final int accessDays;
        final List<String> scope;
        private Instant accepted;
        private Instant endedEarly;

        Agreement(Instant created, GoCardlessInstitution institution, int history, int access, List<String> scope) {
            this.created = created;
            this.institution = institution;
            this.maxHistoricalDays = history;
            this.accessDays = access;
            this.scope = List.copyOf(scope);
        }

        synchronized Instant accepted() {
            return accepted;
        }

        synchronized void accept(Instant now) {
            if (accepted == null) {
                accepted = now;
            }
        }

        /** When the consent ends: {@code accepted + access_valid_for_days}, or earlier by the switch; null if not given. */
        synchronized Instant expiresAt() {
            if (accepted == null) {
                return null;
            }
            return endedEarly != null ? endedEarly : accepted.plus(Duration.ofDays(accessDays));
        }

        boolean expired(Instant now) {
            Instant end = expiresAt();
            return end != null && !now.isBefore(end);
        }

        synchronized void endNow(Instant now) {
            if (accepted != null && !expired(now)) {
                endedEarly = now;
            }
        }
    }

    static final class Requisition {
        final String id = UUID.randomUUID().toString();
        final Instant created;
        final String redirect;
        final GoCardlessInstitution institution;
        final Agreement agreement;
        final String reference;
        final String userLanguage;
        private String status = CREATED;
        private List<Account> accounts = List.of();

        Requisition(
                Instant created,
                String redirect,
                GoCardlessInstitution institution,
                Agreement agreement,
                String reference,
                String userLanguage) {
            this.created = created;
            this.redirect = redirect;
            this.institution = institution;
            this.agreement = agreement;
            this.reference = reference;
            this.userLanguage = userLanguage;
        }

        /** CR, LN, RJ, or EX once the agreement of a linked requisition has ended. */
        synchronized String status(Instant now) {
            return status.equals(LINKED) && agreement.expired(now) ? EXPIRED : status;
        }

        synchronized List<Account> accounts() {
            return accounts;
        }
    }

    static final class Account {
        final String id;
        final Instant created;
        final Requisition requisition;
        /** Which of the ledger's accounts: 0 checking, 1 card. */
        final int ledgerIndex;

        final String iban;
        final String currency;
        final String name;
        private volatile Instant lastAccessed;

        Account(Requisition requisition, int ledgerIndex, SandboxLedger.Account ledger, Instant created) {
            this.requisition = requisition;
            this.ledgerIndex = ledgerIndex;
            this.created = created;
            this.id = UUID.nameUUIDFromBytes(
                            ("gocardless:" + requisition.id + ":" + ledgerIndex).getBytes(StandardCharsets.UTF_8))
                    .toString();
            String kind = ledgerIndex == 0 ? "checking" : "card";
            String bank = requisition.institution.id() + ":" + kind;
            this.iban = Iban.gb(requisition.institution.bic().substring(0, 4), bank);
            this.currency = ledger.currency();
            this.name = ledger.name();
        }

        Instant lastAccessed() {
            return lastAccessed;
        }

        void accessed(Instant now) {
            lastAccessed = now;
        }

        /** The key of the requisition's ledger, and its volume. */
        String ledgerKey() {
            return requisition.id;
        }

        int volume() {
            return ledgerIndex == 0 ? requisition.institution.volume() : 0;
        }
    }

    private final Map<String, Agreement> agreements = new ConcurrentHashMap<>();
    private final Map<String, Requisition> requisitions = new ConcurrentHashMap<>();
    private final Map<String, String> references = new ConcurrentHashMap<>();
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    Agreement agree(Instant now, GoCardlessInstitution institution, int history, int access, List<String> scope) {
        Agreement agreement = new Agreement(now, institution, history, access, scope);
        agreements.put(agreement.id, agreement);
        return agreement;
    }

    Optional<Agreement> agreement(String id) {
        return Optional.ofNullable(agreements.get(id));
    }

    /** A new requisition, or empty when its reference is used already. */
    Optional<Requisition> require(
            Instant now,
            String redirect,
            GoCardlessInstitution institution,
            Agreement agreement,
            String reference,
            String language) {
        Requisition requisition = new Requisition(now, redirect, institution, agreement, reference, language);
        if (references.putIfAbsent(reference, requisition.id) != null) {
            return Optional.empty();
        }
        requisitions.put(requisition.id, requisition);
        return Optional.of(requisition);
    }

    Optional<Requisition> requisition(String id) {
        return Optional.ofNullable(requisitions.get(id));
    }

    Optional<Account> account(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** The person approved: the agreement is accepted and the requisition links the bank's two accounts. */
    boolean approve(Requisition requisition, Instant now) {
        synchronized (requisition) {
            if (!requisition.status.equals(CREATED)) {
                return false;
            }
            requisition.agreement.accept(now);
            List<SandboxLedger.Account> ledger =
                    new SandboxLedger(requisition.id).accounts(LocalDate.EPOCH, LocalDate.EPOCH);
            List<Account> linked = new ArrayList<>();
            for (int i = 0; i < ledger.size(); i++) {
                Account account = new Account(requisition, i, ledger.get(i), now);
                linked.add(account);
                accounts.put(account.id, account);
            }
            requisition.accounts = List.copyOf(linked);
            requisition.status = LINKED;
            return true;
        }
    }

    /** The person refused. */
    boolean deny(Requisition requisition) {
        synchronized (requisition) {
            if (!requisition.status.equals(CREATED)) {
                return false;
            }
            requisition.status = REJECTED;
            return true;
        }
    }

    /** The requisition and its accounts are forgotten. */
    void delete(Requisition requisition) {
        requisitions.remove(requisition.id);
        requisition.accounts().forEach(a -> accounts.remove(a.id));
    }

    /** Every accepted agreement ends now (the "expire-consent" switch). */
    void endAllNow(Instant now) {
        agreements.values().forEach(a -> a.endNow(now));
    }
}
