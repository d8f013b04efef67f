package org.tributary.reporting.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first few of many items in an order, without sorting them all: a year of a real ledger has tens of
 * thousands of merchants that grew or are new, and the overview shows ten or twenty of them.
 */
final class FirstInOrder {

    private FirstInOrder() {}

    /** The first {@code n} of the items in the given order (all of them, in order, if there are fewer). */
    static <T> List<T> of(Iterable<T> items, Comparator<? super T> order, int n) {
        if (n <= 0) {
            return List.of();
        }
        // The kept items, the last in order on top, so a better item replaces it.
        PriorityQueue<T> kept = new PriorityQueue<>(Math.min(n, 1_024) + 1, order.reversed());
        for (T item : items) {
            if (kept.size() < n) {
                kept.add(item);
            } else if (order.compare(item, kept.peek()) < 0) {
                kept.poll();
                kept.add(item);
            }
        }
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        return first;
    }
}
