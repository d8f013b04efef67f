/**
 * Brands: the brand behind a bank descriptor ("FIX PRICE 3321 KAZAN RUS" is Fix Price, a variety store) and the
 * category that kind of place belongs in, from OpenStreetMap's name-suggestion-index (decision 21).
 */
package org.tributary.categorising.control.brands;
