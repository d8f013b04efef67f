package org.tributary.importing.control.csv;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tributary.platform.control.InvalidInputException;

/**
 * What a user says about a CSV's columns (API.md, "CSV mapping"): it overrides what the detector found.
 * Columns are named as in the file's header, as "column N", or by their number counted from 1.
 * {@code skipLines} is the number of lines before the first transaction (junk and header lines).
 */
public record CsvMapping(
        String date,
        String amount,
        String debit,
        String credit,
        String direction,
        String description,
        String currency,
        DateFormat.Order dateFormat,
        Character decimalSeparator,
        boolean invertSign,
        Integer skipLines) {

    private static final String FIELD = "mapping";

    /** @throws InvalidInputException naming what is wrong with the mapping */
    public static CsvMapping parse(String json) {
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException(FIELD, "The mapping is not a JSON object.");
        }
        String date = text(body, "date");
        String amount = null;
        String debit = null;
        String credit = null;
        JsonValue amountValue = body.get("amount");
        if (amountValue instanceof JsonString column) {
            amount = column.getString();
        } else if (amountValue instanceof JsonObject split) {
            debit = text(split, "debit");
            credit = text(split, "credit");
        }
        if (date == null || (amount == null && (debit == null || credit == null))) {
            throw new InvalidInputException(
                    FIELD, "A mapping names at least the date column and the amount column (or debit and credit).");
        }
        return new CsvMapping(
                date,
                amount,
                debit,
                credit,
                text(body, "direction"),
                text(body, "description"),
                text(body, "currency"),
                dateOrder(text(body, "dateFormat")),
                decimalSeparator(text(body, "decimalSeparator")),
                body.getBoolean("invertSign", false),
                skipLines(body));
    }

    /** The detected layout with the user's choices put in. */
    public CsvLayout applyTo(CsvLayout detected) {
        List<String> columns = detected.columns();
        boolean split = amount == null;
        return new CsvLayout(
                detected.encoding(),
                detected.delimiter(),
                skipLines == null ? detected.headerLine() : skipLines,
                columns,
                column(columns, "date", date),
                detected.valueDate(),
                split ? -1 : column(columns, "amount", amount),
                split ? column(columns, "debit", debit) : -1,
                split ? column(columns, "credit", credit) : -1,
                direction == null ? (split ? -1 : detected.direction()) : column(columns, "direction", direction),
                description == null ? detected.description() : column(columns, "description", description),
                detected.counterparty(),
                currencyColumn(detected),
                detected.status(),
                detected.externalId(),
                decimalSeparator == null ? detected.amountFormat() : new AmountFormat(decimalSeparator),
                dateFormat == null ? detected.dateFormat() : new DateFormat(dateFormat),
                invertSign,
                detected.payer(),
                detected.payee());
    }

    private int currencyColumn(CsvLayout detected) {
        if (fixedCurrency().isPresent()) {
            return -1;
        }
        return currency == null ? detected.currency() : column(detected.columns(), "currency", currency);
    }

    /** A currency given as an ISO code rather than a column: every row is in it. */
    public Optional<String> fixedCurrency() {
        if (currency == null || currency.length() != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("date", date);
        if (amount != null) {
            json.add("amount", amount);
        } else {
            json.add("amount", Json.createObjectBuilder().add("debit", debit).add("credit", credit));
        }
        addIfPresent(json, "direction", direction);
        addIfPresent(json, "description", description);
        addIfPresent(json, "currency", currency);
        addIfPresent(json, "dateFormat", dateFormat == null ? null : dateFormat.name());
        addIfPresent(json, "decimalSeparator", decimalSeparator == null ? null : decimalSeparator.toString());
        json.add("invertSign", invertSign);
        if (skipLines != null) {
            json.add("skipLines", skipLines);
        }
        return json.build().toString();
    }

    private static int column(List<String> columns, String role, String name) {
        String wanted = name.trim();
        for (int c = 0; c < columns.size(); c++) {
            String header = columns.get(c) == null ? "" : columns.get(c).trim();
            if (header.equalsIgnoreCase(wanted) || ("column " + (c + 1)).equalsIgnoreCase(wanted)) {
                return c;
            }
        }
        if (wanted.matches("\\d{1,3}")) {
            int number = Integer.parseInt(wanted);
            if (number >= 1 && number <= Math.max(columns.size(), 1)) {
                return number - 1;
            }
        }
        throw new InvalidInputException(
                FIELD,
                "The " + role + " column \"" + name + "\" is not in this file. Its columns are: "
                        + String.join(", ", columns) + ".");
    }

    private static String text(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text) || text.getString().isBlank()) {
            throw new InvalidInputException(FIELD, "\"" + name + "\" must be a column name.");
        }
        return text.getString();
    }

    private static DateFormat.Order dateOrder(String value) {
        if (value == null) {
            return null;
        }
        String letters = value.toUpperCase(Locale.ROOT).replaceAll("[^DMY]", "");
        String order = letters.replaceAll("(.)\\1+", "$1");
        try {
            return DateFormat.Order.valueOf(order);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    FIELD, "dateFormat must give the order of day, month and year, e.g. DMY, MDY, YMD or dd.MM.yyyy.");
        }
    }

    private static Character decimalSeparator(String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals(".") && !value.equals(",")) {
            throw new InvalidInputException(FIELD, "decimalSeparator must be \".\" or \",\".");
        }
        return value.charAt(0);
    }

    private static Integer skipLines(JsonObject body) {
        JsonValue value = body.get("skipLines");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || body.getInt("skipLines") < 0) {
            throw new InvalidInputException(FIELD, "skipLines must be a number of lines, 0 or more.");
        }
        return body.getInt("skipLines");
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
