package org.tributary.importing.control;

import java.io.Serializable;
import org.tributary.importing.control.statement.ParsedRow;

/** A row of the file with its record number and how many identical rows came before it in the file. */
record ImportItem(int recordNo, ParsedRow row, int occurrence) implements Serializable {}
