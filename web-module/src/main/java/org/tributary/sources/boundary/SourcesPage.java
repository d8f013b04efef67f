package org.tributary.sources.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.platform.control.ConflictException;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.security.control.TooManyAttemptsException;
import org.tributary.sources.control.SourceNames;
import org.tributary.sources.control.SourceRemoval;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.sources.entity.SourceKind;
import org.tributary.syncing.control.BankDisconnects;
import org.tributary.syncing.control.BankProvider;
import org.tributary.syncing.control.BankSyncs;
import org.tributary.syncing.control.BankUnavailableException;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.TransactionQuery;

/** Where the transactions come from: the list with how many each holds, renaming, and deleting after a question. */
@Named
@ViewScoped
public class SourcesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A source as the page lists it; {@code accountEnding}: the last four of its bank account, or null; for a bank
     * connection its status, when it last fetched (UTC, or null) and why its last fetch failed (or null).
     */
    public record Row(
            UUID id,
            String name,
            String kind,
            String accountEnding,
            long transactions,
            String status,
            String lastSynced,
            String lastError,
            String provider,
            String reconnectBy,
            String nextSync)
            implements Serializable {

        public boolean isBank() {
            return "BANK_API".equals(kind);
        }

        /** Whether connecting again means a new consent at the bank (not a new setup token). */
        public boolean isConsentAtBank() {
            return isBank()
                    && BankProvider.of(provider)
                            .filter(BankProvider::consentsAtBank)
                            .isPresent();
        }
    }

    /** A consent that ends within this long is shown with the day to reconnect by. */
    private static final Duration WARN_AHEAD = Duration.ofDays(7);

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SYNCED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    SourceRemoval removal;

    @Inject
    transient Sources sources;

    @Inject
    transient Ledger ledger;

    @Inject
    transient SignedInUser user;

    @Inject
    transient BankSyncs bankSyncs;

    @Inject
    transient BankDisconnects disconnects;

    private final List<Row> rows = new ArrayList<>();
    private Row selected;
    private String newName;
    private String bankName;
    private String setupToken;
    private String reconnectToken;

    @PostConstruct
    void load() {
        rows.clear();
        UUID userId = user.id();
        for (Source source : sources.list(userId)) {
            long count = ledger.list(
                            userId,
                            new TransactionQuery(
                                    null, null, List.of(), List.of(), List.of(source.getId()), null, null, null, 0, 1))
                    .total();
            rows.add(new Row(
                    source.getId(),
                    source.getName(),
                    source.getKind().name(),
                    source.getAccountLastFour(),
                    count,
                    status(source),
                    source.getLastSyncedAt() == null ? null : SYNCED.format(source.getLastSyncedAt()),
                    source.getLastError(),
                    source.getProvider(),
                    reconnectBy(source.getConsentExpiresAt()),
                    nextSync(source)));
        }
    }

    /**
     * A connection whose bank has answered is ACTIVE while the answer may still be importing: shown as fetching
     * until then, as "Fetch now" would be refused.
     */
    private String status(Source source) {
        if ("ACTIVE".equals(source.getStatus())
                && source.getKind() == SourceKind.BANK_API
                && bankSyncs.underWay(source.getId())) {
            return "SYNCING";
        }
        return source.getStatus();
    }

    private String nextSync(Source source) {
        Instant next = bankSyncs.nextSyncAt(source);
        return next == null ? null : SYNCED.format(next.isBefore(Instant.now()) ? Instant.now() : next);
    }

    private static String reconnectBy(Instant consentEnds) {
        return consentEnds != null && consentEnds.isBefore(Instant.now().plus(WARN_AHEAD))
                ? DAY.format(consentEnds.minusSeconds(1))
                : null;
    }

    /** Counts the transactions again (after a file was undone). */
    public void reload() {
        load();
    }

    public void select(Row row) {
        selected = row;
        newName = SourceNames.name(row.kind(), row.name(), PortalWords.locale());
    }

    public void rename() {
        try {
            sources.rename(user.id(), selected.id(), newName);
            PageMessages.info(PageMessages.text("sources.renamed", newName));
            load();
        } catch (InvalidInputException invalid) {
            PageMessages.error("rename-form:new-name", PageMessages.text("sources.nameRequired"));
        }
    }

    public void delete() {
        if (selected.isBank()) {
            disconnects.remove(user.id(), selected.id());
        } else {
            removal.remove(user.id(), selected.id());
        }
        PageMessages.info(PageMessages.text(
                "sources.deleted", SourceNames.name(selected.kind(), selected.name(), PortalWords.locale())));
        selected = null;
        load();
    }

    /** Disconnects the selected bank; its transactions stay, in a file source of its account. */
    public void disconnect() {
        disconnects.keepTransactions(user.id(), selected.id());
        PageMessages.info(PageMessages.text(
                "sources.disconnected", SourceNames.name(selected.kind(), selected.name(), PortalWords.locale())));
        selected = null;
        load();
    }

    /** Connects a bank through SimpleFIN Bridge with the person's setup token; its first fetch starts at once. */
    public void connect() {
        try {
            bankSyncs.connect(
                    user.id(),
                    BankSyncs.SIMPLEFIN,
                    bankName,
                    Json.createObjectBuilder()
                            .add("setupToken", setupToken == null ? "" : setupToken)
                            .build());
            PageMessages.info(PageMessages.text("sources.connect.done"));
            bankName = null;
            setupToken = null;
            load();
        } catch (InvalidInputException invalid) {
            PageMessages.errors(
                    invalid,
                    "sources.connect.error",
                    java.util.Map.of(
                            "name", "connect-form:bank-name", "credentials.setupToken", "connect-form:setup-token"));
        } catch (BankUnavailableException unavailable) {
            PageMessages.error(null, PageMessages.text("sources.connect.unavailable"));
        } finally {
            setupToken = null;
        }
    }

    /** Gives the selected connection a new setup token; its fetch starts at once. */
    public void reconnect() {
        try {
            bankSyncs.reconnect(
                    user.id(),
                    selected.id(),
                    Json.createObjectBuilder()
                            .add("setupToken", reconnectToken == null ? "" : reconnectToken)
                            .build());
            PageMessages.info(PageMessages.text(
                    "sources.reconnected", SourceNames.name(selected.kind(), selected.name(), PortalWords.locale())));
            load();
        } catch (InvalidInputException invalid) {
            PageMessages.errors(
                    invalid,
                    "sources.connect.error",
                    java.util.Map.of("credentials.setupToken", "reconnect-form:new-token"));
        } catch (BankUnavailableException unavailable) {
            PageMessages.error("reconnect-form:new-token", PageMessages.text("sources.connect.unavailable"));
        } finally {
            reconnectToken = null;
        }
    }

    /** Where the person makes a new setup token. */
    public String getTokenPage() {
        return bankSyncs.tokenPage();
    }

    public String getReconnectToken() {
        return reconnectToken;
    }

    public void setReconnectToken(String reconnectToken) {
        this.reconnectToken = reconnectToken;
    }

    /** Fetches what is new at the bank now. */
    public void sync(Row row) {
        try {
            bankSyncs.sync(user.id(), row.id());
            PageMessages.info(PageMessages.text(
                    "sources.syncStarted", SourceNames.name(row.kind(), row.name(), PortalWords.locale())));
        } catch (ConflictException running) {
            PageMessages.info(PageMessages.text(
                    "sources.syncRunning", SourceNames.name(row.kind(), row.name(), PortalWords.locale())));
        } catch (TooManyAttemptsException later) {
            PageMessages.info(PageMessages.text(
                    "sources.syncLater",
                    SourceNames.name(row.kind(), row.name(), PortalWords.locale()),
                    Long.toString(Math.max(1, later.retryAfter().toMinutes()))));
        }
        load();
    }

    public String getBankName() {
        return bankName;
    }

    public void setBankName(String bankName) {
        this.bankName = bankName;
    }

    public String getSetupToken() {
        return setupToken;
    }

    public void setSetupToken(String setupToken) {
        this.setupToken = setupToken;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
