package org.tributary.transactions.control;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tributary.categorising.control.CategoryNames;

/** The filters of the transaction list, null or empty meaning "any"; id picks one transaction. */
public record TransactionQuery(
        LocalDate from,
        LocalDate to,
        List<String> categories,
        List<String> sourceKinds,
        List<UUID> sources,
        String type,
        String text,
        UUID id,
        int page,
        int size) {

    public TransactionQuery {
        categories = categories == null
                ? null
                : categories.stream().map(CategoryNames::key).toList();
    }
}
