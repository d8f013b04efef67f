package org.tributary.sources.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;
import org.tributary.sources.control.SourceRemoval;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.syncing.boundary.ConsentReturnLink;
import org.tributary.syncing.control.BankConsents;
import org.tributary.syncing.control.BankDisconnects;
import org.tributary.syncing.control.BankProvider;
import org.tributary.syncing.control.BankSyncs;

/** The signed-in user's sources. Credentials go in and are sealed; they never come out. */
@Path("/sources")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourcesResource {

    public record NewSource(String kind, String provider, String name, String institutionId, JsonObject credentials) {}

    /**
     * @param accountEnding the last four characters of the bank account the source holds (never more), or null
     * @param flipSigns whether the source's files are read with their amounts turned round, as the person last
     *     said on an upload; null: detected per file (decision 34)
     */
    public record SourceView(
            UUID id,
            String kind,
            String provider,
            String name,
            String status,
            Instant lastSyncedAt,
            Instant nextSyncAt,
            Instant consentExpiresAt,
            String lastError,
            String accountEnding,
            String currency,
            Boolean flipSigns,

            @Schema(description = "Only on connecting a bank through its consent: open it in the browser")
            String connectUrl) {
        static SourceView of(Source source, BankSyncs syncs) {
            return of(source, syncs, null);
        }

        static SourceView of(Source source, BankSyncs syncs, String connectUrl) {
            return new SourceView(
                    source.getId(),
                    source.getKind().name(),
                    source.getProvider(),
                    source.getName(),
                    source.getStatus(),
                    source.getLastSyncedAt(),
                    syncs.nextSyncAt(source),
                    source.getConsentExpiresAt(),
                    source.getLastError(),
                    source.getAccountLastFour(),
                    source.getCurrency(),
                    source.getFlipSigns(),
                    connectUrl);
        }
    }

    @Inject
    Sources sources;

    @Inject
    CurrentUser user;

    @GET
    public List<SourceView> list() {
        return sources.list(user.id()).stream()
                .map(source -> SourceView.of(source, bankSyncs))
                .toList();
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "The new source",
            content = @Content(schema = @Schema(implementation = SourceView.class)))
    public Response create(NewSource body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send kind, name and (for banks) credentials.");
        }
        Source source;
        boolean bank = "BANK_API".equalsIgnoreCase(String.valueOf(body.kind()));
        Optional<BankProvider> provider = bank ? BankProvider.of(body.provider()) : Optional.empty();
        if (provider.filter(BankProvider::consentsAtBank).isPresent()) {
            BankConsents.Started started = consents.connect(
                    user.id(),
                    body.provider(),
                    body.institutionId(),
                    body.name(),
                    ConsentReturnLink.of(request, publicUrl),
                    request.getLocale().getLanguage(),
                    ConsentReturnLink.personAddress(request));
            return Response.status(Response.Status.CREATED)
                    .entity(SourceView.of(started.source(), bankSyncs, started.connectUrl()))
                    .header("Set-Cookie", ConsentReturnLink.cookie(started.state(), request))
                    .build();
        } else if (provider.isPresent()) {
            source = bankSyncs.connect(user.id(), body.provider(), body.name(), body.credentials());
        } else {
            String credentials =
                    body.credentials() == null ? null : body.credentials().toString();
            source = sources.create(user.id(), body.kind(), body.provider(), body.name(), credentials);
        }
        return Response.status(Response.Status.CREATED)
                .entity(SourceView.of(source, bankSyncs))
                .build();
    }

    @GET
    @Path("/{id}")
    public SourceView get(@PathParam("id") UUID id) {
        return SourceView.of(sources.find(user.id(), id), bankSyncs);
    }

    @Inject
    SourceRemoval removal;

    @Inject
    BankSyncs bankSyncs;

    @Inject
    BankConsents consents;

    @Inject
    BankDisconnects disconnects;

    @Context
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "tributary.public-url")
    Optional<String> publicUrl;

    /** Optional: a new setup token; without one the answer says where to make it. */
    public record Reconnect(JsonObject credentials) {}

    @POST
    @Path("/{id}/reconnect")
    @APIResponse(
            responseCode = "200",
            description = "connectUrl: where to consent again at the bank (GoCardless, Berlin Group) or to make a new"
                    + " SimpleFIN setup token; with a setup token given, importId: the sync it started",
            content = @Content(schema = @Schema(implementation = BankSyncs.Reconnection.class)))
    public Response reconnect(@PathParam("id") UUID id, Reconnect body) {
        Source source = sources.find(user.id(), id);
        if (BankProvider.of(source.getProvider())
                .filter(BankProvider::consentsAtBank)
                .isPresent()) {
            BankConsents.Started started = consents.reconnect(
                    user.id(),
                    id,
                    ConsentReturnLink.of(request, publicUrl),
                    request.getLocale().getLanguage(),
                    ConsentReturnLink.personAddress(request));
            return Response.ok(new BankSyncs.Reconnection(started.connectUrl(), null))
                    .header("Set-Cookie", ConsentReturnLink.cookie(started.state(), request))
                    .build();
        }
        return Response.ok(bankSyncs.reconnect(user.id(), id, body == null ? null : body.credentials()))
                .build();
    }

    /** A run the person follows with GET /imports/{id}. */
    public record SyncStarted(UUID importId) {}

    @POST
    @Path("/{id}/sync")
    @APIResponse(
            responseCode = "202",
            description = "The sync is queued on etl-<provider>-auth-data; follow it with GET /imports/{importId}"
                    + " (409 while one of the connection runs)",
            content = @Content(schema = @Schema(implementation = SyncStarted.class)))
    public Response sync(@PathParam("id") UUID id) {
        return Response.accepted(new SyncStarted(bankSyncs.sync(user.id(), id))).build();
    }

    @DELETE
    @Path("/{id}")
    @APIResponse(
            responseCode = "204",
            description = "The source and its transactions are removed (a bank connection's consent is withdrawn at"
                    + " the provider first); with keepTransactions=true a bank connection is disconnected and its"
                    + " transactions stay, in a file source of its account (200, the source)")
    public Response delete(@PathParam("id") UUID id, @QueryParam("keepTransactions") boolean keepTransactions) {
        if (keepTransactions) {
            return Response.ok(SourceView.of(disconnects.keepTransactions(user.id(), id), bankSyncs))
                    .build();
        }
        if (disconnects.isConnection(user.id(), id)) {
            disconnects.remove(user.id(), id);
        } else {
            removal.remove(user.id(), id);
        }
        return Response.noContent().build();
    }
}
