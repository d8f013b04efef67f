package org.tributary.sources.entity;

/** Where a source's transactions come from. */
public enum SourceKind {
    BANK_API,
    FILE,
    CASH
}
