package org.tributary.asking.control;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An answer in words, the figures it rests on, and (when the question could not be answered) questions that
 * can be.
 */
public record Answer(String answer, List<Source> sources, List<String> suggestions) {

    /**
     * One report the answer used: its name as in the API (by-category, largest, growth, new-merchants,
     * merchant, recurring), the parameters it was asked with, the figures taken from it, and the transactions
     * behind them (the largest first, at most {@link Asking#MOST_IDS}).
     */
    public record Source(
            String report, Map<String, Object> parameters, Map<String, Object> figures, List<UUID> transactionIds) {}
}
