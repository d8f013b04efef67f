package org.tributary.asking.control;

import java.util.List;

/**
 * A question understood: what it asks, the periods it names (none: the one the page shows, else this month),
 * the category and merchants it is about (null and empty: all), and how many rows it wants ("top 5").
 */
record Question(Intent intent, List<AskedPeriod> periods, String category, List<String> merchants, int count) {}
