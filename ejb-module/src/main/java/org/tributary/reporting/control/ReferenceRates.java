package org.tributary.reporting.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.tributary.analytics.control.ReportStamps;
import org.tributary.platform.control.Resources;

/**
 * The ECB's reference rates, shared by every user (the one owner of {@code reference_rates}). A published
 * rate never changes, so storing is "insert … on conflict do nothing": two nodes storing the same file at
 * once, or a file stored twice, leave the same rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReferenceRates {

    private static final int BATCH = 20_000;

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    ReportStamps stamps;

    /**
     * Stores every rate of an ECB file (any form {@link EcbRatesFile} reads), in batches.
     *
     * @return how many rates the file held
     */
    public int store(InputStream file) throws IOException {
        List<ReferenceRate> batch = new ArrayList<>(BATCH);
        int[] added = {0};
        int read = EcbRatesFile.read(file, rate -> {
            batch.add(rate);
            if (batch.size() == BATCH) {
                added[0] += insert(batch);
                batch.clear();
            }
        });
        added[0] += insert(batch);
        if (added[0] > 0) {
            try {
                stamps.changedForEveryone();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot stamp the reports as changed: " + e.getMessage(), e);
            }
        }
        return read;
    }

    /** @return how many of the rates were new */
    private int insert(List<ReferenceRate> rates) {
        if (rates.isEmpty()) {
            return 0;
        }
        String[] currencies = new String[rates.size()];
        Date[] days = new Date[rates.size()];
        BigDecimal[] values = new BigDecimal[rates.size()];
        for (int i = 0; i < rates.size(); i++) {
            currencies[i] = rates.get(i).currency();
            days[i] = Date.valueOf(rates.get(i).day());
            values[i] = rates.get(i).rate();
        }
        try (Connection connection = ledger.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into reference_rates (currency, day, rate) select * from unnest(?::char(3)[],"
                                + " ?::date[], ?::numeric[]) on conflict (currency, day) do nothing")) {
            Array currencyArray = connection.createArrayOf("text", currencies);
            Array dayArray = connection.createArrayOf("date", days);
            Array rateArray = connection.createArrayOf("numeric", values);
            insert.setArray(1, currencyArray);
            insert.setArray(2, dayArray);
            insert.setArray(3, rateArray);
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store reference rates: " + e.getMessage(), e);
        }
    }

    /** The newest day with a rate, if any. */
    public Optional<LocalDate> newestDay() {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement("select max(day) from reference_rates");
                ResultSet row = query.executeQuery()) {
            return row.next() ? Optional.ofNullable(row.getObject(1, LocalDate.class)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reference rates: " + e.getMessage(), e);
        }
    }

    /** Whether a rate of day is held. */
    public boolean holds(LocalDate day) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select 1 from reference_rates where day = ? limit 1")) {
            query.setObject(1, day);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reference rates: " + e.getMessage(), e);
        }
    }

    /** The currencies with a rate in the 30 days up to the newest day held, without the euro. */
    public List<String> currencies() {
        List<String> currencies = new ArrayList<>();
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select distinct currency from reference_rates where day >= (select max(day) - 30"
                                + " from reference_rates) order by currency");
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                currencies.add(row.getString(1).strip());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reference rates: " + e.getMessage(), e);
        }
        return currencies;
    }

    /** The rates of currency (units per euro) from one day to another, by day. */
    public NavigableMap<LocalDate, BigDecimal> of(String currency, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, BigDecimal> rates = new TreeMap<>();
        try (Connection connection = ledger.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select day, rate from reference_rates where currency = ? and day between ? and ?")) {
            query.setString(1, currency);
            query.setObject(2, from);
            query.setObject(3, to);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rates.put(row.getObject(1, LocalDate.class), row.getBigDecimal(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reference rates: " + e.getMessage(), e);
        }
        return rates;
    }
}
