package org.tributary.importing.control;

/**
 * A ledger entry with its record number in the file: the raw record's key, since several records may
 * share a line (an OFX file written on one line).
 */
record NumberedEntry(int recordNo, LedgerEntry entry) {}
