#!/usr/bin/env bash
# Report latency at scale, side by side with hledger on the same data. Needs a running system (bin/run).
#   bench/reports-benchmark.sh [ROWS] [OTHER_USERS] [REQUESTS]
# 1. signs up a user and gives it ROWS transactions of bench/generate-csv.py's household (default 1,000,000:
#    October 2024 to December 2025, 3 accounts, ~150 recurring merchants and 12 % of rows at one-off shops,
#    refunds, transfers with both legs, huge one-offs; SEED and TAIL pass on to it) in the PostgreSQL ledger,
#    copied to ClickHouse the way bin/rebuild-analytics copies them;
# 2. adds OTHER_USERS (default 99) users sharing 9 x ROWS rows, in ClickHouse only (10M rows in all);
# 3. asks every report endpoint REQUESTS times (default 200) over HTTP, a month of a different filter each
#    time, after a warm-up, and prints p50/p95/max per endpoint; then times Excel exports of the year; then
#    the reports of the whole year 2025 and its overview page, YEAR_REQUESTS (default 10) times each;
# 4. writes the same transactions as an hledger journal and times `hledger balance --monthly` on it.
# Environment: as bench/import-benchmark.sh, and TRIBUTARY_PG_URL (libpq URL of the ledger database).
# The figures are of computing each report: start the server with TRIBUTARY_REPORTS_CACHE_ROWS=0, or a request
# asked twice is answered from the kept answers (decision 49). On a busy machine a year of a million rows can take
# longer than a report's deadline (TRIBUTARY_REPORTS_DEADLINE_SECONDS, 10 s: decision 55); raise it for the run.
set -euo pipefail

rows="${1:-1000000}"
others="${2:-99}"
requests="${3:-200}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
api="http://127.0.0.1:${TRIBUTARY_HTTP_PORT:-8080}/api/v1"
database="${TRIBUTARY_CLICKHOUSE_DATABASE:-tributary}"
pg="${TRIBUTARY_PG_URL:-postgresql://tributary:${TRIBUTARY_DB_PASSWORD:-tributary}@127.0.0.1:5432/tributary}"
clickhouse() { clickhouse-client --port "${TRIBUTARY_CLICKHOUSE_TCP_PORT:-19000}" "$@"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

email="reports-bench-$(date +%s%N)@tributary.test"
password="benchmark-password-$RANDOM"
curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/sign-up"
user_id=$(psql "$pg" -qtAc "select id from users where email = '$email'")
echo "user $user_id: generating $rows transactions" >&2

start=$(date +%s.%N)
python3 "$repo/bench/generate-csv.py" "$rows" "$work/ledger.csv" "${SEED:-42}" "${TAIL:-0.12}" --ledger
psql "$pg" -v ON_ERROR_STOP=1 -q <<SQL
insert into sources (id, user_id, kind, provider, name)
select gen_random_uuid(), '$user_id', k, 'bench', n
from (values ('FILE', 'Giro'), ('FILE', 'Card'), ('BANK_API', 'Savings')) v(k, n);
create temporary table generated (booked_date date, account text, amount numeric, currency text,
                                  description text, merchant text, category text, type text);
\\copy generated from '$work/ledger.csv' with (format csv, header)
insert into transactions (id, user_id, source_id, booked_date, amount, currency, description, merchant, type,
                          category, categorised_by, fingerprint, analytics_loaded)
select gen_random_uuid(), '$user_id', s.id, g.booked_date, g.amount, g.currency, g.description, g.merchant,
       g.type, g.category, 'RULE', gen_random_uuid(), true
from generated g join sources s on s.user_id = '$user_id' and s.name = split_part(g.account, ' ', 2);
SQL
psql "$pg" -v ON_ERROR_STOP=1 -qc "\copy (
    select t.user_id, t.id, t.source_id, s.kind, s.name, t.booked_date, round(t.amount, 2), t.currency,
           t.description, t.merchant, t.category, t.type, t.version, 0
    from transactions t join sources s on s.id = t.source_id where t.user_id = '$user_id'
) to stdout with (format csv)" | clickhouse -q "INSERT INTO $database.ledger FORMAT CSV"
if [ "$others" -gt 0 ]; then
    clickhouse -q "INSERT INTO $database.ledger SELECT
        toUUID(concat('00000000-0000-4000-8000-', substring(toString(1000000000000 + number % $others), 2))),
        toUUID(concat('00000000-0000-4000-9000-', substring(toString(1000000000000 + number), 2))),
        toUUID('00000000-0000-4000-8000-000000000000'), 'FILE', 'Giro',
        toDate('2024-10-01') + (number % 457), toDecimal64(-(number % 9000) / 100, 2), 'EUR',
        concat('Shop ', toString(number % 997)), concat('SHOP ', toString(number % 97)), 'shopping', 'EXPENSE', 1, 0
        FROM system.numbers LIMIT $((rows * 9))"
fi
clickhouse -q "OPTIMIZE TABLE $database.ledger FINAL" || true
TRIBUTARY_CLICKHOUSE_DATABASE="$database" "$repo/bin/rebuild-analytics" --daily-only
loaded=$(date +%s.%N)
echo "data ready in $(python3 -c "print(round($loaded - $start, 1))") s: $(clickhouse -q "SELECT count() FROM $database.ledger") rows in ClickHouse" >&2

curl -fsS -o /dev/null -c "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/sign-in"
token=$(awk '$6 == "access_token" {print $7}' "$work/cookies")

python3 "$repo/bench/report-latency.py" "$api" "$token" "$requests"
# The reports of the whole year and the overview page of that year, as one person opens it (issue 14: <= 300 ms).
python3 "$repo/bench/year-report-latency.py" "$api" "$token" "${YEAR_REQUESTS:-10}"

if command -v hledger >/dev/null; then
    psql "$pg" -v ON_ERROR_STOP=1 -qtA -o "$work/bench.journal" -c "
        select to_char(t.booked_date, 'YYYY-MM-DD') || ' ' || t.merchant || E'\n    ' ||
               case when t.type = 'INCOME' then 'income:' else 'expenses:' end || t.category || '  ' ||
               to_char(-t.amount, 'FM999999990.00') || E' EUR\n    assets:' || s.name || E'\n'
        from transactions t join sources s on s.id = t.source_id where t.user_id = '$user_id'
        order by t.booked_date"
    echo "hledger $(hledger --version | head -1 | awk '{print $2}') on the same $rows transactions:" >&2
    /usr/bin/time -f "hledger balance --monthly: %e s, %M KiB peak" hledger -f "$work/bench.journal" balance --monthly >/dev/null
else
    echo "hledger is not installed (apt-get install hledger): no side-by-side figure" >&2
fi
