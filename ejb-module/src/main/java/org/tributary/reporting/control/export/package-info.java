/**
 * Writing a report as CSV, XLSX or PDF. A {@link org.tributary.reporting.control.export.ReportTable} is the
 * neutral shape of any report; its rows are streamed once through the chosen writer, so the size of an export
 * is bounded by the output, not by memory.
 */
package org.tributary.reporting.control.export;
