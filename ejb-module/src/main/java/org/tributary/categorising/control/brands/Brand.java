package org.tributary.categorising.control.brands;

import org.tributary.categorising.control.Taxonomy;

/**
 * What one name in the index stands for: the brand as people know it, the category its kind of place belongs in,
 * and how much of the name's evidence points there (1 when every brand of that name is the same kind of place).
 * A weak name is a common word or very short ("NEXT", "ONE", "KFC") and counts only at the start of a descriptor;
 * a name that must stand alone (two letters, a word of our users' languages, a first name: "BP", "AVRIL",
 * "GEORGE") counts only there and followed by nothing but numbers or generic words ("BP 1234").
 */
public record Brand(String displayName, Taxonomy category, double share, boolean weak, boolean alone) {}
