#!/usr/bin/env bash
# Uploads a generated CSV of N rows through the HTTP API of a running Tributary (bin/run) and waits until
# every row is in the ledger and in ClickHouse. Prints rows, seconds, rows/s and the heap: the live heap of the
# idle server (after a full GC), the most the heap held during the import (sampled from /metrics every 0.2 s) and,
# with TRIBUTARY_GC_LOG (the file of the server's -Xlog:gc), the most it held after a concurrent marking or a
# full GC during the import: what the import really kept, garbage left out (TRIBUTARY_BENCH_FULL_GC_EVERY=N
# forces a full GC every N seconds, for the live heap at those moments).
# Then waits for the categorising worker to be through the rows no fast layer knew, and prints when, how many
# stayed uncategorised and the server's resident memory (RSS) before and after.
#   bench/import-benchmark.sh ROWS [TAIL] [AT_ONCE]
#     TAIL: share of rows to one-off merchants, e.g. 0.12; AT_ONCE: how many users import the file at the
#     same moment (default 1; the figures are then of the last to finish)
# Environment: TRIBUTARY_HTTP_PORT (8080), TRIBUTARY_MANAGEMENT_PORT (9990),
#              TRIBUTARY_CLICKHOUSE_HTTP_PORT (18123), TRIBUTARY_CLICKHOUSE_DATABASE (tributary),
#              TRIBUTARY_BENCH_DB (postgresql://tributary:tributary@127.0.0.1:5432/tributary),
#              TRIBUTARY_GC_LOG (none).
set -euo pipefail

rows="${1:?usage: bench/import-benchmark.sh ROWS [TAIL] [AT_ONCE]}"
tail_share="${2:-0}"
at_once="${3:-1}"
db="${TRIBUTARY_BENCH_DB:-postgresql://tributary:tributary@127.0.0.1:5432/tributary}"
gc_log="${TRIBUTARY_GC_LOG:-}"
# The JVM listening on the HTTP port (several servers may run on one machine).
server_pid=$(ss -ltnpH "sport = :${TRIBUTARY_HTTP_PORT:-8080}" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
[ -n "$server_pid" ] || { echo "no server listening on port ${TRIBUTARY_HTTP_PORT:-8080}" >&2; exit 1; }
server_rss() { awk '/^VmRSS/{print $2}' "/proc/$server_pid/status"; } # KiB
heap_used() { # bytes in use now, garbage included
    jcmd "$server_pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?$/, "", v); print v * 1024; exit}}'
}
jcmd "$server_pid" GC.run >/dev/null
idle_heap=$(heap_used)
gc_lines_before=0
[ -n "$gc_log" ] && gc_lines_before=$(wc -l <"$gc_log")
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

sign_up() { # prints the user id; the cookie jar is $work/cookies-$1
    local email="bench-$(date +%s%N)-$1@tributary.test" password="benchmark-password-$RANDOM"
    curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/sign-up"
    curl -fsS -o /dev/null -c "$work/cookies-$1" -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/sign-in"
    curl -fsS -b "$work/cookies-$1" "$api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
user_ids=()
for n in $(seq 1 "$at_once"); do user_ids+=("$(sign_up "$n")"); done
user_id="${user_ids[0]}"
cp "$work/cookies-1" "$work/cookies"

peak=0
full_gc_every="${TRIBUTARY_BENCH_FULL_GC_EVERY:-0}" # seconds; 0: never (a full GC shows the live heap, and costs time)
last_full_gc=$(date +%s)
sample_heap() { # from the server's metrics: jcmd would start a JVM five times a second
    local used
    if [ "$full_gc_every" -gt 0 ] && [ $(($(date +%s) - last_full_gc)) -ge "$full_gc_every" ]; then
        jcmd "$server_pid" GC.run >/dev/null
        last_full_gc=$(date +%s)
    fi
    used=$(curl -fsS "$metrics" | awk '/^base_memory_usedHeap_bytes /{printf "%d", $2}')
    [ -n "$used" ] && [ "$used" -gt "$peak" ] && peak=$used
    return 0
}

start=$(date +%s.%N)
import_ids=()
for n in $(seq 1 "$at_once"); do
    curl -fsS -b "$work/cookies-$n" -H 'X-Requested-With: tributary' -F "file=@$file" "$api/imports" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["importId"])' >"$work/import-$n" &
done
wait
for n in $(seq 1 "$at_once"); do import_ids+=("$(cat "$work/import-$n")"); done
import_id="${import_ids[0]}"
accepted=$(date +%s.%N)
for n in $(seq 1 "$at_once"); do
    while :; do
        sample_heap
        status=$(curl -fsS -b "$work/cookies-$n" "$api/imports/${import_ids[$((n - 1))]}")
        state=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$status")
        [ "$state" = COMPLETED ] || [ "$state" = FAILED ] && break
        sleep 0.2
    done
    [ "$state" = COMPLETED ] || { echo "import failed: $status" >&2; exit 1; }
done
ledger_done=$(date +%s.%N)
[ "$state" = COMPLETED ] || { echo "import failed: $status" >&2; exit 1; }
imported=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["imported"])' "$status")
for uid in "${user_ids[@]}"; do
    while :; do
        in_clickhouse=$(curl -fsS "$clickhouse" --data-binary \
            "SELECT count() FROM $database.ledger FINAL WHERE user_id = '$uid'")
        [ "$in_clickhouse" -ge "$imported" ] && break
        sample_heap
        sleep 0.2
    done
done
visible=$(date +%s.%N)
peak_after_gc=0
if [ -n "$gc_log" ]; then # "Pause Remark 612M->443M(1024M)": the 443M. A young GC leaves the old garbage,
    # a Remark (the end of a concurrent marking) or a full GC (TRIBUTARY_BENCH_FULL_GC_EVERY) frees it too;
    # "Pause Cleanup" frees nothing and is left out.
    peak_after_gc=$(tail -n +"$((gc_lines_before + 1))" "$gc_log" | grep -E 'Pause (Remark|Full)' \
        | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M//' | sort -n | tail -n 1)
    peak_after_gc=$((${peak_after_gc:-0} * 1048576))
fi
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

python3 - "$rows" "$size" "$imported" "$start" "$accepted" "$ledger_done" "$visible" "$peak" "$idle_heap" \
    "$peak_after_gc" "$at_once" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import sys
rows, size, imported = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
start, accepted, ledger, visible, peak, idle, after_gc = map(float, sys.argv[4:11])
at_once, load = int(sys.argv[11]), sys.argv[12]
total = visible - start
mib = lambda b: f"{b/2**20:,.0f} MiB"
print(f"rows={rows} file={size/1e6:.1f}MB imported={imported} at once={at_once} load average {load}")
print(f"upload answered in {accepted-start:.2f}s; ledger complete at {ledger-start:.2f}s; "
      f"visible in ClickHouse at {total:.2f}s; {at_once*rows/total:,.0f} rows/s end to end")
print(f"heap: idle (after a full GC) {mib(idle)}; most in use {mib(peak)} (+{mib(peak-idle)})"
      + (f"; most kept after a marking or full GC {mib(after_gc)} (+{mib(after_gc-idle)})" if after_gc else ""))
PY
