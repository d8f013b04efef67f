package org.tributary.categorising.control;

/**
 * Which layer gave a transaction its category, as stored in {@code transactions.categorised_by} and served as
 * {@code categorisedBy}. The layers are tried in this order; the first sure enough wins.
 */
public enum CategorisedBy {
    /** The user chose it for this transaction. */
    USER,
    /** A rule: one the user taught, or a built-in keyword (the reason says which). */
    RULE,
    /** The merchant is a known brand (OpenStreetMap's name-suggestion-index). */
    BRAND,
    /** The in-process embedding model: like merchants the user or the shipped set filed, or the category's description. */
    MODEL,
    /** The optional language model behind {@code ml-categorise}. */
    LLM,
    /** Nothing was sure enough: "Uncategorised". */
    NONE
}
