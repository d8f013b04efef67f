package org.tributary.sources.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tributary.security.entity.SealedStringConverter;

/** A place one user's transactions come from: a bank connection, a series of file uploads, or cash. */
@Entity
@Table(name = "sources")
public class Source {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String status;

    /** Bank credentials or tokens as JSON; sealed in the database, never returned by the API. */
    @Convert(converter = SealedStringConverter.class)
    private String credentials;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    /** The bank asked not to be asked again before this (429 with Retry-After); null: ask when due. */
    @Column(name = "sync_not_before")
    private Instant syncNotBefore;

    /** Why the last sync of a bank connection failed, for the person; null when it worked. */
    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The consent asked of the bank and not yet given (sealed like the credentials); null: none asked. */
    @Column(name = "pending_consent")
    @Convert(converter = SealedStringConverter.class)
    private String pendingConsent;

    /** The SHA-256 of the state the consent's return link carries; null: no consent asked. */
    @Column(name = "connect_state")
    private byte[] connectState;

    @Column(name = "connect_started_at")
    private Instant connectStartedAt;

    /** When the bank's consent ends and the person must connect again; null: it does not end (or is unknown). */
    @Column(name = "consent_expires_at")
    private Instant consentExpiresAt;

    /** The bank account this source is, as a salted hash of its identifier (decision 27); null: not known. */
    @Column(name = "account_key")
    private UUID accountKey;

    @Column(name = "account_last4")
    private String accountLastFour;

    private String currency;

    /** Whether this source's files are read with their amounts turned round (decision 34); null: detected. */
    @Column(name = "flip_signs")
    private Boolean flipSigns;

    protected Source() {}

    public Source(UUID userId, SourceKind kind, String provider, String name, String credentials) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.kind = kind;
        this.provider = provider;
        this.name = name;
        this.credentials = credentials;
        this.status = "ACTIVE";
        this.createdAt = Instant.now();
    }

    /** The bank connection's access, made anew by the person (the old one was refused or is to be replaced). */
    public void reconnected(String credentials) {
        this.credentials = credentials;
        this.status = "ACTIVE";
        this.lastError = null;
    }

    /**
     * A consent is asked of the bank: the person goes there, and comes back with {@code state}, whose hash this
     * keeps. A connection made this way waits for the consent; one being reconnected keeps its access meanwhile.
     */
    public void consentAsked(String pendingConsent, byte[] stateHash, Instant at) {
        this.pendingConsent = pendingConsent;
        this.connectState = stateHash;
        this.connectStartedAt = at;
        if (credentials == null) {
            this.status = "AWAITING_CONSENT";
        }
    }

    /** The person gave the bank's consent: the account's access, and when the consent ends. */
    public void consented(String credentials, Instant expiresAt) {
        reconnected(credentials);
        this.consentExpiresAt = expiresAt;
        this.syncNotBefore = null;
        forgetConsentAsked();
    }

    /**
     * A bank connection is disconnected but its transactions stay: it becomes a file source of its account, which
     * fetches no more and forgets its access.
     */
    public void disconnected() {
        this.kind = SourceKind.FILE;
        this.provider = "file";
        this.credentials = null;
        this.pendingConsent = null;
        this.connectState = null;
        this.connectStartedAt = null;
        this.consentExpiresAt = null;
        this.syncNotBefore = null;
        this.lastError = null;
        this.status = "ACTIVE";
    }

    /**
     * A file source of a bank account becomes that account's connection through {@code provider}: its files and
     * transactions stay, and fetches join them.
     */
    public void connectedThrough(String provider) {
        this.kind = SourceKind.BANK_API;
        this.provider = provider;
    }

    /**
     * The consent asked was refused at the bank, or could not be completed. What was asked is kept (sealed), so that
     * connecting again asks the same bank; the return link no longer works.
     */
    public void consentNotGiven(String why) {
        this.connectState = null;
        this.connectStartedAt = null;
        this.lastError = why;
        if (credentials == null) {
            this.status = "NEEDS_RECONNECT";
        }
    }

    private void forgetConsentAsked() {
        this.pendingConsent = null;
        this.connectState = null;
        this.connectStartedAt = null;
    }

    public String getPendingConsent() {
        return pendingConsent;
    }

    public Instant getConnectStartedAt() {
        return connectStartedAt;
    }

    public Instant getConsentExpiresAt() {
        return consentExpiresAt;
    }

    /** A sync of this bank connection is on its way. */
    public void syncing() {
        this.status = "SYNCING";
    }

    public void synced(Instant at) {
        this.status = "ACTIVE";
        this.lastSyncedAt = at;
        this.lastError = null;
        this.syncNotBefore = null;
    }

    /** The bank asked to wait until {@code until} before it is asked again. */
    public void rateLimited(String why, Instant until) {
        syncFailed(why);
        this.syncNotBefore = until;
    }

    public Instant getSyncNotBefore() {
        return syncNotBefore;
    }

    /** The bank no longer accepts the connection's access: the person must connect again. */
    public void needsReconnecting(String why) {
        this.status = "NEEDS_RECONNECT";
        this.lastError = why;
    }

    /** The last sync failed for a reason that may pass (the bank unreachable or answering nonsense). */
    public void syncFailed(String why) {
        this.status = "ERROR";
        this.lastError = why;
    }

    public String getLastError() {
        return lastError;
    }

    public void rename(String name) {
        this.name = name;
    }

    /** From now on this source is the account's: the same account's files come here. */
    public void holdAccount(UUID accountKey, String lastFour, String currency) {
        this.accountKey = accountKey;
        this.accountLastFour = lastFour;
        if (this.currency == null) {
            this.currency = currency;
        }
    }

    public UUID getAccountKey() {
        return accountKey;
    }

    public String getAccountLastFour() {
        return accountLastFour;
    }

    public String getCurrency() {
        return currency;
    }

    public Boolean getFlipSigns() {
        return flipSigns;
    }

    /** The person's answer to "are the amounts upside down?", kept for the source's later files. */
    public void readSignsFlipped(boolean flipped) {
        this.flipSigns = flipped;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getProvider() {
        return provider;
    }

    public String getName() {
        return name;
    }

    public String getStatus() {
        return status;
    }

    public String getCredentials() {
        return credentials;
    }

    public Instant getLastSyncedAt() {
        return lastSyncedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
