#!/usr/bin/env bash
# Searching a million-row ledger (issue 14 item 6), and what the trigram index (migration V17) costs an import.
# Needs a running system (bin/run) whose ledger database nobody else uses (the index is dropped inside
# rolled-back transactions, which hold the table's lock).
#   bench/search-benchmark.sh [ROWS] [OTHER_ROWS]
# 1. signs up a user; generates ROWS (default 1,000,000) transactions of bench/generate-csv.py's household for
#    it and OTHER_ROWS (default 1,000,000) for another user;
# 2. times inserting the user's rows into the ledger with the trigram index and without it (each in a
#    transaction that is rolled back, RUNS times each, default 2; every other index as it is), then inserts them;
# 3. EXPLAIN ANALYZE of the page's and the API's search statements, with and without the index
#    (bench/explain-search.py), for a common term, a recurring merchant, a rare one-off shop, an absent
#    term and a two-letter one (too short for trigrams);
# 4. times the same searches over HTTP: the API's first page (GET /transactions?q=) and the portal's
#    transactions page opened with the search (/app/transactions.xhtml?q=), median and max of 10.
# Environment: as bench/reports-benchmark.sh.
set -euo pipefail

rows="${1:-1000000}"
others="${2:-1000000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="http://127.0.0.1:${TRIBUTARY_HTTP_PORT:-8080}"
pg="${TRIBUTARY_PG_URL:-postgresql://tributary:${TRIBUTARY_DB_PASSWORD:-tributary}@127.0.0.1:5432/tributary}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

email="search-bench-$(date +%s%N)@tributary.test"
password="benchmark-password-$RANDOM"
curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "$base/api/v1/auth/sign-up"
curl -fsS -o /dev/null -c "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/sign-in"
user_id=$(psql "$pg" -qtAc "select id from users where email = '$email'")
other_id=$(python3 -c 'import uuid; print(uuid.uuid4())')
echo "user $user_id: generating $rows transactions (and $others for another user)" >&2
python3 "$repo/bench/generate-csv.py" "$rows" "$work/ledger.csv" 42 0.12 --ledger
python3 "$repo/bench/generate-csv.py" "$others" "$work/other.csv" 43 0.12 --ledger

load() { # $1: user, $2: file, $3: statements before the insert, $4: commit or rollback
    psql "$pg" -v ON_ERROR_STOP=1 -q <<SQL | awk '/^Time:/ {t = $2} END {print t}'
begin;
$3
create temporary table generated (booked_date date, account text, amount numeric, currency text,
                                  description text, merchant text, category text, type text) on commit drop;
\\copy generated from '$2' with (format csv, header)
\\timing on
insert into transactions (id, user_id, source_id, booked_date, amount, currency, description, merchant, type,
                          category, categorised_by, fingerprint)
select gen_random_uuid(), '$1', s.id, g.booked_date, g.amount, g.currency, g.description, g.merchant,
       g.type, g.category, 'RULE', gen_random_uuid()
from generated g join sources s on s.user_id = '$1' and s.name = split_part(g.account, ' ', 2);
\\timing off
$4;
SQL
}

psql "$pg" -v ON_ERROR_STOP=1 -q <<SQL
insert into users (id, email, password_hash) values ('$other_id', 'other-$email', 'not a hash');
insert into sources (id, user_id, kind, provider, name)
select gen_random_uuid(), u, k, 'bench', n
from (values ('FILE', 'Giro'), ('FILE', 'Card'), ('BANK_API', 'Savings')) v(k, n),
     (values ('$user_id'::uuid), ('$other_id'::uuid)) w(u);
SQL
load "$other_id" "$work/other.csv" "" commit >/dev/null
psql "$pg" -qc "vacuum analyze transactions"
echo "inserting $rows rows into the ledger ($(psql "$pg" -qtAc "select count(*) from transactions") rows), ms:" >&2
for _ in $(seq "${RUNS:-2}"); do
    echo "  without the trigram index: $(load "$user_id" "$work/ledger.csv" "drop index transactions_text_trgm_idx;" rollback)" \
         "   with it: $(load "$user_id" "$work/ledger.csv" "" rollback)"
done
load "$user_id" "$work/ledger.csv" "" commit >/dev/null
psql "$pg" -qc "vacuum analyze transactions"

rare=$(psql "$pg" -qtAc "select merchant from transactions where user_id = '$user_id' group by merchant
                         having count(*) = 1 order by merchant limit 1")
terms=("rewe" "netflix" "$rare" "nothing like it" "ba")
python3 "$repo/bench/explain-search.py" "$pg" "$user_id" "${terms[@]}"

python3 - "$base" "$(awk '$6 == "access_token" {print $7}' "$work/cookies")" "${terms[@]}" <<'PY'
import http.client, statistics, sys, time, urllib.parse
base, token, terms = sys.argv[1], sys.argv[2], sys.argv[3:]
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port)
def ask(path):
    t = time.perf_counter()
    conn.request("GET", path, headers={"Cookie": "access_token=" + token})
    response = conn.getresponse(); response.read()
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status}")
    return (time.perf_counter() - t) * 1000
print("\n| search over HTTP | API first page (size 25), median / max ms | portal page, median / max ms |")
print("|---|---|---|")
for term in terms:
    q = urllib.parse.quote(term)
    api = [ask(f"/api/v1/transactions?q={q}&size=25") for _ in range(12)][2:]
    page = [ask(f"/app/transactions.xhtml?q={q}") for _ in range(12)][2:]
    print(f"| '{term}' | {statistics.median(api):.1f} / {max(api):.1f} | {statistics.median(page):.1f} / {max(page):.1f} |")
PY
