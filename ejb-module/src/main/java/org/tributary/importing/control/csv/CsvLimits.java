package org.tributary.importing.control.csv;

/**
 * What a CSV export may hold, so that reading it takes time linear in its size and memory bounded by these
 * figures, whatever arrives (decision 38). A line or record over its bound is a file-level fault (the rows after
 * it cannot be told apart any more): the file is refused with the line number. A cell over its bound is a row
 * fault: that row is reported with its line number, the others are read.
 */
final class CsvLimits {

    /** Characters in one physical line; banks' lines are a few hundred. */
    static final int MAX_LINE = 16_384;

    /**
     * Physical lines one record may span (a quoted cell with line breaks): an unclosed quote is found here
     * rather than after the rest of the file has been glued into one cell, which OpenCSV does in quadratic time.
     */
    static final int MAX_RECORD_LINES = 50;

    /** Characters in one cell; a description longer than {@code Descriptions.MAX} is kept cut, a cell longer than this refused. */
    static final int MAX_CELL = 4_096;

    private CsvLimits() {}
}
