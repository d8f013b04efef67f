package org.tributary.reporting.control;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.analytics.control.ReportStamps;
import org.tributary.importing.control.statement.RowError;
import org.tributary.platform.control.InvalidInputException;
import org.tributary.platform.control.Resources;

/** The exchange rates a user uploads, and the rates a report converts with (the user's and the ECB's). */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RateBook {

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    ReferenceRates referenceRates;

    @Inject
    ReportStamps stamps;

    public record RatesImported(int imported, List<RowError> errors) {}

    /**
     * Reads a CSV of daily rates — date, currency, rate (one unit of the currency in the base currency),
     * with or without a header — and stores them, a later rate for the same day replacing the earlier one.
     */
    public RatesImported importCsv(UUID userId, byte[] content) {
        List<RowError> errors = new ArrayList<>();
        List<Object[]> rates = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(
                        new StringReader(new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .withCSVParser(
                        new CSVParserBuilder().withSeparator(separator(content)).build())
                .build()) {
            String[] cells;
            while ((cells = reader.readNext()) != null) {
                int line = (int) reader.getLinesRead();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                try {
                    rates.add(rate(cells));
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    if (!(line == 1 && errors.isEmpty() && rates.isEmpty())) { // a header line is no error
                        errors.add(new RowError(line, e.getMessage()));
                    }
                }
            }
        } catch (IOException | CsvValidationException e) {
            throw new InvalidInputException("file", "This is not a CSV of exchange rates: " + e.getMessage());
        }
        if (rates.isEmpty()) {
            throw new InvalidInputException(
                    "file",
                    "No rates found: each line gives a date, a currency code and a rate, e.g. 2024-05-01,USD,0.92.");
        }
        try (Connection connection = ledger.getConnection();
                PreparedStatement upsert = connection.prepareStatement(
                        "insert into exchange_rates (user_id, currency, day,"
                                + " rate) values (?, ?, ?, ?) on conflict (user_id, currency, day) do update set rate = excluded.rate")) {
            for (Object[] rate : rates) {
                upsert.setObject(1, userId);
                upsert.setString(2, (String) rate[0]);
                upsert.setObject(3, rate[1]);
                upsert.setBigDecimal(4, (BigDecimal) rate[2]);
                upsert.addBatch();
            }
            upsert.executeBatch();
            stamps.changed(userId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store exchange rates: " + e.getMessage(), e);
        }
        return new RatesImported(rates.size(), errors);
    }

    private static Object[] rate(String[] cells) {
        if (cells.length < 3) {
            throw new IllegalArgumentException("expected date, currency and rate");
        }
        LocalDate day = LocalDate.parse(cells[0].strip());
        String currency = cells[1].strip().toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("\"" + cells[1] + "\" is not a currency code");
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(cells[2].strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + cells[2] + "\" is not a rate");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate is more than 0");
        }
        return new Object[] {currency, day, rate};
    }

    private static char separator(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.UTF_8);
        return head.contains(";") ? ';' : head.contains("\t") ? '\t' : ',';
    }

    /**
     * The rates one report converts with: the user's own and, where they give none, the ECB's reference
     * rates, read per currency when first needed. A report converts days of its period and of the period of
     * equal length before it (growth), so only the rates of those days, and the days a rate may be taken
     * from before them, are read: the queries grow with the currencies, not with the merchants or the days.
     */
    public ExchangeRates forReport(UUID userId, String baseCurrency, ReportQuery query) {
        LocalDate to = query.to();
        LocalDate from = query.previous().from().minusDays(ExchangeRates.DAYS_BACK);
        Map<String, NavigableMap<LocalDate, BigDecimal>> uploaded = new HashMap<>();
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select currency, day, rate from exchange_rates where user_id = ? and day between ? and ?")) {
            select.setObject(1, userId);
            select.setObject(2, from);
            select.setObject(3, to);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    uploaded.computeIfAbsent(row.getString(1).strip(), c -> new TreeMap<>())
                            .put(row.getObject(2, LocalDate.class), row.getBigDecimal(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read exchange rates: " + e.getMessage(), e);
        }
        return new ExchangeRates(baseCurrency, uploaded, currency -> referenceRates.of(currency, from, to));
    }
}
