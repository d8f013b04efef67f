package org.tributary.reporting.control.export;

import java.util.Objects;

/** One filter that produced a report, as the reader should see it: "Period" → "2026-01-01 – 2026-01-31". */
public record ReportFilter(String label, String value) {

    public ReportFilter {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
