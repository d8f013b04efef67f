package org.tributary.importing.entity;

/** The life of an import run, as the API reports it. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
