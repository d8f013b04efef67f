package org.tributary.importing.control.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.tributary.importing.control.statement.UnreadableStatementException;

/** A parsed JSON document, with the line on which each of its values starts, by JSON Pointer (RFC 6901). */
record JsonDocument(JsonValue root, Map<String, Integer> lines) {

    static JsonDocument parse(String text) {
        if (text.isBlank()) {
            throw UnreadableStatementException.emptyFile();
        }
        String tolerated = withoutRawControlCharacters(text);
        try (JsonReader reader = Json.createReader(new StringReader(tolerated))) {
            return new JsonDocument(reader.readValue(), lines(tolerated));
        } catch (JsonParsingException e) {
            throw UnreadableStatementException.malformed(
                    "JSON",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    "This file is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw UnreadableStatementException.malformed("JSON", 0, "This file is not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Parsson refuses input nested deeper than 1,000 (its guard against a stack overflow) with a bare
            // RuntimeException, "Input is too deeply nested 1,000"; that was a 500.
            if (e.getClass() != RuntimeException.class) {
                throw e;
            }
            throw UnreadableStatementException.malformed(
                    "JSON", 0, "This file is not a JSON we read: " + e.getMessage());
        }
    }

    /**
     * How deep the transaction lists lie ({@code /accounts/0/transactions/7}: the transaction is in the fourth
     * container). Only the items of arrays down to there are given a line: keeping one for every value of the
     * document took far more memory than the document (a 10 MB file: hundreds of megabytes).
     */
    private static final int TRANSACTION_DEPTH = 4;

    /** The line on which the value at a JSON Pointer starts, 0 when it is not an item of a transaction list. */
    int line(String pointer) {
        return lines.getOrDefault(pointer, 0);
    }

    /**
     * JSON forbids raw control characters inside strings, but the UK Open Banking specification's own examples carry
     * a literal TAB in one ("\tVISA"), and files copied from them do too. Rather than refuse such a file, every raw
     * control character inside a string is read as a space. Outside strings nothing is changed.
     */
    static String withoutRawControlCharacters(String text) {
        StringBuilder tolerated = new StringBuilder(text.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!inString) {
                inString = c == '"';
            } else if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else if (c < 0x20) {
                c = ' ';
            }
            tolerated.append(c);
        }
        return tolerated.toString();
    }

    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        Deque<Container> open = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> open.element().key = parser.getString();
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> {
                        String pointer = open.isEmpty() ? "" : open.element().nextChild();
                        if (!open.isEmpty() && open.size() <= TRANSACTION_DEPTH && open.element().array) {
                            lines.put(pointer, (int) parser.getLocation().getLineNumber());
                        }
                        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                            open.push(new Container(pointer, event == JsonParser.Event.START_ARRAY));
                        }
                    }
                }
            }
        }
        return lines;
    }

    /** An object or array being parsed: its pointer, and the key or index of the value inside it that comes next. */
    private static final class Container {
        private final String pointer;
        private final boolean array;
        private int index = -1;
        private String key;

        Container(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }

        String nextChild() {
            String step =
                    array ? String.valueOf(++index) : key.replace("~", "~0").replace("/", "~1");
            return pointer + "/" + step;
        }
    }
}
