#!/usr/bin/env bash
# What the ledger's indexes cost a bulk insert: 100,000 rows for a new user into the transactions table as it
# is, with the index set before migration V9 and with one index for every order of the transactions list
# (the alternative decision 20 measured and left out), each freshly built in the same transaction (so
# neither carries bloat from earlier runs) and rolled back. Three runs each, in milliseconds.
#   bench/ledger-index-cost.sh
# Environment: TRIBUTARY_PG_URL (libpq URL of the ledger database). The transaction holds the table's
# exclusive lock while it runs: use a database nobody else works in, with some rows in it (for example after
# bench/transactions-page-benchmark.sh).
set -euo pipefail

pg="${TRIBUTARY_PG_URL:-postgresql://tributary:${TRIBUTARY_DB_PASSWORD:-tributary}@127.0.0.1:5432/tributary}"
v9_names="transactions_user_date_id_idx transactions_user_amount_idx transactions_user_merchant_idx
          transactions_user_category_idx transactions_user_chosen_category_idx"
drop_v9=$(for name in $v9_names; do printf 'drop index if exists %s; ' "$name"; done)
before="create index before_1 on transactions (user_id, booked_date);
        create index before_2 on transactions (user_id, amount, booked_date);"
v9="create index v9_1 on transactions (user_id, booked_date, id);
    create index v9_2 on transactions (user_id, amount, booked_date, id);
    create index v9_3 on transactions (user_id, lower(merchant), booked_date, id);
    create index v9_4 on transactions (user_id, category, booked_date, id);
    create index v9_5 on transactions (user_id, category) where categorised_by = 'USER';"
user=$(python3 -c 'import uuid; print(uuid.uuid4())')
source=$(python3 -c 'import uuid; print(uuid.uuid4())')

insert_time() {
    psql "$pg" -v ON_ERROR_STOP=1 -q <<SQL | awk '/^Time:/ {t = $2} END {print t}'
begin;
$drop_v9 $1
insert into users (id, email, password_hash) values ('$user', 'index-cost-$user@tributary.test', 'not a hash');
insert into sources (id, user_id, kind, provider, name) values ('$source', '$user', 'FILE', 'bench', 'Giro');
\\timing on
insert into transactions (id, user_id, source_id, booked_date, amount, currency, description, merchant, type,
                          category, categorised_by, fingerprint)
select gen_random_uuid(), '$user', '$source', date '2024-01-01' + (i % 365), -(i % 9000) / 100.0, 'EUR',
       'SHOP ' || i, 'Shop ' || (i % 97), 'EXPENSE', 'shopping', 'RULE', gen_random_uuid()
from generate_series(1, 100000) i;
\\timing off
rollback;
SQL
}

for _ in 1 2 3; do
    echo "before V9: $(insert_time "$before") ms    V9: $(insert_time "$v9") ms"
done
