package org.tributary.importing.control.statement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a bank's status column says about a row: booked, pending, or never happened (declined, failed,
 * cancelled, reversed). The words are data ({@code row-statuses.txt}, decision 34), in the languages of the
 * exports we read; a value is compared without case and accents, word by word, so "Umsatz vorgemerkt" is
 * pending and "DECLINED" is not happened. A value without a known word is booked, as rows always were.
 */
public final class RowStatus {

    public enum Kind {
        BOOKED,
        PENDING,
        NOT_HAPPENED
    }

    /** A status cell longer than this is free text, not a status: it is read as booked. */
    private static final int LONGEST_STATUS = 80;

    private static final Map<String, List<String>> WORDS = WordLists.load(RowStatus.class, "row-statuses.txt");
    private static final List<String> NOT_HAPPENED = WORDS.get("not happened");
    private static final List<String> PENDING = WORDS.get("pending");

    private RowStatus() {}

    public static Kind of(String value) {
        if (value == null || value.isBlank() || value.length() > LONGEST_STATUS) {
            return Kind.BOOKED;
        }
        String words = WordLists.words(value);
        if (WordLists.containsAny(words, NOT_HAPPENED)) {
            return Kind.NOT_HAPPENED;
        }
        return WordLists.containsAny(words, PENDING) ? Kind.PENDING : Kind.BOOKED;
    }

    /** The header names of a status column, lower case, without accents. */
    public static Set<String> columnNames() {
        return WORDS.get("column").stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
    }
}
