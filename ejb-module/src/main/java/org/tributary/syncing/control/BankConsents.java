package org.tributary.syncing.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.sources.entity.SourceKind;

/**
 * Connecting a bank through the person's consent at the bank (GoCardless, Berlin Group): the consent is asked for
 * and the person sent to the bank with a return link that ends in a fresh random {@code state}; only its hash is
 * kept, with the connection. Coming back with that state (and, in the browser, the cookie that holds it: the web
 * boundary checks) completes the connection: each account the consent covers becomes a source of its own, the
 * first the one being connected, an account already connected gets the new consent, and each starts syncing. A
 * consent not completed within an hour is dropped.
 */
@Stateless
public class BankConsents {

    /** How long the bank's return link works. */
    static final Duration RETURN_WITHIN = Duration.ofHours(1);

    /** Berlin Group banks answer a year of history when the person has just authenticated. */
    static final int BERLIN_GROUP_HISTORY_DAYS = 365;

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    Sources sources;

    @Inject
    BankSyncs syncs;

    @Inject
    GoCardlessApi goCardless;

    @Inject
    BerlinGroupApi berlinGroup;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    /**
     * @param connectUrl where the person consents, at the bank
     * @param state what the return link carries; the browser keeps it in a cookie until it comes back
     */
    public record Started(Source source, String connectUrl, String state) {}

    /** How coming back from the bank ended: the connections made (or renewed), or why none was. */
    public record Outcome(UUID sourceId, List<UUID> connected, String problem) {}

    /** Starts connecting a bank: a source waiting for the person's consent, and where to give it. */
    public Started connect(
            UUID userId,
            String provider,
            String institutionId,
            String name,
            URI returnTo,
            String language,
            String personAddress) {
        BankProvider bank = consenting(provider);
        String institution = required(institutionId);
        String shownName = name == null || name.isBlank() ? institutionName(bank, institution) : name;
        Source source = sources.create(userId, SourceKind.BANK_API.name(), bank.id(), shownName, null);
        return ask(source, bank, institution, returnTo, language, personAddress);
    }

    /** Asks the bank for a new consent for a connection (one that ended, or the person wants renewed). */
    public Started reconnect(UUID userId, UUID sourceId, URI returnTo, String language, String personAddress) {
        Source source = sources.find(userId, sourceId);
        BankProvider bank = BankProvider.of(source.getProvider()).orElse(BankProvider.SIMPLEFIN);
        if (source.getKind() != SourceKind.BANK_API || !bank.consentsAtBank()) {
            throw new InvalidInputException("id", "Only a bank connected through its consent reconnects this way.");
        }
        String institution = source.getCredentials() != null
                ? Credentials.of(source.getCredentials()).text("institutionId")
                : Credentials.of(source.getPendingConsent()).text("institutionId");
        return ask(source, bank, institution, returnTo, language, personAddress);
    }

    private Started ask(
            Source source, BankProvider bank, String institution, URI returnTo, String language, String personAddress) {
        String state = newState();
        // in the path, not the query: GoCardless adds its own "?ref=" to the link as given
        URI back = URI.create(returnTo + "/" + state);
        JsonObjectBuilder pending = Json.createObjectBuilder().add("institutionId", institution);
        String connectUrl;
        try {
            if (bank == BankProvider.GOCARDLESS) {
                GoCardlessApi.Institution chosen = goCardless
                        .institution(institution)
                        .orElseThrow(() ->
                                new InvalidInputException("institutionId", "GoCardless does not list this bank."));
                GoCardlessApi.Requisition requisition = goCardless.askConsent(
                        chosen, back, UUID.randomUUID().toString(), language == null ? "en" : language);
                pending.add("requisitionId", requisition.id()).add("historyDays", chosen.historyDays());
                connectUrl = requisition.link();
            } else {
                BerlinGroupApi.Bank chosen = berlinGroup
                        .find(institution)
                        .orElseThrow(() ->
                                new InvalidInputException("institutionId", "This server does not connect this bank."));
                BerlinGroupApi.Consent consent =
                        berlinGroup.askConsent(chosen, back, URI.create(back + "?refused=1"), personAddress);
                pending.add("consentId", consent.id());
                connectUrl = consent.scaRedirect();
            }
        } catch (FaultToleranceException e) {
            throw new BankUnavailableException(
                    bank.displayName() + " did not answer in time; try again in a minute", e);
        }
        if (connectUrl == null || !(connectUrl.startsWith("https://") || connectUrl.startsWith("http://"))) {
            throw new BankUnavailableException(bank.displayName() + " did not answer a link to the bank");
        }
        source.consentAsked(pending.build().toString(), hash(state), clock.instant());
        em.flush();
        return new Started(source, connectUrl, state);
    }

    /**
     * The person is back from the bank with {@code state} and the bank's answer ({@code ref}, {@code error},
     * {@code refused}): the consent is checked with the provider and the accounts it covers connected.
     *
     * @throws NotFoundException when no connection waits for this state (used already, or never made)
     */
    public Outcome returned(String state, Map<String, String> answer) {
        if (state == null || state.length() > 100) {
            throw new NotFoundException("connection");
        }
        Source source = em.createQuery("select s from Source s where s.connectState = :state", Source.class)
                .setParameter("state", hash(state))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("connection"));
        BankProvider bank = BankProvider.of(source.getProvider()).orElseThrow();
        if (source.getConnectStartedAt().plus(RETURN_WITHIN).isBefore(clock.instant())) {
            return notGiven(source, "The bank's consent took more than an hour: connect again.");
        }
        if (answer.containsKey("error") || answer.containsKey("refused")) {
            return notGiven(source, "You did not give your consent at the bank, so nothing was connected.");
        }
        Credentials pending = Credentials.of(source.getPendingConsent());
        Linked linked;
        try {
            linked = bank == BankProvider.GOCARDLESS ? goCardlessAccounts(pending) : berlinGroupAccounts(pending);
        } catch (ReconnectNeededException e) {
            return notGiven(source, e.getMessage());
        } catch (FaultToleranceException e) {
            throw new BankUnavailableException(
                    bank.displayName() + " did not answer in time; try again in a minute", e);
        }
        if (linked.problem() != null) {
            return notGiven(source, linked.problem());
        }
        UUID userId = source.getUserId();
        List<UUID> connected = attach(source, bank, linked);
        em.flush();
        for (UUID id : connected) {
            // a sync under way, or a bank that asked to wait: the schedule fetches with the new consent
            syncs.syncIfFree(userId, id);
        }
        return new Outcome(connected.isEmpty() ? source.getId() : connected.get(0), connected, null);
    }

    private Outcome notGiven(Source source, String why) {
        source.consentNotGiven(why);
        return new Outcome(source.getId(), List.of(), why);
    }

    /** One account the consent covers: how it is told apart, and its access. */
    record LinkedAccount(String identifier, String lastFour, String currency, String name, String credentials) {}

    record Linked(List<LinkedAccount> accounts, Instant expiresAt, String institutionName, String problem) {}

    private Linked goCardlessAccounts(Credentials pending) {
        String institution = pending.text("institutionId");
        GoCardlessApi.Requisition requisition = goCardless.requisition(pending.text("requisitionId"));
        if (!"LN".equals(requisition.status()) || requisition.accounts().isEmpty()) {
            return new Linked(
                    List.of(),
                    null,
                    null,
                    "The bank did not share any account (GoCardless status "
                            + requisition.status().replaceAll("[^A-Z]", "") + "): connect again.");
        }
        GoCardlessApi.Agreement agreement = goCardless.agreement(requisition.agreementId());
        List<LinkedAccount> accounts = new ArrayList<>();
        for (String accountId : requisition.accounts()) {
            GoCardlessApi.AccountDetails details = goCardless.details(accountId);
            String access = Json.createObjectBuilder()
                    .add("institutionId", institution)
                    .add("requisitionId", requisition.id())
                    .add("accountId", accountId)
                    .add("historyDays", pending.number("historyDays").orElse(90))
                    .build()
                    .toString();
            accounts.add(
                    account(details.iban(), "gocardless:" + accountId, details.currency(), details.name(), access));
        }
        return new Linked(accounts, agreement.expiresAt(), institutionName(BankProvider.GOCARDLESS, institution), null);
    }

    private Linked berlinGroupAccounts(Credentials pending) {
        String institution = pending.text("institutionId");
        BerlinGroupApi.Bank bank = berlinGroup
                .find(institution)
                .orElseThrow(() -> new ReconnectNeededException("This server no longer connects to the bank."));
        String consentId = pending.text("consentId");
        BerlinGroupApi.ConsentState consent = berlinGroup.consent(bank, consentId);
        if (!consent.valid()) {
            return new Linked(
                    List.of(),
                    null,
                    null,
                    "The bank did not confirm your consent (it says "
                            + consent.status().replaceAll("[^A-Za-z]", "") + "): connect again.");
        }
        List<LinkedAccount> accounts = new ArrayList<>();
        for (BerlinGroupApi.Account account : berlinGroup.accounts(bank, consentId)) {
            String access = Json.createObjectBuilder()
                    .add("institutionId", institution)
                    .add("bank", institution)
                    .add("consentId", consentId)
                    .add("resourceId", account.resourceId())
                    .add("historyDays", BERLIN_GROUP_HISTORY_DAYS)
                    .build()
                    .toString();
            accounts.add(account(
                    account.iban(),
                    "berlingroup:" + institution + ":" + account.resourceId(),
                    account.currency(),
                    account.name(),
                    access));
        }
        Instant expires = consent.validUntil() == null
                ? null
                : consent.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Linked(accounts, expires, bank.name(), null);
    }

    private static LinkedAccount account(String iban, String otherwise, String currency, String name, String access) {
        String identifier = iban == null || iban.isBlank()
                ? otherwise
                : iban.replace(" ", "").toUpperCase();
        String digits = iban == null || iban.isBlank() ? null : identifier;
        String lastFour = digits == null || digits.length() < 4 ? null : digits.substring(digits.length() - 4);
        String cleanCurrency = currency != null && currency.matches("[A-Z]{3}") ? currency : null;
        String cleanName = name == null || name.isBlank()
                ? null
                : name.strip().substring(0, Math.min(80, name.strip().length()));
        return new LinkedAccount(identifier, lastFour, cleanCurrency, cleanName, access);
    }

    /**
     * Gives each account its connection: the source that already holds the account takes the consent (a connection
     * of this provider renewed, or a file source of the account, which becomes its connection: files and fetches
     * then meet in one source, where a transaction that arrives both ways is recognised once); every other account
     * the connection being made (the first) or a new one each. The connection being made is dropped when every
     * account already had a source.
     *
     * @return the connections, the one being made first when it took an account
     */
    private List<UUID> attach(Source source, BankProvider bank, Linked linked) {
        List<UUID> connected = new ArrayList<>();
        boolean sourceTaken = false;
        List<LinkedAccount> unheld = new ArrayList<>();
        for (LinkedAccount account : linked.accounts()) {
            Optional<Source> holder = sources.ofAccount(source.getUserId(), account.identifier());
            if (holder.isPresent() && takesOver(holder.get(), bank)) {
                holder.get().connectedThrough(bank.id());
                holder.get().consented(account.credentials(), linked.expiresAt());
                connected.add(holder.get().getId());
                sourceTaken |= holder.get().getId().equals(source.getId());
            } else {
                unheld.add(account);
            }
        }
        for (LinkedAccount account : unheld) {
            Source target;
            if (!sourceTaken && source.getAccountKey() == null) {
                target = source;
                sourceTaken = true;
            } else {
                target = sources.create(
                        source.getUserId(),
                        SourceKind.BANK_API.name(),
                        bank.id(),
                        linked.institutionName() + " · "
                                + (account.name() != null ? account.name() : account.currency()),
                        null);
            }
            target.consented(account.credentials(), linked.expiresAt());
            if (sources.ofAccount(source.getUserId(), account.identifier()).isEmpty()) {
                sources.holdAccount(
                        source.getUserId(), target, account.identifier(), account.lastFour(), account.currency());
            }
            connected.add(target.getId());
        }
        if (!sourceTaken) {
            if (source.getCredentials() == null && !connected.isEmpty()) {
                em.remove(source);
            } else {
                source.consentNotGiven("The bank's new consent does not cover this account: connect again.");
            }
        }
        connected.sort((a, b) -> a.equals(source.getId()) ? -1 : b.equals(source.getId()) ? 1 : 0);
        return connected;
    }

    /** Whether a source holding a consented account takes the consent: a connection of the provider, or a file. */
    private static boolean takesOver(Source holder, BankProvider bank) {
        return holder.getKind() == SourceKind.FILE
                || (holder.getKind() == SourceKind.BANK_API && bank.id().equals(holder.getProvider()));
    }

    private BankProvider consenting(String provider) {
        BankProvider bank = BankProvider.of(provider)
                .filter(BankProvider::consentsAtBank)
                .orElseThrow(
                        () -> new InvalidInputException("provider", "Connect one of the providers GET /banks lists."));
        if (bank == BankProvider.GOCARDLESS && !goCardless.configured()) {
            throw new InvalidInputException("provider", "This server is not set up for GoCardless.");
        }
        return bank;
    }

    private String institutionName(BankProvider bank, String institution) {
        try {
            return bank == BankProvider.GOCARDLESS
                    ? goCardless
                            .institution(institution)
                            .map(GoCardlessApi.Institution::name)
                            .orElse(institution)
                    : berlinGroup
                            .find(institution)
                            .map(BerlinGroupApi.Bank::name)
                            .orElse(institution);
        } catch (RuntimeException e) {
            return institution;
        }
    }

    private static String required(String institutionId) {
        if (institutionId == null || institutionId.isBlank() || institutionId.length() > 200) {
            throw new InvalidInputException("institutionId", "Choose a bank from GET /banks.");
        }
        return institutionId.strip();
    }

    private String newState() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String state) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
