package org.tributary.importing.control.json;

import java.util.Arrays;
import java.util.List;

/**
 * Where in a document transaction lists lie, as JSON Pointers in which {@code *} stands for any index of an array:
 * {@code /accounts/*}{@code /transactions}.
 */
final class ListPattern {

    private final List<String[]> patterns;

    private ListPattern(List<String[]> patterns) {
        this.patterns = patterns;
    }

    static ListPattern of(String... pointers) {
        return new ListPattern(Arrays.stream(pointers).map(ListPattern::steps).toList());
    }

    /** Whether the value at the pointer is one of the lists. */
    boolean matches(String pointer) {
        String[] steps = steps(pointer);
        return patterns.stream().anyMatch(pattern -> pattern.length == steps.length && leadsTo(steps, pattern));
    }

    /** Whether one of the lists may lie inside the value at the pointer (or be it). */
    boolean mayHold(String pointer) {
        String[] steps = steps(pointer);
        return patterns.stream().anyMatch(pattern -> pattern.length >= steps.length && leadsTo(steps, pattern));
    }

    private static boolean leadsTo(String[] steps, String[] pattern) {
        for (int i = 0; i < steps.length; i++) {
            boolean index = pattern[i].equals("*")
                    && !steps[i].isEmpty()
                    && steps[i].chars().allMatch(Character::isDigit);
            if (!index && !pattern[i].equals(steps[i])) {
                return false;
            }
        }
        return true;
    }

    /** The steps of a pointer: none for the root, one for "/accounts". */
    private static String[] steps(String pointer) {
        return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    }
}
