package org.tributary.importing.control.statement;

/**
 * Runs of white space (space, tab, line breaks, vertical tab, form feed: regex {@code \s}) as one space. By
 * hand rather than by regular expression: it runs on every text cell of every row, and most cells have no
 * run to collapse.
 */
public final class Spaces {

    private Spaces() {}

    public static String collapse(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && !(isSpace(text.charAt(i)) && (text.charAt(i) != ' ' || isRun(text, i)))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder collapsed = new StringBuilder(length).append(text, 0, i);
        boolean inRun = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    collapsed.append(' ');
                }
                inRun = true;
            } else {
                collapsed.append(c);
                inRun = false;
            }
        }
        return collapsed.toString();
    }

    private static boolean isRun(String text, int i) {
        return i + 1 < text.length() && isSpace(text.charAt(i + 1));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
