package org.tributary.importing.control.statement;

import java.util.List;

/** What any reader makes of a file: its rows, the rows in error, and how many lines were skipped on purpose. */
public record Statement(String format, String encoding, List<ParsedRow> rows, List<RowError> errors, int skipped) {}
