package org.tributary.reporting.control.export;

import java.util.Locale;
import java.util.function.Supplier;

/** The formats a report can be exported in, with what an HTTP response needs to name them. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv", CsvReportWriter::new),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", XlsxReportWriter::new),
    PDF("application/pdf", "pdf", PdfReportWriter::new);

    private final String mediaType;
    private final String fileExtension;
    private final Supplier<ReportWriter> writer;

    ExportFormat(String mediaType, String fileExtension, Supplier<ReportWriter> writer) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    /** @return the extension without its dot, e.g. "xlsx" */
    public String fileExtension() {
        return fileExtension;
    }

    public ReportWriter writer() {
        return writer.get();
    }

    /**
     * Case-insensitive, so that a JAX-RS parameter {@code ?format=csv} converts (JAX-RS prefers {@code fromString}
     * over {@code valueOf} for enums).
     *
     * @throws IllegalArgumentException for an unknown format
     */
    public static ExportFormat fromString(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
