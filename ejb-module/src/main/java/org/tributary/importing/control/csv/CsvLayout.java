package org.tributary.importing.control.csv;

import java.util.List;

/**
 * What the detector found: the dialect, where the header is, and which column plays which role (−1: none).
 * This is also what the preview shows and what a user's confirmed mapping overrides.
 */
public record CsvLayout(
        String encoding,
        char delimiter,
        int headerLine,
        List<String> columns,
        int date,
        int valueDate,
        int amount,
        int debit,
        int credit,
        int direction,
        int description,
        int counterparty,
        int currency,
        int status,
        int externalId,
        AmountFormat amountFormat,
        DateFormat dateFormat,
        boolean invertSign) {}
