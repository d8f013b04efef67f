package org.tributary.importing.control.csv;

import java.util.List;

/** The result of reading a CSV export: its layout, the rows that are transactions, and the rows in error. */
public record CsvStatement(CsvLayout layout, List<ParsedRow> rows, List<RowError> errors, int skipped) {}
