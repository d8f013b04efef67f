package org.tributary.transactions.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The filters of the transaction list; null means "any". */
public record TransactionQuery(
        LocalDate from,
        LocalDate to,
        List<String> categories,
        List<String> sourceKinds,
        List<UUID> sources,
        String type,
        String text,
        int page,
        int size) {}
