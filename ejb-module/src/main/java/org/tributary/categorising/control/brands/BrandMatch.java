package org.tributary.categorising.control.brands;

/** A brand found in a text, and whether it was where a merchant's name stands: at the start. */
public record BrandMatch(Brand brand, boolean atStart) {}
