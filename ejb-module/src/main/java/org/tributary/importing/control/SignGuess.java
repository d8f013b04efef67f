package org.tributary.importing.control;

/**
 * What {@link SignConvention} makes of a file's signs: whether its amounts look upside down (a card issuer's
 * export: charges positive, payments negative) and how sure that is, from 0 to 1. Only a sure guess turns the
 * amounts round by itself; an unsure one is a question the preview asks (decision 34).
 */
public record SignGuess(boolean upsideDown, double confidence) {

    /** At or above this, an upside-down file is turned round without asking. */
    public static final double SURE = 0.8;

    public static final SignGuess AS_IS = new SignGuess(false, 1.0);

    public boolean sure() {
        return confidence >= SURE;
    }

    /** Whether to turn the amounts round when the person has not said. */
    public boolean flip() {
        return upsideDown && sure();
    }
}
