package org.tributary.transactions.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.accounts.control.Accounts;
import org.tributary.analytics.control.AnalyticsLoader;
import org.tributary.categorising.control.Recategorisation;
import org.tributary.importing.control.CashEntries;
import org.tributary.platform.boundary.PortalLanguage;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.reporting.control.export.ExportFormat;
import org.tributary.reporting.control.export.ReportExporter;
import org.tributary.reporting.control.export.TransactionTable;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;
import org.tributary.transactions.control.Ledger;
import org.tributary.transactions.control.TransactionQuery;
import org.tributary.transactions.control.TransactionView;

/** The signed-in user's ledger: listing and hand-entered cash spending. */
@Path("/transactions")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransactionsResource {

    private static final int MAX_PAGE_SIZE = 500;
    private static final Set<String> TYPES = Set.of("EXPENSE", "INCOME", "TRANSFER");

    @Inject
    Ledger ledger;

    @Inject
    CashEntries cash;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser user;

    @Inject
    Recategorisation recategorisation;

    @Inject
    AnalyticsLoader analytics;

    @Inject
    PortalLanguage language;

    @Inject
    ReportExporter exporter;

    @GET
    public Ledger.Page list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("category") List<String> categories,
            @QueryParam("sourceKind") List<String> sourceKinds,
            @QueryParam("source") List<UUID> sources,
            @QueryParam("type") String type,
            @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "Use page ≥ 0 and a size from 1 to " + MAX_PAGE_SIZE + ".");
        }
        Ledger.Page found =
                ledger.list(user.id(), query(from, to, categories, sourceKinds, sources, type, text, page, size));
        Locale locale = language.of(user.id());
        return new Ledger.Page(
                found.items().stream().map(t -> t.in(locale)).toList(), found.total(), found.page(), found.size());
    }

    /** Every matching transaction as a CSV, Excel or PDF file, streamed however many there are. */
    @GET
    @Path("/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @APIResponse(
            responseCode = "200",
            description = "The file (Content-Disposition: attachment)",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response export(
            @QueryParam("format") String format,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("category") List<String> categories,
            @QueryParam("sourceKind") List<String> sourceKinds,
            @QueryParam("source") List<UUID> sources,
            @QueryParam("type") String type,
            @QueryParam("q") String text) {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.fromString(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "Use csv, xlsx or pdf.");
        }
        TransactionQuery query = query(from, to, categories, sourceKinds, sources, type, text, 0, 1);
        UUID userId = user.id();
        String currency = accounts.find(userId).getBaseCurrency();
        Locale locale = language.of(user.id());
        StreamingOutput body = out -> ledger.stream(userId, query, rows -> {
            Iterator<TransactionView> named = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public TransactionView next() {
                    return rows.next().in(locale);
                }
            };
            try {
                exporter.write(TransactionTable.of(query, currency, named), exportFormat, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return Response.ok(body, exportFormat.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"transactions." + exportFormat.fileExtension() + "\"")
                .build();
    }

    private static TransactionQuery query(
            String from,
            String to,
            List<String> categories,
            List<String> sourceKinds,
            List<UUID> sources,
            String type,
            String text,
            int page,
            int size) {
        String normalisedType = type == null ? null : type.strip().toUpperCase(Locale.ROOT);
        if (normalisedType != null && !TYPES.contains(normalisedType)) {
            throw new InvalidInputException("type", "Use EXPENSE, INCOME or TRANSFER.");
        }
        List<String> kinds = sourceKinds.stream()
                .map(k -> k.strip().toUpperCase(Locale.ROOT))
                .toList();
        return new TransactionQuery(
                date("from", from), date("to", to), categories, kinds, sources, normalisedType, text, null, page, size);
    }

    @GET
    @Path("/{id}")
    public TransactionView get(@PathParam("id") UUID id) {
        return ledger.find(user.id(), id).in(language.of(user.id()));
    }

    public record CategoryChange(String category, Boolean applyToSimilar) {}

    /**
     * Re-categorises a transaction (and with applyToSimilar every one of its merchant, learning a rule). The
     * reports see it on return: the changed rows are rewritten in ClickHouse before answering; were
     * ClickHouse away, the loader's timer does it when it is back.
     */
    @PATCH
    @Path("/{id}")
    public TransactionView recategorise(@PathParam("id") UUID id, CategoryChange change) {
        if (change == null) {
            throw new InvalidInputException("category", "Send the new category.");
        }
        recategorisation.recategorise(user.id(), id, change.category(), Boolean.TRUE.equals(change.applyToSimilar()));
        analytics.loadAllStale();
        return ledger.find(user.id(), id).in(language.of(user.id()));
    }

    @POST
    @Path("/cash")
    @APIResponse(
            responseCode = "201",
            description = "The cash entry, as a transaction",
            content = @Content(schema = @Schema(implementation = TransactionView.class)))
    public Response cash(CashEntries.CashEntry entry) {
        if (entry == null) {
            throw new InvalidInputException("body", "Send date, amount, currency and description.");
        }
        String baseCurrency = accounts.find(user.id()).getBaseCurrency();
        return Response.status(Response.Status.CREATED)
                .entity(cash.record(user.id(), entry, baseCurrency).in(language.of(user.id())))
                .build();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Use a date such as 2024-03-31.");
        }
    }
}
