package org.tributary.reporting.control;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.tributary.categorising.control.EnglishCategoryName;

/**
 * A transaction as reports show it: in its own currency, and in the user's base currency (null when no
 * rate was available for its day).
 */
public record ReportTransaction(
        UUID id,
        LocalDate date,
        BigDecimal amount,
        String currency,
        String description,
        String merchant,
        @JsonbTypeAdapter(EnglishCategoryName.class) String category,
        String type,
        UUID sourceId,
        String sourceKind,
        String sourceName,
        BigDecimal baseAmount) {}
