package org.tributary.platform.boundary;

/** Text put into HTML, XML or SVG written by hand: as element content or inside a quoted attribute. */
public final class MarkupText {

    private MarkupText() {}

    public static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
