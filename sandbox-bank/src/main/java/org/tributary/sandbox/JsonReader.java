package org.tributary.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small JSON bodies the sandbox is sent (a token request, an agreement, a requisition, a consent) into
 * plain values: an object is a {@code Map<String, Object>} in the order written, an array a {@code List<Object>}, a
 * string a {@code String}, a number a {@link BigDecimal}, {@code true}/{@code false} a {@link Boolean}, null null.
 * Whatever is not JSON, or nests deeper than {@value #MAX_DEPTH}, is {@link Malformed}: never anything else.
 */
final class JsonReader {

    static final int MAX_DEPTH = 32;

    /** A body that is not the JSON expected; its message says where. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    /** The body as a JSON object. */
    static Map<String, Object> object(String text) throws Malformed {
        if (read(text) instanceof Map<?, ?> object) {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) object;
            return members;
        }
        throw new Malformed("Expected a JSON object");
    }

    /** Any JSON value. */
    static Object read(String text) throws Malformed {
        if (text == null) {
            throw new Malformed("Expected a JSON value, found nothing");
        }
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at != text.length()) {
            throw reader.malformed("Unexpected text after the JSON value");
        }
        return value;
    }

    /** A member that must be a string if present: null when absent or null. */
    static String string(Map<String, Object> object, String name) throws Malformed {
        Object value = object.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new Malformed("\"" + name + "\" must be a string");
    }

    /** A member that must be a whole number (or a string of one, as GoCardless writes some) if present. */
    static Integer integer(Map<String, Object> object, String name) throws Malformed {
        Object value = object.get(name);
        try {
            if (value == null) {
                return null;
            }
            if (value instanceof BigDecimal number) {
                return number.intValueExact();
            }
            if (value instanceof String digits && digits.strip().matches("-?\\d{1,9}")) {
                return Integer.valueOf(digits.strip());
            }
        } catch (ArithmeticException e) {
            // not a whole number that fits: malformed below
        }
        throw new Malformed("\"" + name + "\" must be a whole number");
    }

    static Boolean bool(Map<String, Object> object, String name) throws Malformed {
        Object value = object.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw new Malformed("\"" + name + "\" must be true or false");
    }

    /** A member that must be an array of strings if present. */
    static List<String> strings(Map<String, Object> object, String name) throws Malformed {
        Object value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<String> strings = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String text)) {
                    throw new Malformed("\"" + name + "\" must be an array of strings");
                }
                strings.add(text);
            }
            return strings;
        }
        throw new Malformed("\"" + name + "\" must be an array of strings");
    }

    private Object value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw malformed("Nested deeper than " + MAX_DEPTH);
        }
        if (at >= text.length()) {
            throw malformed("Unexpected end of the body");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw malformed("Unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object(int depth) throws Malformed {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw malformed("Expected a member's name");
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            members.put(name, value(depth + 1));
            skipSpace();
            char next = peek();
            at++;
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                throw malformed("Expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) throws Malformed {
        List<Object> items = new ArrayList<>();
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            skipSpace();
            items.add(value(depth + 1));
            skipSpace();
            char next = peek();
            at++;
            if (next == ']') {
                return items;
            }
            if (next != ',') {
                throw malformed("Expected ',' or ']'");
            }
        }
    }

    private String string() throws Malformed {
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw malformed("Unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw malformed("A control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw malformed("Unterminated escape");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw malformed("Unterminated \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw malformed("A \\u escape that is not hexadecimal");
                    }
                    at += 4;
                }
                default -> throw malformed("Unknown escape \\" + escaped);
            }
        }
    }

    private BigDecimal number() throws Malformed {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String literal = text.substring(start, at);
        if (!literal.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?") || literal.length() > 64) {
            throw malformed("Not a number: " + literal);
        }
        return new BigDecimal(literal);
    }

    private Object literal(String word, Object value) throws Malformed {
        if (!text.startsWith(word, at)) {
            throw malformed("Expected " + word);
        }
        at += word.length();
        return value;
    }

    private void expect(char c) throws Malformed {
        if (peek() != c) {
            throw malformed("Expected '" + c + "'");
        }
        at++;
    }

    private char peek() throws Malformed {
        if (at >= text.length()) {
            throw malformed("Unexpected end of the body");
        }
        return text.charAt(at);
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private Malformed malformed(String message) {
        return new Malformed(message + " at character " + at);
    }
}
