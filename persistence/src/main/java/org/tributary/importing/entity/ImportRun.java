package org.tributary.importing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One pass of the import job over one upload or sync. It moves QUEUED → RUNNING → COMPLETED or FAILED
 * and only forward: a run that has finished is never restarted by a redelivered message.
 */
@Entity
@Table(name = "import_runs")
public class ImportRun {

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "source_id")
    private UUID sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    private String format;

    @Column(name = "file_name")
    private String fileName;

    // The counters, the encoding and the errors are written by the import job's JDBC writer, never by JPA.
    @Column(name = "rows_read", insertable = false, updatable = false)
    private int rowsRead;

    @Column(insertable = false, updatable = false)
    private int imported;

    @Column(insertable = false, updatable = false)
    private int duplicates;

    @Column(insertable = false, updatable = false)
    private int rejected;

    @Column(insertable = false, updatable = false)
    private int skipped;

    /** Rows the bank says never happened (decision 34), written by the import job. */
    @Column(name = "not_happened", insertable = false, updatable = false)
    private int notHappened;

    @Column(insertable = false, updatable = false)
    private String encoding;

    /** The rows that could not be read, as a JSON array of {"line", "reason"}. */
    @Column(insertable = false, updatable = false)
    private String errors;

    @Column(name = "analytics_loaded", insertable = false, updatable = false)
    private boolean analyticsLoaded;

    /** Whether the file's amounts are read turned round (a card issuer's export; decision 34). */
    @Column(name = "flip_signs", nullable = false)
    private boolean flipSigns;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "failure_code")
    private String failureCode;

    /** The values of the failure's code, as a JSON array of strings. */
    @Column(name = "failure_arguments")
    private String failureArguments;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    // The date range is written by the import job's writer, the undo by ImportUndo's SQL.
    @Column(name = "first_booked", insertable = false, updatable = false)
    private LocalDate firstBooked;

    @Column(name = "last_booked", insertable = false, updatable = false)
    private LocalDate lastBooked;

    @Column(name = "undo_started_at", insertable = false, updatable = false)
    private Instant undoStartedAt;

    @Column(name = "undone_at", insertable = false, updatable = false)
    private Instant undoneAt;

    /** Fetched from a bank's API by a sync, rather than uploaded. */
    @Column(nullable = false)
    private boolean fetched;

    /** The first day the sync asked the bank for; null for an upload. */
    @Column(name = "fetched_since")
    private LocalDate fetchedSince;

    protected ImportRun() {}

    public ImportRun(UUID userId, UUID sourceId, String format, String fileName) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.sourceId = sourceId;
        this.format = format;
        this.fileName = fileName;
        this.status = ImportStatus.QUEUED;
        this.createdAt = Instant.now();
    }

    /** A run a sync fills with what it fetches from the bank. */
    public static ImportRun fetched(UUID userId, UUID sourceId, String format, String fileName) {
        ImportRun run = new ImportRun(userId, sourceId, format, fileName);
        run.fetched = true;
        return run;
    }

    /** What a sync received covers the days from {@code since} to today. */
    public void fetchedFrom(LocalDate since) {
        this.fetchedSince = since;
    }

    public boolean isFetched() {
        return fetched;
    }

    public boolean isFinished() {
        return status == ImportStatus.COMPLETED || status == ImportStatus.FAILED;
    }

    /** Takes a queued run for one job; false when another delivery of the same request already did. */
    public boolean claim(Instant now) {
        if (status != ImportStatus.QUEUED) {
            return false;
        }
        this.status = ImportStatus.RUNNING;
        this.startedAt = now;
        return true;
    }

    /** A claimed run whose job never started goes back to the queue's hands. */
    public void release() {
        if (status == ImportStatus.RUNNING && jobExecutionId == null) {
            this.status = ImportStatus.QUEUED;
            this.startedAt = null;
        }
    }

    public void attachJob(long jobExecutionId) {
        this.jobExecutionId = jobExecutionId;
    }

    public void complete(Instant now) {
        this.status = ImportStatus.COMPLETED;
        this.finishedAt = now;
    }

    /**
     * @param code why, for the portal to word in the reader's language
     * @param arguments the code's values, as a JSON array of strings
     */
    public void fail(String reason, String code, String arguments, Instant now) {
        this.status = ImportStatus.FAILED;
        this.failureReason = reason;
        this.failureCode = code;
        this.failureArguments = arguments;
        this.finishedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public UUID getSourceId() {
        return sourceId;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
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

    public int getSkipped() {
        return skipped;
    }

    public int getNotHappened() {
        return notHappened;
    }

    public boolean isFlipSigns() {
        return flipSigns;
    }

    public void readSignsFlipped(boolean flipped) {
        this.flipSigns = flipped;
    }

    public String getEncoding() {
        return encoding;
    }

    public String getErrors() {
        return errors;
    }

    public boolean isAnalyticsLoaded() {
        return analyticsLoaded;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public String getFailureArguments() {
        return failureArguments;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public LocalDate getFirstBooked() {
        return firstBooked;
    }

    public LocalDate getLastBooked() {
        return lastBooked;
    }

    /** Asked to be undone; its rows may still be on their way out of the reports until {@link #getUndoneAt()}. */
    public Instant getUndoStartedAt() {
        return undoStartedAt;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }
}
