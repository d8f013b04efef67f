package org.tributary.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NotFoundException;
import org.tributary.reporting.control.ReportQuery;
import org.tributary.reporting.control.ReportTables;
import org.tributary.reporting.control.Reports;
import org.tributary.reporting.control.export.ExportFormat;
import org.tributary.reporting.control.export.ReportExporter;
import org.tributary.reporting.control.export.ReportTable;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/** The reports of API.md, and each of them as a CSV, Excel or PDF download. */
@Path("/reports")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Reports reports;

    @Inject
    ReportTables tables;

    @Inject
    ReportExporter exporter;

    @Inject
    CurrentUser user;

    private final Clock clock = Clock.systemUTC();

    @GET
    @Path("/by-category")
    public Reports.ByCategory byCategory(@BeanParam ReportParameters parameters) {
        return reports.byCategory(user.id(), query(parameters));
    }

    @GET
    @Path("/largest")
    public Reports.Largest largest(@BeanParam ReportParameters parameters) {
        return reports.largest(user.id(), query(parameters), parameters.limit());
    }

    @GET
    @Path("/growth")
    public Reports.Growth growth(@BeanParam ReportParameters parameters) {
        return reports.growth(user.id(), query(parameters));
    }

    @GET
    @Path("/new-merchants")
    public Reports.NewMerchants newMerchants(@BeanParam ReportParameters parameters) {
        return reports.newMerchants(user.id(), query(parameters));
    }

    @GET
    @Path("/balance")
    public Reports.Balance balance(@BeanParam ReportParameters parameters) {
        return reports.balance(user.id(), query(parameters), parameters.interval());
    }

    @GET
    @Path("/highlights")
    public Reports.Highlights highlights(@BeanParam ReportParameters parameters) {
        return reports.highlights(user.id(), query(parameters));
    }

    @GET
    @Path("/{name}/export")
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
            @PathParam("name") String name,
            @QueryParam("format") String format,
            @BeanParam ReportParameters parameters) {
        ExportFormat exportFormat = formatOf(format);
        ReportQuery query = query(parameters);
        ReportTable table = switch (name) {
            case "by-category" -> tables.byCategory(reports.byCategory(user.id(), query));
            case "largest" -> tables.largest(reports.largest(user.id(), query, parameters.limit()));
            case "growth" -> tables.growth(reports.growth(user.id(), query));
            case "new-merchants" -> tables.newMerchants(reports.newMerchants(user.id(), query));
            case "balance" -> tables.balance(reports.balance(user.id(), query, parameters.interval()));
            case "highlights" -> tables.highlights(reports.highlights(user.id(), query));
            default -> throw new NotFoundException("report");
        };
        StreamingOutput body = out -> exporter.write(table, exportFormat, out);
        String fileName = name + "-" + query.from() + "-" + query.to() + "." + exportFormat.fileExtension();
        return Response.ok(body, exportFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private ReportQuery query(ReportParameters parameters) {
        return parameters.query(LocalDate.now(clock));
    }

    private static ExportFormat formatOf(String format) {
        try {
            return ExportFormat.fromString(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "Use csv, xlsx or pdf.");
        }
    }
}
