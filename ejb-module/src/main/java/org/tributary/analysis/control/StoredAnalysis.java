package org.tributary.analysis.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.tributary.platform.control.Resources;

/**
 * The one owner of {@code analysis_results} (V31): what the analyse-worker found for a person, kept with the report
 * stamp and base currency it was computed for. Only a result of the person's current stamp and base currency is
 * ever given out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StoredAnalysis {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type RECURRING =
            new ArrayList<RecurringPayment>() {}.getClass().getGenericSuperclass();
    private static final Type RECOMMENDATIONS =
            new HashMap<String, List<Recommendation>>() {}.getClass().getGenericSuperclass();

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @jakarta.inject.Inject
    org.tributary.analytics.control.ReportStamps stamps;

    @jakarta.inject.Inject
    org.tributary.accounts.control.Accounts accounts;

    /** A stored analysis: the regular payments, and the recommendations by language ("en", "ru"). */
    public record Result(List<RecurringPayment> recurring, Map<String, List<Recommendation>> recommendations) {}

    /** The stored result, if it is of the person's ledger and base currency as they are now. */
    public Optional<Result> current(UUID userId) {
        try {
            return of(userId, stamps.of(userId), accounts.find(userId).getBaseCurrency());
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    /** The stored result, if it was computed for this stamp and base currency. */
    public Optional<Result> of(UUID userId, long stamp, String baseCurrency) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement("select recurring::text,"
                        + " recommendations::text from analysis_results where user_id = ? and stamp = ?"
                        + " and base_currency = ?")) {
            select.setObject(1, userId);
            select.setLong(2, stamp);
            select.setString(3, baseCurrency);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Result(
                            JSON.fromJson(row.getString(1), RECURRING),
                            JSON.fromJson(row.getString(2), RECOMMENDATIONS)));
                } catch (jakarta.json.bind.JsonbException written) {
                    return Optional.empty(); // stored by an older version of the records: computed anew
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    /** Whether a result for this stamp and base currency is stored already. */
    public boolean has(UUID userId, long stamp, String baseCurrency) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select 1 from analysis_results" + " where user_id = ? and stamp = ? and base_currency = ?")) {
            select.setObject(1, userId);
            select.setLong(2, stamp);
            select.setString(3, baseCurrency);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }

    /**
     * Keeps the result unless one of a later stamp (or this one, in this base currency) is there already: two
     * servers, or a redelivered message, never write it twice.
     *
     * @return whether it was written
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean store(UUID userId, long stamp, String baseCurrency, Result result) {
        try (Connection connection = ledger.getConnection();
                PreparedStatement upsert = connection.prepareStatement("insert into analysis_results (user_id, stamp,"
                        + " base_currency, recurring, recommendations) values (?, ?, ?, ?::jsonb, ?::jsonb)"
                        + " on conflict (user_id) do update set stamp = excluded.stamp, base_currency ="
                        + " excluded.base_currency, recurring = excluded.recurring, recommendations ="
                        + " excluded.recommendations, computed_at = now() where analysis_results.stamp < excluded.stamp"
                        + " or (analysis_results.stamp = excluded.stamp"
                        + " and analysis_results.base_currency <> excluded.base_currency)")) {
            upsert.setObject(1, userId);
            upsert.setLong(2, stamp);
            upsert.setString(3, baseCurrency);
            upsert.setString(4, JSON.toJson(result.recurring(), RECURRING));
            upsert.setString(5, JSON.toJson(result.recommendations(), RECOMMENDATIONS));
            return upsert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("ledger unavailable", e);
        }
    }
}
