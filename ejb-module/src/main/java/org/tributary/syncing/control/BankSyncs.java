package org.tributary.syncing.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.tributary.importing.control.Imports;
import org.tributary.importing.control.StatementFormat;
import org.tributary.platform.control.ConflictException;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.security.control.TooManyAttemptsException;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.sources.entity.SourceKind;

/**
 * Connecting a bank and asking for a sync of it. A sync is an import run opened at once (the person follows it
 * like an upload) and a message on the provider's {@code etl-<provider>-auth-data} queue; the provider's worker
 * fills the run ({@link SyncSteps}). One sync of a connection at a time, on any number of servers: the request
 * locks the connection's row.
 */
@Stateless
public class BankSyncs {

    public static final String SIMPLEFIN = BankProvider.SIMPLEFIN.id();

    /** The statuses of a connection that fetches by itself; the others wait for the person (or are fetching). */
    private static final List<String> SCHEDULED_STATUSES = List.of("ACTIVE", "ERROR");

    @PersistenceContext(unitName = "tributary")
    EntityManager em;

    @Inject
    Sources sources;

    @Inject
    Imports imports;

    @Inject
    SimpleFinBridge simpleFin;

    @Inject
    SyncRequests requests;

    private final Clock clock = Clock.systemUTC();

    /**
     * How often a connection fetches by itself. SimpleFIN Bridge refreshes from the banks about once a day and asks
     * apps for at most 24 requests a day per connection.
     */
    @Inject
    @ConfigProperty(name = "tributary.sync.interval", defaultValue = "PT6H")
    Duration interval;

    /**
     * Claims the connection's access with the person's setup token, keeps it sealed, and starts the first sync.
     *
     * @return the new connection, syncing
     */
    public Source connect(UUID userId, String provider, String name, JsonObject credentials) {
        if (!SIMPLEFIN.equals(provider)) {
            throw new InvalidInputException("provider", "Connect one of the providers GET /banks lists.");
        }
        if (credentials == null || !(credentials.get("setupToken") instanceof JsonString token)) {
            throw new InvalidInputException("credentials.setupToken", "Paste the setup token from SimpleFIN Bridge.");
        }
        Source source = sources.create(userId, SourceKind.BANK_API.name(), SIMPLEFIN, name, claimed(token));
        em.flush();
        sync(userId, source.getId());
        return source;
    }

    /** What reconnecting answers: where the person makes a new setup token, and the sync started with one given. */
    public record Reconnection(String connectUrl, UUID importId) {}

    /**
     * Without credentials: where the person makes a new setup token. With one: the connection's access is claimed
     * anew and replaces the old one (which the bank refused, or the person wants gone), and a sync starts.
     */
    public Reconnection reconnect(UUID userId, UUID sourceId, JsonObject credentials) {
        Source source = sources.find(userId, sourceId);
        if (source.getKind() != SourceKind.BANK_API || !SIMPLEFIN.equals(source.getProvider())) {
            throw new InvalidInputException("id", "Only a connected bank reconnects.");
        }
        String tokenPage = simpleFin.tokenPage();
        if (credentials == null || credentials.isEmpty()) {
            return new Reconnection(tokenPage, null);
        }
        if (!(credentials.get("setupToken") instanceof JsonString token)) {
            throw new InvalidInputException("credentials.setupToken", "Paste the setup token from SimpleFIN Bridge.");
        }
        source.reconnected(claimed(token));
        em.flush();
        try {
            return new Reconnection(tokenPage, sync(userId, sourceId));
        } catch (ConflictException | TooManyAttemptsException notNow) {
            // a fetch under way ends as it is, a bank that asked to wait is left to; the next uses the new access
            return new Reconnection(tokenPage, null);
        }
    }

    /** Where a person makes a SimpleFIN setup token. */
    public String tokenPage() {
        return simpleFin.tokenPage();
    }

    private String claimed(JsonString token) {
        String accessUrl;
        try {
            accessUrl = simpleFin.claim(token.getString());
        } catch (FaultToleranceException e) {
            throw new BankUnavailableException("SimpleFIN did not answer in time; try again in a minute", e);
        }
        return Json.createObjectBuilder().add("accessUrl", accessUrl).build().toString();
    }

    /** When a connection will fetch by itself next, or null when it will not (it waits for the person). */
    public Instant nextSyncAt(Source source) {
        if (source.getKind() != SourceKind.BANK_API
                || BankProvider.of(source.getProvider()).isEmpty()
                || !SCHEDULED_STATUSES.contains(source.getStatus())
                || (source.getConsentExpiresAt() != null
                        && !source.getConsentExpiresAt().isAfter(clock.instant()))) {
            return null;
        }
        Instant last = source.getLastSyncedAt() != null ? source.getLastSyncedAt() : source.getCreatedAt();
        Instant due = last.plus(interval);
        Instant notBefore = source.getSyncNotBefore();
        return notBefore != null && notBefore.isAfter(due) ? notBefore : due;
    }

    /** The connections whose next fetch is due, oldest first. */
    public List<Source> due() {
        return em.createQuery(
                        "select s from Source s where s.kind = :kind and s.provider in :providers"
                                + " and s.status in :statuses"
                                + " and (s.consentExpiresAt is null or s.consentExpiresAt > :now)"
                                + " and coalesce(s.lastSyncedAt, s.createdAt) < :before"
                                + " and (s.syncNotBefore is null or s.syncNotBefore < :now)"
                                + " order by coalesce(s.lastSyncedAt, s.createdAt)",
                        Source.class)
                .setParameter("kind", SourceKind.BANK_API)
                .setParameter(
                        "providers",
                        Arrays.stream(BankProvider.values())
                                .map(BankProvider::id)
                                .toList())
                .setParameter("statuses", SCHEDULED_STATUSES)
                .setParameter("before", clock.instant().minus(interval))
                .setParameter("now", clock.instant())
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * @return the import run the sync fills
     * @throws ConflictException while a sync of the connection is still under way
     */
    public UUID sync(UUID userId, UUID sourceId) {
        Source source = em.find(Source.class, sourceId, LockModeType.PESSIMISTIC_WRITE);
        if (source == null || !source.getUserId().equals(userId)) {
            throw new NotFoundException("source");
        }
        if (source.getKind() != SourceKind.BANK_API
                || BankProvider.of(source.getProvider()).isEmpty()) {
            throw new InvalidInputException("id", "Only a connected bank syncs; files are uploaded.");
        }
        if (source.getCredentials() == null) {
            throw new ConflictException("This connection waits for your consent at the bank: connect it first.");
        }
        if (underWay(sourceId)) {
            throw new ConflictException("A sync of this connection is still under way.");
        }
        Instant notBefore = source.getSyncNotBefore();
        if (notBefore != null && notBefore.isAfter(clock.instant())) {
            throw new TooManyAttemptsException(
                    Duration.between(clock.instant(), notBefore).plusSeconds(1),
                    "The bank asked not to be asked again before " + notBefore + ".");
        }
        BankProvider provider = BankProvider.of(source.getProvider()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        UUID importId = imports.openForSync(
                        userId, sourceId, StatementFormat.JSON, provider.displayName() + " " + today + ".json")
                .getId();
        source.syncing();
        requests.send(provider, new SyncRequest(userId, sourceId, importId));
        return importId;
    }

    /** Whether a sync of the connection is under way: asking the bank, or importing what it sent. */
    public boolean underWay(UUID sourceId) {
        return ((Number) em.createNativeQuery("select count(*) from import_runs where source_id = ?"
                                        + " and status in ('QUEUED', 'RUNNING')")
                                .setParameter(1, sourceId)
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    /**
     * Starts a sync unless one of the connection is under way or the bank asked to wait: then the schedule fetches
     * later. Unlike {@link #sync}, it never throws for those, so a caller's transaction is not rolled back.
     */
    public Optional<UUID> syncIfFree(UUID userId, UUID sourceId) {
        try {
            return Optional.of(sync(userId, sourceId));
        } catch (ConflictException | TooManyAttemptsException notNow) {
            return Optional.empty();
        }
    }

    /**
     * Connections whose consent at the bank has ended need the person: they say so rather than fail at their next
     * fetch. Run by the schedule; any server may, as often as it likes.
     *
     * @return how many connections were marked
     */
    public int endLapsedConsents() {
        return em.createQuery("update Source s set s.status = 'NEEDS_RECONNECT', s.lastError = :why"
                        + " where s.kind = :kind and s.consentExpiresAt <= :now and s.status in :statuses")
                .setParameter("why", "The bank's consent has ended: connect again to keep fetching")
                .setParameter("kind", SourceKind.BANK_API)
                .setParameter("now", clock.instant())
                .setParameter("statuses", SCHEDULED_STATUSES)
                .executeUpdate();
    }
}
