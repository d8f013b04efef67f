package org.tributary.categorising.control;

/**
 * One layer's answer: a category (a {@link Taxonomy} name or a user's own), the layer, how sure it is (0..1)
 * and why, as a {@link CategoryReason} code that the boundary turns into words in the user's language.
 */
public record Suggestion(String category, CategorisedBy by, double confidence, String reason) {

    public Suggestion {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("a suggestion names a category");
        }
        confidence = Math.max(0, Math.min(1, confidence));
    }
}
