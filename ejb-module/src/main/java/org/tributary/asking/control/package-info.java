/**
 * Asking: questions about one's own money in plain words (English, Russian), understood offline and answered
 * from the reports, with the figures and transactions each answer rests on.
 */
package org.tributary.asking.control;
