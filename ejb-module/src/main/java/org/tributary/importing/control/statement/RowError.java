package org.tributary.importing.control.statement;

/** A row that could not be read, with its line number and the reason in words. */
public record RowError(int line, String reason) {}
