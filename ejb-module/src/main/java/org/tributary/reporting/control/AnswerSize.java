package org.tributary.reporting.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * How big a report's answer is, in rows: one for the answer, and for each list or map in it (in its records,
 * however nested) one a element. Elements are not looked into: a row is a row, whatever it holds.
 */
final class AnswerSize {

    private AnswerSize() {}

    static int rows(Object answer) {
        long rows = 1 + inside(answer);
        return (int) Math.min(rows, Integer.MAX_VALUE);
    }

    private static long inside(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        if (value == null || !value.getClass().isRecord()) {
            return 0;
        }
        long rows = 0;
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            try {
                rows += inside(component.getAccessor().invoke(value));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of a report's answer", e);
            }
        }
        return rows;
    }
}
