package org.tributary.categorising.control.model;

import org.tributary.categorising.control.Taxonomy;
import org.tributary.categorising.control.Taxonomy.Kind;

/**
 * Which categories the direction of the money leaves open. Money out is spending or a transfer, never income;
 * money in is income or a transfer, or a refund, which keeps the category of what was bought (a refund from a
 * shop is negative shopping, not income) but only when the merchant is all but the same as one filed there.
 * A user's own category is not in the {@link Taxonomy}: it is taken to be spending, as almost all of them are.
 */
final class MoneyDirection {

    private MoneyDirection() {}

    static Kind kindOf(String category) {
        return Taxonomy.byStoredName(category).map(Taxonomy::kind).orElse(Kind.EXPENSE);
    }

    /** Whether money in the direction {@code sign} may have this kind of category without more evidence. */
    static boolean allows(Kind kind, int sign) {
        return switch (kind) {
            case NONE -> false;
            case TRANSFER -> true;
            case INCOME -> sign >= 0;
            case EXPENSE -> sign <= 0;
        };
    }

    /** Whether money coming in may be a refund of spending in this kind of category. */
    static boolean mayBeRefund(Kind kind, int sign) {
        return sign > 0 && kind == Kind.EXPENSE;
    }
}
