/**
 * The learned layer of categorising: an in-process sentence-embedding model (all-MiniLM-L6-v2, quantised, run by
 * ONNX Runtime inside the server) that files a merchant like the most similar merchants the user or the shipped
 * examples filed, or, failing that, under the category whose description it is closest to.
 */
package org.tributary.categorising.control.model;
