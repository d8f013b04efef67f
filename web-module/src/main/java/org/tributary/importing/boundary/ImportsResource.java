package org.tributary.importing.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.tributary.importing.control.ImportLimits;
import org.tributary.importing.control.ImportPreview;
import org.tributary.importing.control.ImportUndo;
import org.tributary.importing.control.Imports;
import org.tributary.importing.control.UploadedFiles;
import org.tributary.importing.entity.ImportRun;
import org.tributary.platform.boundary.Problem;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.security.boundary.CurrentUser;
import org.tributary.security.boundary.SignedIn;

/** Uploading statement files and following their import. */
@Path("/imports")
@SignedIn
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    public record Accepted(UUID importId, String status) {}

    /** The parts of an upload, for /openapi (the resource reads them one by one). */
    public record Upload(
            @Schema(type = SchemaType.STRING, format = "binary", required = true)
            String file,

            UUID sourceId,
            String sourceName,
            String format,
            String mapping,

            @Schema(
                    description = "true or false: the file's amounts are upside down (remembered for the source);"
                            + " absent: as detected")
            Boolean flipSigns) {}

    public record ImportView(
            UUID importId,
            String status,
            String format,
            UUID sourceId,
            String fileName,
            String encoding,
            int rowsRead,
            int imported,
            int duplicates,
            int rejected,
            int skipped,
            int notHappened,
            boolean flipSigns,
            JsonArray errors,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            String failureReason,
            String failureCode,
            JsonArray failureArguments,
            LocalDate firstBooked,
            LocalDate lastBooked,
            Instant undoStartedAt,
            Instant undoneAt) {

        static ImportView of(ImportRun run) {
            JsonArray errors = run.getErrors() == null
                    ? Json.createArrayBuilder().build()
                    : Json.createReader(new StringReader(run.getErrors())).readArray();
            return new ImportView(
                    run.getId(),
                    run.getStatus().name(),
                    run.getFormat(),
                    run.getSourceId(),
                    run.getFileName(),
                    run.getEncoding(),
                    run.getRowsRead(),
                    run.getImported(),
                    run.getDuplicates(),
                    run.getRejected(),
                    run.getSkipped(),
                    run.getNotHappened(),
                    run.isFlipSigns(),
                    errors,
                    run.getCreatedAt(),
                    run.getStartedAt(),
                    run.getFinishedAt(),
                    run.getFailureReason(),
                    run.getFailureCode(),
                    run.getFailureArguments() == null
                            ? null
                            : Json.createReader(new StringReader(run.getFailureArguments()))
                                    .readArray(),
                    run.getFirstBooked(),
                    run.getLastBooked(),
                    run.getUndoStartedAt(),
                    run.getUndoneAt());
        }
    }

    @Inject
    Imports imports;

    @Inject
    ImportLimits limits;

    @Inject
    CurrentUser user;

    @Inject
    @ConfigProperty(name = "tributary.import.max-bytes", defaultValue = "104857600")
    long maxBytes;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = Accepted.class)))
    public Response upload(
            @RequestBody(content = @Content(schema = @Schema(implementation = Upload.class))) List<EntityPart> parts)
            throws IOException {
        EntityPart file =
                part(parts, "file").orElseThrow(() -> new InvalidInputException("file", "Choose a file to import."));
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            return Problem.of(
                            Response.Status.REQUEST_ENTITY_TOO_LARGE,
                            "A file may have at most " + maxBytes / (1024 * 1024) + " MB.")
                    .toResponse();
        }
        UUID sourceId = text(parts, "sourceId").map(ImportsResource::uuid).orElse(null);
        String fileName = file.getFileName().orElse("upload");
        String contentType =
                file.getMediaType() == null ? null : file.getMediaType().toString();
        ImportRun run = imports.accept(
                user.id(),
                sourceId,
                text(parts, "sourceName").orElse(null),
                fileName,
                contentType,
                content,
                text(parts, "format").orElse(null),
                text(parts, "mapping").orElse(null),
                flipSigns(parts));
        return Response.accepted(new Accepted(run.getId(), run.getStatus().name()))
                .build();
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(
            responseCode = "200",
            description = "What the importer would do with the file",
            content = @Content(schema = @Schema(implementation = ImportPreview.class)))
    public Response preview(
            @RequestBody(content = @Content(schema = @Schema(implementation = Upload.class))) List<EntityPart> parts)
            throws IOException {
        EntityPart file =
                part(parts, "file").orElseThrow(() -> new InvalidInputException("file", "Choose a file to preview."));
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (content.length > maxBytes) {
            return tooLarge();
        }
        // The preview reads no more than an import may hold: the same bounds as the upload (decision 38).
        limits.checkLineCount(content);
        ImportPreview preview = ImportPreview.of(
                content,
                text(parts, "format").orElse(null),
                text(parts, "mapping").orElse(null),
                flipSigns(parts));
        limits.checkRowCount(preview.rows());
        return Response.ok(preview.withAccount(imports.propose(user.id(), preview, content)))
                .build();
    }

    /** The files imported into a source, newest first (an addition to API.md: docs/api-additions.md). */
    @GET
    public List<ImportView> ofSource(@QueryParam("source") UUID sourceId) {
        if (sourceId == null) {
            throw new InvalidInputException("source", "Give the source whose files to list.");
        }
        return imports.ofSource(user.id(), sourceId).stream()
                .map(ImportView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    public ImportView get(@PathParam("id") UUID id) {
        return ImportView.of(imports.find(user.id(), id));
    }

    /**
     * Takes the import's transactions out of the ledger and the reports; rows a later file also held stay,
     * as that file's (decision 27). 409 while the import runs.
     */
    @POST
    @Path("/{id}/undo")
    public ImportView undo(@PathParam("id") UUID id) {
        undo.undo(user.id(), id);
        return ImportView.of(imports.find(user.id(), id));
    }

    @Inject
    ImportUndo undo;

    @Inject
    UploadedFiles files;

    /** The file exactly as it was uploaded (an addition to API.md), opened from its sealed bytes as it is sent. */
    @GET
    @Path("/{id}/file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @APIResponse(
            responseCode = "200",
            description = "the uploaded file",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("id") UUID id) {
        ImportRun run = imports.find(user.id(), id);
        StreamingOutput body = out -> {
            try {
                files.copyTo(run.getId(), out);
            } catch (SQLException e) {
                throw new IOException("the stored file could not be read", e);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", attachment(run.getFileName()))
                .build();
    }

    /** RFC 6266: a plain ASCII name for old clients and the exact name, percent-encoded UTF-8, for the rest. */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String exact = java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    /** The file's bytes, or empty when it is larger than the limit (reading stops one byte past it). */
    private Optional<byte[]> withinLimit(EntityPart file) throws IOException {
        try (InputStream in = file.getContent()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return content.length > maxBytes ? Optional.empty() : Optional.of(content);
        }
    }

    private Response tooLarge() {
        return Problem.of(
                        Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        "A file may have at most " + maxBytes / (1024 * 1024) + " MB.")
                .toResponse();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static Optional<String> text(List<EntityPart> parts, String name) {
        return part(parts, name)
                .map(p -> {
                    try {
                        return p.getContent(String.class).strip();
                    } catch (IOException e) {
                        throw new InvalidInputException(name, "Unreadable.");
                    }
                })
                .filter(s -> !s.isEmpty());
    }

    /** "true": the amounts are upside down (a card issuer's export), "false": they are right; absent: detect. */
    private static Boolean flipSigns(List<EntityPart> parts) {
        return text(parts, "flipSigns")
                .map(value -> switch (value) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new InvalidInputException("flipSigns", "flipSigns is true or false.");
                })
                .orElse(null);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sourceId", "Not a source id.");
        }
    }
}
