package org.tributary.reporting.control.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. The stream is flushed, never closed: it belongs to the caller. */
public interface ReportWriter {

    void write(ReportTable table, OutputStream out) throws IOException;
}
