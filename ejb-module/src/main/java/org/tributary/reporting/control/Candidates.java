package org.tributary.reporting.control;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The first of two steps that read the best-ranked live rows of the ledger. Reading the ledger FINAL merges
 * each row with its other versions, which costs more than the rest of a query over a month of a
 * million-row year; so the ranking runs on the unmerged table ({@code {ledger_unmerged}}, every version of
 * every row), reads only each candidate's day, id and rank, and the caller then reads FINAL only the
 * candidates, from their days, with the same conditions, and ranks them again.
 *
 * <p>Why that is exact: a live row's latest version is in the unmerged table, so every live row meeting the
 * conditions that ranks strictly before the last candidate of its group is a candidate. When a group's
 * candidates stopped at the limit (they may include old versions), only confirmed rows ranking strictly
 * before that cut-off are sure; if they are too few the caller reads FINAL in full ({@link #enough}).
 *
 * <p>The ranking SQL selects {@code booked_date}, {@code rank} (an Int64, smaller first) and, optionally,
 * {@code id} (the transaction id as a string) and {@code grp} (groups ranked apart, e.g. by {@code LIMIT n
 * BY}); it ends in its own ORDER BY and LIMIT, at most {@code perGroup} rows a group.
 */
final class Candidates {

    private final Set<Date> days = new TreeSet<>();
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Long> cutoffs = new HashMap<>();
    private String idsQuery;
    private LedgerFilter idsFilter;

    private Candidates() {}

    static Candidates rank(LedgerAnalytics analytics, String sql, int perGroup, LedgerFilter... filters) {
        return rank(analytics, sql, perGroup, row -> null, filters);
    }

    /** As {@link #rank(LedgerAnalytics, String, int, LedgerFilter...)}, showing each candidate row to {@code also}. */
    static Candidates rank(
            LedgerAnalytics analytics,
            String sql,
            int perGroup,
            LedgerAnalytics.RowMapper<?> also,
            LedgerFilter... filters) {
        Candidates candidates = new Candidates();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Long> lastRanks = new HashMap<>();
        boolean hasId = sql.contains(" AS id");
        boolean hasGroup = sql.contains(" AS grp");
        analytics.query(
                sql,
                row -> {
                    candidates.days.add(row.getDate("booked_date"));
                    if (hasId) {
                        candidates.ids.add(row.getString("id"));
                    }
                    String group = hasGroup ? row.getString("grp") : "";
                    counts.merge(group, 1, Integer::sum);
                    lastRanks.merge(group, row.getLong("rank"), Math::max);
                    return also.map(row);
                },
                filters);
        counts.forEach((group, count) -> {
            if (count >= perGroup) {
                candidates.cutoffs.put(group, lastRanks.get(group));
            }
        });
        return candidates;
    }

    /**
     * The first rows of a ranked question when the unmerged table holds a single version of each row
     * ({@link LedgerVersions}): ranked on the few columns the ranking needs (its SQL selects {@code
     * booked_date} and {@code id} and ends in {@code LIMIT wanted}), then read whole ({@code columns}) by
     * their ids and days, each row once (a load that ran twice repeats rows whole), in the ranking's order.
     * Reading every column of a year's rows only to keep a few took seven times as long as ranking on
     * these. Null when repeats left fewer than {@code limit} rows of a ranking that stopped at its limit
     * (the caller then asks FINAL).
     */
    static <T> List<T> single(
            LedgerAnalytics analytics,
            String ranking,
            int wanted,
            int limit,
            UUID userId,
            String columns,
            LedgerAnalytics.RowMapper<T> mapper,
            LedgerFilter... filters) {
        Set<String> ranked = new java.util.LinkedHashSet<>();
        Set<Date> days = new TreeSet<>();
        int[] read = {0};
        analytics.query(
                ranking,
                row -> {
                    read[0]++;
                    days.add(row.getDate("booked_date"));
                    return ranked.add(row.getString("id"));
                },
                filters);
        if (read[0] >= wanted && ranked.size() < limit) {
            return null;
        }
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<String, T> whole = new HashMap<>();
        // PREWHERE: of the candidates' days only the granules holding one of the ids are read whole.
        analytics.query(
                "SELECT " + columns + ", toString(transaction_id) AS id FROM {ledger_unmerged} PREWHERE {filter}",
                row -> {
                    String id = row.getString("id");
                    return whole.containsKey(id) ? null : whole.put(id, mapper.map(row));
                },
                LedgerFilter.versions(userId)
                        .and("deleted = 0")
                        .in("booked_date", days)
                        .inIds("transaction_id", ranked));
        return ranked.stream()
                .map(whole::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * These candidates and the other's rows, to be read together; the cut-offs are these candidates'. The
     * other's ids, one a merchant, are as many as the ledger has merchants: they go in as the query that
     * selected them ({@code idsQuery}, selecting the ids, scoped by {@code idsFilter}), not as literals.
     */
    Candidates with(Candidates other, String idsQuery, LedgerFilter idsFilter) {
        Candidates both = new Candidates();
        both.days.addAll(days);
        both.days.addAll(other.days);
        both.ids.addAll(ids);
        both.cutoffs.putAll(cutoffs);
        both.idsQuery = idsQuery;
        both.idsFilter = idsFilter;
        return both;
    }

    /** Whether some group's candidates stopped at the limit. */
    boolean cutOff() {
        return !cutoffs.isEmpty();
    }

    boolean none() {
        return days.isEmpty();
    }

    /** The filter narrowed to the candidates' days (and ids, if they were ranked one by one). */
    LedgerFilter restrict(LedgerFilter filter) {
        filter.in("booked_date", days);
        return idsQuery == null
                ? filter.inIds("transaction_id", ids)
                : filter.inIdsOrQuery("transaction_id", ids, idsQuery, idsFilter);
    }

    /**
     * The candidates' latest versions that pass the conditions, mapped: what FINAL would give, merged here
     * from the few candidates' versions, so that only their granules are read (rows ranked one by one only).
     */
    <T> List<T> latest(
            LedgerAnalytics analytics,
            UUID userId,
            String columns,
            LedgerFilter conditions,
            LedgerAnalytics.RowMapper<T> mapper) {
        record Version<T>(long number, boolean passes, T row) {}
        Map<String, Version<T>> latest = new HashMap<>();
        // PREWHERE, as in single(): only the granules holding a candidate are read whole.
        analytics.query(
                "SELECT " + columns + ", toString(transaction_id) AS version_of, version, ({filter}) AS passes"
                        + " FROM {ledger_unmerged} PREWHERE {filter}",
                row -> latest.merge(
                        row.getString("version_of"),
                        new Version<>(row.getLong("version"), row.getInt("passes") == 1, mapper.map(row)),
                        (a, b) -> b.number() >= a.number() ? b : a),
                conditions,
                restrict(LedgerFilter.versions(userId)));
        return latest.values().stream()
                .filter(Version::passes)
                .map(Version::row)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Whether a confirmed row of the group, with this rank, is sure to be in its place. */
    boolean sure(String group, long rank) {
        Long cutoff = cutoffs.get(group);
        return cutoff == null || rank < cutoff;
    }

    boolean sure(long rank) {
        return sure("", rank);
    }

    /** Whether the sure rows answer the question: all were found, or at least as many as wanted. */
    boolean enough(int sure, int wanted) {
        return enough("", sure, wanted);
    }

    /** As {@link #enough(int, int)}, for one group. */
    boolean enough(String group, int sure, int wanted) {
        return !cutoffs.containsKey(group) || sure >= wanted;
    }

    /** Whether every cut-off group has a sure row (for one row a group, the first). */
    boolean enoughPerGroup(Set<String> groupsWithSureRows) {
        return groupsWithSureRows.containsAll(cutoffs.keySet());
    }
}
