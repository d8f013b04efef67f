package org.tributary.reporting.control.export;

/** The charts an export can carry. */
public enum ChartKind {
    /** Vertical bars, one group per row, one bar per value column. */
    BAR,
    /** One value column as slices of a circle. */
    PIE,
    /** A pie with a hole. */
    DOUGHNUT
}
