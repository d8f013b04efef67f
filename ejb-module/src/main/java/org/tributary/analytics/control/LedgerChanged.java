package org.tributary.analytics.control;

import java.util.UUID;

/** A person's reports read something new: their own report stamp is now stamp ({@link ReportStamps}). */
public record LedgerChanged(UUID userId, long stamp) {}
