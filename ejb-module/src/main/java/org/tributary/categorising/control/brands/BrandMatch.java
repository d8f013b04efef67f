package org.tributary.categorising.control.brands;

/**
 * A brand found in a text: the name it was found by (normalised, {@link BrandText}), and whether it was where a
 * merchant's name stands: at the start.
 */
public record BrandMatch(Brand brand, String key, boolean atStart) {}
