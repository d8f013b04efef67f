package org.tributary.analysis.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.tributary.accounts.control.Accounts;
import org.tributary.analytics.control.ReportStamps;
import org.tributary.platform.control.ClusterLock;
import org.tributary.platform.control.NotFoundException;
import org.tributary.platform.control.Resources;

/**
 * The analyse-worker's work for one person: their regular payments and recommendations in English and Russian,
 * computed and stored for the report stamp they were computed at (decision 52). A request older than the
 * person's newest change is skipped (a newer one is on the queue); one already stored is not computed again, so a
 * redelivered message writes nothing; one server at a time works on a person.
 */
@Stateless
public class Analyses {

    private static final Logger LOG = Logger.getLogger(Analyses.class.getName());

    static final long SLOW_MILLIS = 2_000;

    static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "ru", Locale.forLanguageTag("ru"));

    @Resource(lookup = Resources.LEDGER_DATASOURCE)
    DataSource ledger;

    @Inject
    ReportStamps stamps;

    @Inject
    Accounts accounts;

    @Inject
    RecurringPayments recurring;

    @Inject
    Recommendations recommendations;

    @Inject
    StoredAnalysis stored;

    /** @return whether a new result was stored */
    public boolean refresh(AnalysisRequest request) throws SQLException {
        UUID userId = request.userId();
        if (request.stamp() < stamps.own(userId)) {
            return false;
        }
        long started = System.nanoTime();
        boolean written;
        try (Connection connection = ledger.getConnection()) {
            // Held until the worker's transaction ends, committed or rolled back: the next holder sees what this one
            // stored, and a failed attempt keeps nothing.
            ClusterLock.untilCommit(connection, ClusterLock.Kind.ANALYSIS, userId);
            written = analyse(userId);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        // A slow analysis holds one of the worker's few sessions: the log says whose and how long.
        LOG.log(
                millis >= SLOW_MILLIS ? Level.INFO : Level.FINE,
                () -> "analysed " + userId + " in " + millis + " ms" + (written ? "" : " (nothing new)"));
        return written;
    }

    private boolean analyse(UUID userId) throws SQLException {
        String baseCurrency;
        try {
            baseCurrency = accounts.find(userId).getBaseCurrency();
        } catch (NotFoundException gone) {
            return false; // the account was deleted after the request
        }
        long stamp = stamps.of(userId);
        if (stored.has(userId, stamp, baseCurrency)) {
            return false;
        }
        List<RecurringPayment> payments = recurring.detect(userId);
        Map<String, List<Recommendation>> advice = new java.util.TreeMap<>();
        LANGUAGES.forEach((tag, language) -> advice.put(tag, recommendations.compute(userId, language, payments)));
        return stored.store(userId, stamp, baseCurrency, new StoredAnalysis.Result(payments, advice));
    }
}
