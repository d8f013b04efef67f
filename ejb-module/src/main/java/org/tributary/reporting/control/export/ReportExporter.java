package org.tributary.reporting.control.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in the format the user asked for; the entry point for the export resources. */
@ApplicationScoped
public class ReportExporter {

    /**
     * Reads the table's rows once and writes them to the stream, which stays open.
     *
     * @throws IllegalArgumentException when a row does not match the columns, or the report does not fit the
     *     format (more rows than an Excel sheet holds). A CSV may have been partly written by then; XLSX and PDF
     *     write nothing before the last row is read.
     */
    public void write(ReportTable table, ExportFormat format, OutputStream out) throws IOException {
        format.writer().write(table, out);
    }
}
