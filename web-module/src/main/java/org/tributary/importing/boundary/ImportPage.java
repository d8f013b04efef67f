package org.tributary.importing.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.tributary.importing.control.AccountProposal;
import org.tributary.importing.control.ImportLimits;
import org.tributary.importing.control.ImportPreview;
import org.tributary.importing.control.Imports;
import org.tributary.importing.control.QuotaExceededException;
import org.tributary.importing.control.TooManyRowsException;
import org.tributary.importing.control.UnsupportedFormatException;
import org.tributary.importing.control.statement.UnreadableStatementException;
import org.tributary.importing.entity.ImportRun;
import org.tributary.importing.entity.ImportStatus;
import org.tributary.platform.boundary.PageMessages;
import org.tributary.platform.boundary.PortalWords;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.NoRoom;
import org.tributary.security.boundary.SignedInUser;
import org.tributary.sources.control.Sources;
import org.tributary.sources.entity.Source;
import org.tributary.sources.entity.SourceKind;

/**
 * Adding a bank file, in three steps on one page: drop the file and see what was understood (the preview,
 * where a wrongly guessed CSV column can be corrected), start the import, then follow it until it is done.
 * The same services as {@code /api/v1/imports}: {@link ImportPreview} and {@link Imports}.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportPage.class.getName());

    /** A rejected line of the file and the reason in words. */
    public record Rejected(int line, String reason) implements Serializable {}

    @Inject
    transient Imports imports;

    @Inject
    transient SignedInUser user;

    @Inject
    transient ImportLimits limits;

    @Inject
    transient PendingUploads uploads;

    @Inject
    @ConfigProperty(name = "tributary.import.max-bytes", defaultValue = "104857600")
    long maxBytes;

    /** The dropped file's id in {@link PendingUploads}: the bytes stay on disk, never in the view state. */
    private UUID uploadId;

    private String fileName;
    private String contentType;
    private ImportPreview preview;
    private String mappingJson;
    private String dateColumn;
    private String amountColumn;
    private String descriptionColumn;

    /** The person's answer to "are the amounts upside down?"; null until they answer (decision 34). */
    private Boolean flipChoice;

    /** "Which account is this?": a source's id, or {@link #NEW_ACCOUNT}. */
    private String account;

    private String newAccountName;
    private AccountProposal proposal;
    private final List<SelectItem> accounts = new ArrayList<>();

    static final String NEW_ACCOUNT = "new";

    @Inject
    transient Sources sources;

    private UUID importId;
    private ImportStatus status;
    private int rowsRead;
    private int imported;
    private int duplicates;
    private int rejected;
    private int notHappened;
    private String failureReason;
    private final List<Rejected> rejectedLines = new ArrayList<>();

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        reset();
        try (InputStream in = file.getInputStream()) {
            uploadId = uploads.keep(user.id(), in);
        } catch (IOException | UncheckedIOException e) {
            if (NoRoom.causes(e)) {
                noRoom(e);
                return;
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (UncheckedIOException) e;
        }
        fileName = file.getFileName();
        contentType = file.getContentType();
        if (preview(null)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> detected = preview.mapping();
            dateColumn = (String) detected.get("date");
            amountColumn = detected.get("amount") instanceof String column ? column : null;
            descriptionColumn = (String) detected.get("description");
            proposeAccount();
        }
    }

    /** Pre-fills "which account is this?" from what the file says, among the person's file sources. */
    private void proposeAccount() {
        byte[] content = uploads.read(user.id(), uploadId);
        proposal = content == null ? null : imports.propose(user.id(), preview, content);
        accounts.clear();
        String usual = null;
        for (Source source : sources.list(user.id())) {
            if (source.getKind() == SourceKind.FILE) {
                String label = source.getAccountLastFour() == null
                        ? source.getName()
                        : source.getName() + " (···" + source.getAccountLastFour() + ")";
                accounts.add(new SelectItem(source.getId().toString(), label));
                usual = usual == null ? source.getId().toString() : usual;
            }
        }
        accounts.add(new SelectItem(NEW_ACCOUNT, PageMessages.text("import.account.new")));
        account = proposal == null
                ? (usual == null ? NEW_ACCOUNT : usual)
                : (proposal.sourceId() == null
                        ? NEW_ACCOUNT
                        : proposal.sourceId().toString());
        newAccountName = null;
    }

    /**
     * The name a new account gets unless the person types another, shown in the empty field: the server
     * makes it again from the file, so it never travels through the form.
     */
    public String getProposedName() {
        return proposal == null || proposal.sourceId() != null ? "" : proposal.sourceName();
    }

    /** Shows the rows again as read with the columns the person chose. */
    public void applyColumns() {
        if (uploadId == null || preview == null) {
            return;
        }
        JsonObjectBuilder mapping = Json.createObjectBuilder();
        preview.mapping().forEach((key, value) -> {
            if (value instanceof String text) {
                mapping.add(key, text);
            } else if (value instanceof Boolean flag) {
                mapping.add(key, flag);
            } else if (value instanceof Integer number) {
                mapping.add(key, number);
            } else if (value instanceof Map<?, ?> split) {
                JsonObjectBuilder columns = Json.createObjectBuilder();
                split.forEach((k, v) -> columns.add(String.valueOf(k), String.valueOf(v)));
                mapping.add(key, columns);
            }
        });
        mapping.add("date", dateColumn);
        if (amountColumn != null) {
            mapping.add("amount", amountColumn);
        }
        if (descriptionColumn != null) {
            mapping.add("description", descriptionColumn);
        }
        String chosen = mapping.build().toString();
        if (preview(chosen)) {
            mappingJson = chosen;
            PageMessages.info(PageMessages.text("import.columnsApplied"));
        }
    }

    public void start() {
        byte[] content = uploads.read(user.id(), uploadId);
        if (content == null) {
            PageMessages.error(null, PageMessages.text("import.fileGone"));
            return;
        }
        try {
            // A new account without a name gets the proposed one, or without an account in the file the
            // default "Uploaded files".
            boolean isNew = NEW_ACCOUNT.equals(account) || account == null;
            String name = newAccountName == null || newAccountName.isBlank() ? null : newAccountName.strip();
            ImportRun run = imports.accept(
                    user.id(),
                    isNew ? null : UUID.fromString(account),
                    isNew ? name : null,
                    fileName,
                    contentType,
                    content,
                    null,
                    mappingJson,
                    flipChoice);
            importId = run.getId();
            status = run.getStatus();
            uploads.discard(user.id(), uploadId);
            uploadId = null;
        } catch (InvalidInputException e) {
            if (e.errors().stream().anyMatch(error -> error.field().startsWith("source"))) {
                PageMessages.error(
                        "import-form:account",
                        PageMessages.text("import.account.refused", proposal == null ? "" : proposal.lastFour()));
            } else {
                PageMessages.error("import-form:file", PageMessages.text("import.unreadable", e.getMessage()));
            }
        } catch (UnreadableStatementException e) {
            PageMessages.error("import-form:file", PortalWords.unreadable(e));
        } catch (TooManyRowsException e) {
            PageMessages.error("import-form:file", PortalWords.unreadable(e));
        } catch (QuotaExceededException e) {
            PageMessages.error(
                    "import-form:file",
                    PageMessages.text("import.quota." + e.code(), e.arguments().toArray()));
        } catch (RuntimeException e) {
            if (!NoRoom.causes(e)) {
                throw e;
            }
            noRoom(e);
        }
    }

    /** A full disk, the database's or this server's: nothing was kept; the person may try again later. */
    private static void noRoom(Exception e) {
        LOG.severe(() -> "no room left to store an upload (disk full): " + e);
        PageMessages.error("import-form:file", PageMessages.text("import.noRoom"));
    }

    /** Called every second by the page's poll until the run has finished. */
    public void refresh() {
        if (importId == null) {
            return;
        }
        ImportRun run = imports.find(user.id(), importId);
        status = run.getStatus();
        rowsRead = run.getRowsRead();
        imported = run.getImported();
        duplicates = run.getDuplicates();
        rejected = run.getRejected();
        notHappened = run.getNotHappened();
        failureReason = run.getFailureReason() == null ? null : PortalWords.importFailure(run);
        rejectedLines.clear();
        if (run.getErrors() != null) {
            JsonArray errors =
                    Json.createReader(new StringReader(run.getErrors())).readArray();
            for (JsonValue error : errors) {
                JsonObject row = error.asJsonObject();
                JsonArray arguments = row.getJsonArray("arguments");
                rejectedLines.add(new Rejected(
                        row.getInt("line", 0),
                        PortalWords.rowError(
                                row.getString("code", null),
                                arguments == null
                                        ? List.of()
                                        : arguments.getValuesAs(JsonString.class).stream()
                                                .map(JsonString::getString)
                                                .toList(),
                                row.getString("reason", ""))));
            }
        }
    }

    /** "Amounts are upside down" or back: the rows are shown the other way round, and imported so. */
    public void flipSigns() {
        if (uploadId == null || preview == null) {
            return;
        }
        Boolean before = flipChoice;
        flipChoice = !preview.signs().flipped();
        if (!preview(mappingJson)) {
            flipChoice = before;
        }
    }

    public void startOver() {
        reset();
    }

    private boolean preview(String mapping) {
        byte[] content = uploads.read(user.id(), uploadId);
        if (content == null) {
            PageMessages.error("import-form:file", PageMessages.text("import.fileGone"));
            reset();
            return false;
        }
        try {
            limits.checkLineCount(content);
            ImportPreview read = ImportPreview.of(content, null, mapping, flipChoice);
            limits.checkRowCount(read.rows());
            preview = read;
            return true;
        } catch (TooManyRowsException e) {
            PageMessages.error("import-form:file", PortalWords.unreadable(e));
        } catch (UnsupportedFormatException e) {
            PageMessages.error("import-form:file", PageMessages.text("import.unsupported"));
        } catch (UnreadableStatementException e) {
            PageMessages.error("import-form:file", PortalWords.unreadable(e));
        } catch (InvalidInputException e) {
            PageMessages.error("import-form:file", PageMessages.text("import.unreadable", e.getMessage()));
        }
        if (mapping == null) {
            reset();
        }
        return false;
    }

    private void reset() {
        if (uploadId != null) {
            uploads.discard(user.id(), uploadId);
            uploadId = null;
        }
        fileName = null;
        contentType = null;
        preview = null;
        mappingJson = null;
        dateColumn = null;
        amountColumn = null;
        descriptionColumn = null;
        flipChoice = null;
        account = null;
        newAccountName = null;
        proposal = null;
        accounts.clear();
        importId = null;
        status = null;
        rowsRead = 0;
        imported = 0;
        duplicates = 0;
        rejected = 0;
        notHappened = 0;
        failureReason = null;
        rejectedLines.clear();
    }

    public boolean isPreviewing() {
        return preview != null && importId == null;
    }

    public boolean isRunning() {
        return importId != null && !isFinished();
    }

    public boolean isFinished() {
        return status == ImportStatus.COMPLETED || status == ImportStatus.FAILED;
    }

    public boolean isCsv() {
        return preview != null && "csv".equals(preview.format());
    }

    public List<Map<String, Object>> getSample() {
        return preview == null ? List.of() : preview.sample();
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }

    public UUID getImportId() {
        return importId;
    }

    public String getStatus() {
        return status == null ? "" : status.name();
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getImported() {
        return imported;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getRejected() {
        return rejected;
    }

    public int getNotHappened() {
        return notHappened;
    }

    /** Whether the preview says anything about the signs: they look upside down, or the person has answered. */
    public boolean isSignsQuestion() {
        return preview != null && (preview.signs().upsideDown() || flipChoice != null);
    }

    public boolean isSignsFlipped() {
        return preview != null && preview.signs().flipped();
    }

    public boolean isFlipChosen() {
        return flipChoice != null;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public List<Rejected> getRejectedLines() {
        return rejectedLines;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getNewAccountName() {
        return newAccountName;
    }

    public void setNewAccountName(String newAccountName) {
        this.newAccountName = newAccountName;
    }

    public AccountProposal getProposal() {
        return proposal;
    }

    public List<SelectItem> getAccounts() {
        return accounts;
    }

    public String getDateColumn() {
        return dateColumn;
    }

    public void setDateColumn(String dateColumn) {
        this.dateColumn = dateColumn;
    }

    public String getAmountColumn() {
        return amountColumn;
    }

    public void setAmountColumn(String amountColumn) {
        this.amountColumn = amountColumn;
    }

    public String getDescriptionColumn() {
        return descriptionColumn;
    }

    public void setDescriptionColumn(String descriptionColumn) {
        this.descriptionColumn = descriptionColumn;
    }
}
