package org.tributary.importing.control.csv;

/** A row that could not be read, with its line number and the reason in words. */
public record RowError(int line, String reason) {}
