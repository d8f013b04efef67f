package org.tributary.importing.control.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tributary.importing.control.csv.TextDecoder;
import org.tributary.importing.control.statement.UnreadableStatementException;

/**
 * What a first reading of a whole document finds outside its transactions: whether it is an object, the kind of value
 * at the few places that tell the dialect apart, and the account-level fields the dialects read (they may come after
 * the transactions). Holds no transaction; a value of the places is kept only when it is a scalar, a container is kept
 * as an empty one of its kind.
 */
final class Outline {

    private static final Set<String> PLACES = Set.of(
            "/transactions",
            "/transactions/booked",
            "/transactions/pending",
            "/pending",
            "/account",
            "/account/iban",
            "/account/currency",
            "/_links",
            "/_links/download",
            "/Data",
            "/Data/Transaction",
            "/accounts",
            "/errors",
            "/override_accounts",
            "/status_code");

    /** A member of one of SimpleFIN's accounts: {@code /accounts/3/currency}. */
    private static final Pattern ACCOUNT_MEMBER = Pattern.compile("/accounts/(\\d{1,9})/(transactions|currency)");

    private boolean object;
    private final Map<String, JsonValue> places = new HashMap<>();
    private boolean accountWithTransactions;
    private final Map<Integer, String> accountCurrencies = new HashMap<>();

    private Outline() {}

    /** The document's outline; refuses a blank file and a document that is not JSON. */
    static Outline of(byte[] bytes) {
        if (blank(bytes)) {
            throw UnreadableStatementException.emptyFile();
        }
        Outline outline = new Outline();
        try (JsonCursor cursor = new JsonCursor(bytes)) {
            cursor.walk(outline::note);
        }
        return outline;
    }

    private void note(String pointer, Event event, JsonCursor cursor) {
        if (pointer == null) {
            return;
        }
        if (pointer.isEmpty()) {
            object = event == Event.START_OBJECT;
        } else if (PLACES.contains(pointer)) {
            places.put(pointer, value(event, cursor));
        } else if (pointer.startsWith("/accounts/")) {
            Matcher member = ACCOUNT_MEMBER.matcher(pointer);
            if (member.matches() && member.group(2).equals("transactions")) {
                accountWithTransactions |= event == Event.START_ARRAY;
            } else if (member.matches()) {
                String currency = JsonFields.text(value(event, cursor));
                if (currency != null) {
                    accountCurrencies.put(Integer.valueOf(member.group(1)), currency);
                }
            }
        }
    }

    private static JsonValue value(Event event, JsonCursor cursor) {
        return switch (event) {
            case START_OBJECT -> JsonValue.EMPTY_JSON_OBJECT;
            case START_ARRAY -> JsonValue.EMPTY_JSON_ARRAY;
            default -> cursor.scalar();
        };
    }

    /** Whether the document is a JSON object (the only kind that holds transactions). */
    boolean object() {
        return object;
    }

    boolean isObject(String place) {
        return places.get(place) instanceof JsonObject;
    }

    boolean isArray(String place) {
        return places.get(place) instanceof JsonArray;
    }

    /** The value at one of the places, a container as an empty one; null when there is none. */
    JsonValue value(String place) {
        if (!PLACES.contains(place)) {
            throw new IllegalArgumentException("not a place an outline keeps: " + place);
        }
        return places.get(place);
    }

    /** Whether some item of {@code /accounts} has a list of transactions (SimpleFIN). */
    boolean accountWithTransactions() {
        return accountWithTransactions;
    }

    /** The text of {@code /accounts/<index>/currency}, or null. */
    String accountCurrency(int index) {
        return accountCurrencies.get(index);
    }

    private static boolean blank(byte[] bytes) {
        try (Reader text = TextDecoder.reader(bytes)) {
            for (int c = text.read(); c >= 0; c = text.read()) {
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
