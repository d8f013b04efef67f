package org.tributary.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON as the sandbox's answers need it, in order, with strings escaped as RFC 8259 asks: a quote, a backslash
 * and every control character. Commas are placed by the writer: {@code beginObject().field("a", 1).field("b", "x")
 * .endObject()} is {@code {"a":1,"b":"x"}}.
 */
final class JsonWriter {

    private final StringBuilder out;
    private boolean comma;

    JsonWriter() {
        this(new StringBuilder(256));
    }

    JsonWriter(StringBuilder out) {
        this.out = out;
    }

    JsonWriter beginObject() {
        separate();
        out.append('{');
        comma = false;
        return this;
    }

    JsonWriter endObject() {
        out.append('}');
        comma = true;
        return this;
    }

    JsonWriter beginArray() {
        separate();
        out.append('[');
        comma = false;
        return this;
    }

    JsonWriter endArray() {
        out.append(']');
        comma = true;
        return this;
    }

    /** A member's name: its value follows. */
    JsonWriter name(String name) {
        separate();
        quote(out, name);
        out.append(':');
        comma = false;
        return this;
    }

    /** A string, or null. */
    JsonWriter value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            quote(out, value);
        }
        comma = true;
        return this;
    }

    JsonWriter value(long value) {
        separate();
        out.append(value);
        comma = true;
        return this;
    }

    JsonWriter value(boolean value) {
        separate();
        out.append(value);
        comma = true;
        return this;
    }

    JsonWriter nullValue() {
        separate();
        out.append("null");
        comma = true;
        return this;
    }

    /**
     * A value as {@link JsonReader} reads one: a map (an object), a list (an array), a string, a number, a boolean or
     * null; so what a request said can be answered back.
     */
    JsonWriter any(Object value) {
        if (value == null) {
            return nullValue();
        }
        if (value instanceof String text) {
            return value(text);
        }
        if (value instanceof Boolean bool) {
            return value(bool.booleanValue());
        }
        if (value instanceof BigDecimal number) {
            separate();
            out.append(number.toString());
            comma = true;
            return this;
        }
        if (value instanceof Number number) {
            return value(number.longValue());
        }
        if (value instanceof Map<?, ?> map) {
            beginObject();
            map.forEach((name, member) -> name(String.valueOf(name)).any(member));
            return endObject();
        }
        if (value instanceof List<?> list) {
            beginArray();
            list.forEach(this::any);
            return endArray();
        }
        return value(value.toString());
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    JsonWriter nullField(String name) {
        return name(name).nullValue();
    }

    /** An array of strings as a member. */
    JsonWriter field(String name, List<String> values) {
        name(name).beginArray();
        values.forEach(this::value);
        return endArray();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The JSON string literal of {@code text}, quotes included. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2);
        quote(quoted, text);
        return quoted.toString();
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void separate() {
        if (comma) {
            out.append(',');
        }
    }
}
