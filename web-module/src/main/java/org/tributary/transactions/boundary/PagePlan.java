package org.tributary.transactions.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tributary.transactions.control.Seek;
import org.tributary.transactions.control.TransactionView;

/**
 * How to read the page at a position of the list: next to the page shown before when that is nearest (the
 * next and previous pages, and the nearby pages the paginator links to), else from whichever end is nearer.
 * The skip is what the read passes over in the index: nothing for the next page, however deep it lies.
 */
record PagePlan(Seek seek, int size) {

    /**
     * @param shown the rows of the page shown before, in the same list (same filters and order), or empty
     * @param total how many rows the list has, or -1 while that is not known exactly
     */
    static PagePlan of(int first, int size, int shownFirst, List<TransactionView> shown, long total) {
        List<PagePlan> candidates = new ArrayList<>();
        candidates.add(new PagePlan(Seek.fromStart(first), size));
        if (!shown.isEmpty()) {
            int shownEnd = shownFirst + shown.size();
            if (first == shownFirst) {
                candidates.add(new PagePlan(Seek.at(shown.get(0)), size));
            } else if (first >= shownEnd) {
                candidates.add(new PagePlan(Seek.after(shown.get(shown.size() - 1), first - shownEnd), size));
            } else if (first + size <= shownFirst) {
                candidates.add(new PagePlan(Seek.before(shown.get(0), shownFirst - first - size), size));
            }
        }
        if (total >= 0 && first < total) {
            long end = Math.min(total, (long) first + size);
            candidates.add(new PagePlan(Seek.fromEnd(total - end), (int) (end - first)));
        }
        return candidates.stream()
                .min(Comparator.comparingLong(plan -> plan.seek().skip()))
                .orElseThrow();
    }
}
