package org.tributary.importing.control.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tributary.importing.control.statement.Spaces;
import org.tributary.importing.control.statement.UnreadableRowException;

/**
 * Field values as every dialect reads them. A field that is absent, JSON null, blank, or "string" is no value: "string"
 * is the placeholder the GoCardless API documentation puts in every text field of its examples, and sandboxes copy it.
 */
final class JsonFields {

    private static final String PLACEHOLDER = "string";

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:$|T.*)");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    private JsonFields() {}

    /** The first of the named fields that holds text (a string, or a number), whitespace collapsed; else null. */
    static String text(JsonObject object, String... names) {
        if (object == null) {
            return null;
        }
        for (String name : names) {
            String text = text(object.get(name));
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    static String text(JsonValue value) {
        String text;
        if (value instanceof JsonString string) {
            text = string.getString();
        } else if (value instanceof JsonNumber number) {
            text = number.bigDecimalValue().toPlainString();
        } else {
            return null;
        }
        text = Spaces.collapse(text).strip();
        return text.isEmpty() || text.equals(PLACEHOLDER) ? null : text;
    }

    /** The texts among some values (an array's items, an object's members), joined by spaces; null when none. */
    static String joined(Collection<JsonValue> values) {
        if (values == null) {
            return null;
        }
        String joined = String.join(
                " ",
                values.stream().map(JsonFields::text).filter(Objects::nonNull).toList());
        return joined.isEmpty() ? null : joined;
    }

    static JsonObject object(JsonObject object, String name) {
        return object != null && object.get(name) instanceof JsonObject child ? child : null;
    }

    /** An amount written as a JSON number or as a string. */
    static BigDecimal amount(JsonValue value, String field) {
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        String text = text(value);
        if (text == null) {
            throw UnreadableRowException.missingAmount(field);
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw UnreadableRowException.unreadableAmount(field, text);
        }
    }

    /** An ISO 8601 date, or the date part of a date-time as the bank wrote it (not moved to another time zone). */
    static LocalDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        Matcher date = ISO_DATE.matcher(text);
        if (date.matches()) {
            try {
                return LocalDate.parse(date.group(1));
            } catch (DateTimeParseException e) {
                // shaped like a date but none, as 2024-02-30: the same error as any other
            }
        }
        throw UnreadableRowException.unreadableDate(field, text);
    }

    /** A date given as UNIX epoch seconds, taken in UTC; 0 and absent are no date. */
    static LocalDate epochDate(JsonValue value, String field) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            long seconds = new BigDecimal(text).longValueExact();
            return seconds == 0
                    ? null
                    : Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (ArithmeticException | NumberFormatException e) {
            throw UnreadableRowException.unreadableDate(field, text);
        }
    }

    /** A three-letter currency code, upper-cased; anything else (absent, a placeholder, a URL) gives the fallback. */
    static String currency(String code, String fallback) {
        return code != null && CURRENCY.matcher(code).matches() ? code.toUpperCase(Locale.ROOT) : fallback;
    }

    @SafeVarargs
    static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
