#!/usr/bin/env bash
# A bank sync of N transactions over paged responses, end to end, against a running Tributary (bin/run) and its
# sandbox bank: a new person connects the sandbox's Berlin Group bank (consent approved on its page, the return
# link followed with the browser's cookie), and the script times from the return until both accounts' first syncs
# have COMPLETED (every page fetched and kept, the statement imported, deduplicated, categorised, loaded).
# Then asks for a second sync of the big account and times it (every transaction already known).
#   bench/sync-benchmark.sh [TRANSACTIONS] [PAGE_SIZE]     (defaults 50000 and 100)
# Environment: TRIBUTARY_HTTP_PORT (8080), TRIBUTARY_SANDBOX_BANK_PORT (8089),
#              TRIBUTARY_BENCH_DB (postgresql://tributary:tributary@127.0.0.1:5432/tributary).
set -euo pipefail

volume="${1:-50000}"
page_size="${2:-100}"
db="${TRIBUTARY_BENCH_DB:-postgresql://tributary:tributary@127.0.0.1:5432/tributary}"
api="http://127.0.0.1:${TRIBUTARY_HTTP_PORT:-8080}/api/v1"
bank="http://127.0.0.1:${TRIBUTARY_SANDBOX_BANK_PORT:-8089}/berlingroup"
work="$(mktemp -d)"
trap 'rm -rf "$work"; curl -fsS -o /dev/null -X POST "$bank/switch?mode=ok&volume=0&pageSize=100" || true' EXIT
jar="$work/cookies"
csrf=(-H 'X-Requested-With: tributary')

email="bench-sync-$(date +%s%N)@tributary.test" password="benchmark-password-$RANDOM"
curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/sign-up"
curl -fsS -o /dev/null -c "$jar" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$api/auth/sign-in"
curl -fsS -o /dev/null -X POST "$bank/switch?mode=ok&volume=$volume&pageSize=$page_size"

created=$(curl -fsS -b "$jar" -c "$jar" "${csrf[@]}" -H 'Content-Type: application/json' \
    -d '{"kind":"BANK_API","provider":"berlingroup","institutionId":"sandbox-bank"}' "$api/sources")
connect_url=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["connectUrl"])' "$created")
back=$(curl -fsS -o /dev/null -w '%{redirect_url}' -d 'decision=approve&days=90' "$connect_url")

start=$(date +%s.%N)
curl -fsS -o /dev/null -b "$jar" -c "$jar" "$back"
sources=$(curl -fsS -b "$jar" "$api/sources" | python3 -c '
import json, sys
print(" ".join(s["id"] for s in json.load(sys.stdin) if s["provider"] == "berlingroup"))')
wait_for() { # source, runs expected: prints the newest run once it has ended
    while :; do
        runs=$(curl -fsS -b "$jar" "$api/imports?source=$1")
        if python3 -c 'import json,sys; r=json.loads(sys.argv[1]); sys.exit(0 if len(r) >= int(sys.argv[2]) and r[0]["status"] in ("COMPLETED","FAILED") else 1)' "$runs" "$2"; then
            python3 -c 'import json,sys; print(json.dumps(json.loads(sys.argv[1])[0]))' "$runs"
            return
        fi
        sleep 0.2
    done
}
big="" big_count=0
for s in $sources; do
    run=$(wait_for "$s" 1)
    count=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["imported"])' "$run")
    status=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$run")
    [ "$status" = COMPLETED ] || { echo "sync of $s ended $status: $run" >&2; exit 1; }
    if [ "$count" -gt "$big_count" ]; then big="$s" big_count="$count"; fi
done
end=$(date +%s.%N)
pages=$(psql "$db" -Atc "select count(*) from raw_berlingroup.responses where source_id = '$big'")
seconds=$(python3 -c "print(round($end - $start, 1))")
echo "first sync: $big_count transactions of the big account over $pages pages (and the card's), ${seconds} s from the return, $(python3 -c "print(round($big_count / ($end - $start)))") transactions/s"

start=$(date +%s.%N)
curl -fsS -o /dev/null -b "$jar" "${csrf[@]}" -X POST "$api/sources/$big/sync"
run=$(wait_for "$big" 2)
end=$(date +%s.%N)
echo "second sync (14 days again, all known): $(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(r["status"], r["imported"], "new,", r["duplicates"], "known")' "$run"), $(python3 -c "print(round($end - $start, 1))") s"
