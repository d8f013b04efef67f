/** Analysis: the analyse-worker on {@code ml-analyse} and the nightly round that feeds it. */
package org.tributary.analysis.boundary;
