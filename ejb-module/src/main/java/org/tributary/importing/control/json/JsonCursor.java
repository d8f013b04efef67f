package org.tributary.importing.control.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.tributary.importing.control.csv.TextDecoder;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * A JSON document read event by event from its bytes, never built whole: it knows the JSON Pointer (RFC 6901) of the
 * value at hand down to the depth of transaction lists, and builds only the values it is asked for, one transaction
 * at a time. The document is walked whole once ({@link #walk}), which is where anything that is not JSON is refused;
 * later readings ({@link #nextItem}) skip what they do not need.
 */
final class JsonCursor implements AutoCloseable {

    /**
     * How deep the transaction lists lie ({@code /accounts/0/transactions/7}: the transaction is in the fourth
     * container). Deeper values have no pointer: nothing there is looked for.
     */
    private static final int POINTER_DEPTH = 4;

    /** A value met by {@link #walk}: its pointer (null below {@link #POINTER_DEPTH}) and the event opening it. */
    @FunctionalInterface
    interface Visitor {
        void value(String pointer, Event event, JsonCursor cursor);
    }

    /** An item of a transaction list: the list's pointer, the line on which the item opens, and the item. */
    record Item(String list, int line, JsonValue value) {}

    private final JsonParser parser;
    private final Deque<Container> open = new ArrayDeque<>();

    JsonCursor(byte[] bytes) {
        this.parser = Json.createParser(new RawControlCharacters(TextDecoder.reader(bytes)));
    }

    /** Every value of the document, in order; refuses a document that is not JSON. */
    void walk(Visitor visitor) {
        guarded(() -> {
            while (parser.hasNext()) {
                Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> open.element().key = parser.getString();
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> {
                        String pointer = childPointer();
                        visitor.value(pointer, event, this);
                        if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                            open.push(new Container(pointer, event == Event.START_ARRAY));
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The scalar at hand while {@link #walk} visits a value that is neither an object nor an array. */
    JsonValue scalar() {
        return parser.getValue();
    }

    /**
     * The next item of an array the pattern matches, built alone (an array item is not built: it is no transaction
     * either way); null at the end of the document. Whatever cannot hold such a list is skipped unread.
     */
    Item nextItem(ListPattern lists) {
        return guarded(() -> {
            while (parser.hasNext()) {
                Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> open.element().key = parser.getString();
                    case END_OBJECT, END_ARRAY -> open.pop();
                    default -> {
                        Container parent = open.peek();
                        if (parent != null && parent.array && parent.pointer != null && lists.matches(parent.pointer)) {
                            parent.nextChild();
                            return new Item(parent.pointer, line(), item(event));
                        }
                        String pointer = childPointer();
                        if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                            if (pointer != null && lists.mayHold(pointer)) {
                                open.push(new Container(pointer, event == Event.START_ARRAY));
                            } else if (event == Event.START_OBJECT) {
                                parser.skipObject();
                            } else {
                                parser.skipArray();
                            }
                        }
                    }
                }
            }
            return null;
        });
    }

    private JsonValue item(Event event) {
        return switch (event) {
            case START_OBJECT -> parser.getObject();
            case START_ARRAY -> {
                parser.skipArray();
                yield JsonValue.EMPTY_JSON_ARRAY;
            }
            default -> parser.getValue();
        };
    }

    private int line() {
        return (int) parser.getLocation().getLineNumber();
    }

    /** The pointer of the value just opened, when it lies no deeper than the transactions. */
    private String childPointer() {
        Container parent = open.peek();
        if (parent == null) {
            return "";
        }
        return parent.pointer != null && open.size() <= POINTER_DEPTH ? parent.nextChild() : null;
    }

    private <T> T guarded(Supplier<T> reading) {
        try {
            return reading.get();
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

    @Override
    public void close() {
        parser.close();
    }

    /** An object or array being read: its pointer, and the key or index of the value inside it that comes next. */
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
