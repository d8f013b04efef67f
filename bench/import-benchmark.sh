#!/usr/bin/env bash
# Uploads a generated CSV of N rows through the HTTP API of a running Tributary (bin/run) and waits until
# every row is in the ledger and in ClickHouse. Prints rows, seconds, rows/s and the peak heap seen.
# Then waits for the categorising worker to be through the rows no fast layer knew, and prints when, how many
# stayed uncategorised and the server's resident memory (RSS) before and after.
#   bench/import-benchmark.sh ROWS [TAIL]     (TAIL: share of rows to one-off merchants, e.g. 0.12)
# Environment: TRIBUTARY_HTTP_PORT (8080), TRIBUTARY_MANAGEMENT_PORT (9990),
#              TRIBUTARY_CLICKHOUSE_HTTP_PORT (18123), TRIBUTARY_CLICKHOUSE_DATABASE (tributary),
#              TRIBUTARY_BENCH_DB (postgresql://tributary:tributary@127.0.0.1:5432/tributary).
set -euo pipefail

rows="${1:?usage: bench/import-benchmark.sh ROWS [TAIL]}"
tail_share="${2:-0}"
db="${TRIBUTARY_BENCH_DB:-postgresql://tributary:tributary@127.0.0.1:5432/tributary}"
server_rss() { # KiB, of the WildFly JVM listening on the HTTP port
    local pid
    pid=$(pgrep -f 'jboss-modules.jar' | head -n 1)
    [ -n "$pid" ] && awk '/^VmRSS/{print $2}' "/proc/$pid/status" || echo 0
}
rss_before=$(server_rss)
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
api="http://127.0.0.1:${TRIBUTARY_HTTP_PORT:-8080}/api/v1"
metrics="http://127.0.0.1:${TRIBUTARY_MANAGEMENT_PORT:-9990}/metrics"
clickhouse="http://127.0.0.1:${TRIBUTARY_CLICKHOUSE_HTTP_PORT:-18123}/"
database="${TRIBUTARY_CLICKHOUSE_DATABASE:-tributary}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

file="$work/bench-$rows.csv"
python3 "$repo/bench/generate-csv.py" "$rows" "$file" 42 "$tail_share"
size=$(stat -c %s "$file")

email="bench-$(date +%s%N)@tributary.test"
password="benchmark-password-$RANDOM"
curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/sign-up"
curl -fsS -o /dev/null -c "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/sign-in"
user_id=$(curl -fsS -b "$work/cookies" "$api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

peak=0
sample_heap() {
    local used
    used=$(curl -fsS "$metrics" | awk '/^base_memory_usedHeap_bytes /{printf "%d", $2}')
    [ -n "$used" ] && [ "$used" -gt "$peak" ] && peak=$used
    return 0
}

start=$(date +%s.%N)
import_id=$(curl -fsS -b "$work/cookies" -H 'X-Requested-With: tributary' -F "file=@$file" "$api/imports" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["importId"])')
accepted=$(date +%s.%N)
while :; do
    sample_heap
    status=$(curl -fsS -b "$work/cookies" "$api/imports/$import_id")
    state=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$status")
    [ "$state" = COMPLETED ] || [ "$state" = FAILED ] && break
    sleep 0.2
done
ledger_done=$(date +%s.%N)
[ "$state" = COMPLETED ] || { echo "import failed: $status" >&2; exit 1; }
imported=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["imported"])' "$status")
while :; do
    in_clickhouse=$(curl -fsS "$clickhouse" --data-binary \
        "SELECT count() FROM $database.ledger FINAL WHERE user_id = '$user_id'")
    [ "$in_clickhouse" -ge "$imported" ] && break
    sample_heap
    sleep 0.2
done
visible=$(date +%s.%N)
while [ "$(psql "$db" -tAc "select categorising from import_runs where id = '$import_id'")" = t ]; do
    sleep 0.2
done
categorised=$(date +%s.%N)
left=$(psql "$db" -tAc "select count(*) from transactions where import_id = '$import_id' and categorised_by = 'NONE'")
by_layer=$(psql "$db" -tAc "select string_agg(categorised_by || '=' || n, ' ') from (select categorised_by, count(*) n
    from transactions where import_id = '$import_id' group by 1 order by 1) c")
merchants=$(psql "$db" -tAc "select count(distinct merchant) from transactions where import_id = '$import_id'")
rss_after=$(server_rss)
echo "distinct merchants $merchants; categorised by: $by_layer; left uncategorised $left"
echo "worker done at $(python3 -c "print(f'{$categorised-$start:.2f}')")s; server RSS $((rss_before/1024)) MiB before, $((rss_after/1024)) MiB after"

python3 - "$rows" "$size" "$imported" "$start" "$accepted" "$ledger_done" "$visible" "$peak" <<'PY'
import sys
rows, size, imported = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
start, accepted, ledger, visible, peak = map(float, sys.argv[4:9])
total = visible - start
print(f"rows={rows} file={size/1e6:.1f}MB imported={imported}")
print(f"upload answered in {accepted-start:.2f}s; ledger complete at {ledger-start:.2f}s; "
      f"visible in ClickHouse at {total:.2f}s; {rows/total:,.0f} rows/s end to end; peak heap seen {peak/2**20:.0f} MiB")
PY
