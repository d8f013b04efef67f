#!/usr/bin/env bash
# The transactions page at scale. Needs a running system (bin/run).
#   bench/transactions-page-benchmark.sh [ROWS] [OTHER_ROWS]
# 1. signs up a user and gives it ROWS transactions (default 1,000,000: three years, 3 sources, 16 merchants
#    with 50 shops each), and OTHER_ROWS (default 200,000) to another user, in the PostgreSQL ledger (SQL);
# 2. EXPLAIN ANALYZEs the statements the page makes (Ledger.page, Ledger.count, the category list): the
#    first page and a page 900,000 rows deep in each order, the previous page, a filtered page, the counts,
#    searches; and, for comparison, the OFFSET page and the count(*) the page made before (median of 5);
# 3. times the page over HTTP: the first view (GET, server-rendered) and the next pages (PrimeFaces AJAX).
# Environment: TRIBUTARY_HTTP_PORT (8080), TRIBUTARY_PG_URL (libpq URL of the ledger database).
set -euo pipefail

rows="${1:-1000000}"
others="${2:-200000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="http://127.0.0.1:${TRIBUTARY_HTTP_PORT:-8080}"
pg="${TRIBUTARY_PG_URL:-postgresql://tributary:${TRIBUTARY_DB_PASSWORD:-tributary}@127.0.0.1:5432/tributary}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

email="page-bench-$(date +%s%N)@tributary.test"
password="benchmark-password-$RANDOM"
curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "$base/api/v1/auth/sign-up"
curl -fsS -o /dev/null -c "$work/cookies" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/sign-in"
user_id=$(psql "$pg" -qtAc "select id from users where email = '$email'")
other_id=$(python3 -c 'import uuid; print(uuid.uuid4())')
echo "user $user_id: generating $rows transactions (and $others for another user)" >&2

start=$(date +%s.%N)
psql "$pg" -v ON_ERROR_STOP=1 -q <<SQL
insert into users (id, email, password_hash) values ('$other_id', 'other-$email', 'not a hash');
insert into sources (id, user_id, kind, provider, name)
select gen_random_uuid(), u, k, 'bench', n
from (values ('FILE', 'Giro'), ('FILE', 'Card'), ('BANK_API', 'Savings')) v(k, n),
     (values ('$user_id'::uuid), ('$other_id'::uuid)) w(u);
do \$\$ begin perform setseed(0.42); end \$\$;
create temporary table merchants (no int, name text, category text, low numeric, high numeric);
insert into merchants values
 (0,'REWE','groceries',5,120),(1,'EDEKA','groceries',3,90),(2,'ALDI SUED','groceries',4,70),(3,'LIDL','groceries',3,60),
 (4,'AMAZON MKTPLACE','shopping',8,250),(5,'UBER TRIP','transport',6,45),(6,'SHELL','transport',30,90),
 (7,'NETFLIX','subscriptions',13,18),(8,'SPOTIFY','subscriptions',10,15),(9,'STARBUCKS','eating-out',3,12),
 (10,'DEUTSCHE BAHN','transport',20,160),(11,'IKEA','shopping',15,400),(12,'APOTHEKE AM MARKT','health',5,60),
 (13,'VODAFONE','utilities',30,60),(14,'STADTWERKE','utilities',40,150),(15,'RESTAURANT DA MARIO','eating-out',25,120);
create temporary table bench_sources as
select id, user_id, row_number() over (partition by user_id order by name) - 1 as no from sources
where user_id in ('$user_id', '$other_id');
insert into transactions (id, user_id, source_id, booked_date, amount, currency, description, merchant, type,
                          category, categorised_by, fingerprint)
select gen_random_uuid(), s.user_id, s.id, date '2023-01-01' + floor(random() * 1095)::int,
       case when g.income then round((2500 + random() * 1700)::numeric, 2)
            else -round((m.low + random() * (m.high - m.low))::numeric, 2) end,
       'EUR', case when g.income then 'SALARY ACME GMBH' else m.name end || ' ' || g.i,
       case when g.income then 'Salary Acme GmbH' else initcap(m.name) || ' ' || (g.i % 50) end,
       case when g.income then 'INCOME' else 'EXPENSE' end,
       case when g.income then 'salary' else m.category end, 'RULE', gen_random_uuid()
from (select i, case when i <= $rows then '$user_id'::uuid else '$other_id'::uuid end as u,
             random() < 0.06 as income, floor(random() * 16)::int as merchant, floor(random() * 3)::int as source
      from generate_series(1, $rows + $others) i) g
join merchants m on m.no = g.merchant join bench_sources s on s.user_id = g.u and s.no = g.source;
SQL
psql "$pg" -qc "vacuum analyze transactions"
echo "data ready in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s" >&2

python3 "$repo/bench/explain-ledger-page.py" "$pg" "$user_id"

# The page over HTTP: the first view renders the table (a count and a page); then PrimeFaces' AJAX next pages.
curl -fsS -o "$work/page.html" -b "$work/cookies" -c "$work/cookies" "$base/app/transactions.xhtml"
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/page.html" | head -1 | sed 's/.*value="//;s/"$//')
first_view=$(for _ in 1 2 3 4 5; do
    curl -fsS -o /dev/null -w '%{time_total}\n' -b "$work/cookies" "$base/app/transactions.xhtml"
done | sort -n | sed -n 3p)
echo "GET /app/transactions.xhtml (first page, count, categories, render): median of 5 $(python3 -c "print(round($first_view * 1000, 1))") ms"
times=()
for page in 1 2 3 4 5 6 7 8 9 10; do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -b "$work/cookies" -H 'Faces-Request: partial/ajax' \
        --data-urlencode 'jakarta.faces.partial.ajax=true' --data-urlencode 'jakarta.faces.source=filters:table' \
        --data-urlencode 'jakarta.faces.partial.execute=filters:table' \
        --data-urlencode 'jakarta.faces.partial.render=filters:table filters:shown' \
        --data-urlencode 'jakarta.faces.behavior.event=page' --data-urlencode 'jakarta.faces.partial.event=page' \
        --data-urlencode 'filters:table_pagination=true' --data-urlencode "filters:table_first=$((page * 25))" \
        --data-urlencode 'filters:table_rows=25' --data-urlencode 'filters:table_skipChildren=true' \
        --data-urlencode 'filters:table_encodeFeature=true' --data-urlencode 'filters=filters' \
        --data-urlencode "jakarta.faces.ViewState=$view_state" "$base/app/transactions.xhtml")")
done
python3 -c "import statistics, sys; t = sorted(float(x) * 1000 for x in sys.argv[1:]); \
print(f'AJAX next page (pages 2-11): median {statistics.median(t):.1f} ms, max {t[-1]:.1f} ms')" "${times[@]}"
