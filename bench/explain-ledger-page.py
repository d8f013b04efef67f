#!/usr/bin/env python3
"""EXPLAIN ANALYZE of the statements the transactions page makes, for one user, as a Markdown table.

    bench/explain-ledger-page.py PG_URL USER_ID

The statements are written as Ledger, SeekSql and Categories write them (literals instead of parameters).
Each runs 5 times after one warm-up; the table shows the median execution time, the buffers it touched and
the access path. Rows marked "before" are what the page did until decision 20, for comparison.
"""
import json
import statistics
import subprocess
import sys

PG, USER = sys.argv[1], sys.argv[2]
COLUMNS = ("t.id, t.booked_date, t.amount, t.currency, t.description, t.merchant, t.category, t.type, t.pending,"
           " t.source_id, s.kind, s.name")
JOINED = "transactions t join sources s on s.id = t.source_id"
WHERE = f"where t.user_id = '{USER}'"
ORDERS = {
    "newest first": (["t.booked_date", "t.id"], False),
    "amount": (["t.amount", "t.booked_date", "t.id"], True),
    "merchant": (["lower(t.merchant)", "t.booked_date", "t.id"], True),
    "category": (["t.category", "t.booked_date", "t.id"], True),
}


def psql(sql):
    return subprocess.run(["psql", PG, "-qtAX", "-c", sql], check=True, capture_output=True, text=True).stdout


def order_by(columns, ascending):
    return " order by " + ", ".join(c + ("" if ascending else " desc") for c in columns)


def key_at(columns, ascending, position):
    """The sort key of the row at a position, as SQL literals (the row the page before ended on; the merchant
    already in lower case, as SeekSql's lower(?) makes it)."""
    row = psql(f"select {', '.join(columns)} from transactions t {WHERE}{order_by(columns, ascending)}"
               f" offset {position - 1} limit 1").strip().split("|")
    return ", ".join("'" + value.replace("'", "''") + "'" for value in row)


def seek(columns, ascending, key, backwards=False):
    operator = ">" if ascending != backwards else "<"
    return f" and ({', '.join(columns)}) {operator} ({key})"


def page(columns, ascending, condition="", skip=0, backwards=False, where=WHERE):
    return (f"select {COLUMNS} from {JOINED} {where}{condition}{order_by(columns, ascending != backwards)}"
            f" limit 25 offset {skip}")


def measure(name, sql):
    psql("explain (analyze) " + sql)
    runs = [json.loads(psql("explain (analyze, buffers, format json) " + sql))[0] for _ in range(5)]
    plan = runs[0]["Plan"]
    node = plan
    while "Plans" in node and node["Node Type"] not in ("Index Scan", "Index Only Scan", "Seq Scan",
                                                        "Bitmap Heap Scan"):
        node = node["Plans"][0]
    path = node["Node Type"] + (" " + node.get("Scan Direction", "") if node.get("Scan Direction") == "Backward" else "")
    path += (" on " + node["Index Name"]) if "Index Name" in node else ""
    buffers = plan.get("Shared Hit Blocks", 0) + plan.get("Shared Read Blocks", 0)
    ms = statistics.median(run["Execution Time"] for run in runs)
    print(f"| {name} | {ms:.2f} | {buffers} | {path} |")


# A page nine tenths down the list: 900,000 rows deep in a million.
DEEP = int(psql(f"select count(*) from transactions t {WHERE}")) * 9 // 10
print("| statement | ms (median of 5) | buffers | access path |")
print("|---|---|---|---|")
measure("count, capped at 10,000 (a new set of filters)",
        f"select count(*) from (select 1 from transactions t {WHERE} limit 10001) counted")
measure("count(*) with the sources joined (before)", f"select count(*) from {JOINED} {WHERE}")
for name, (columns, ascending) in ORDERS.items():
    key = key_at(columns, ascending, DEEP)
    measure(f"first page, {name}", page(columns, ascending))
    measure(f"page after row {DEEP:,}, {name} (seek)", page(columns, ascending, seek(columns, ascending, key)))
    if name == "newest first":
        measure(f"the same page by OFFSET {DEEP:,} (before)", page(columns, ascending, skip=DEEP))
        measure("the page before it (seek backwards)",
                page(columns, ascending, seek(columns, ascending, key, backwards=True), backwards=True))
        measure("a page link 9 pages on (seek, skip 200)",
                page(columns, ascending, seek(columns, ascending, key), skip=200))
        measure("count on after that page, capped at 10,000",
                f"select count(*) from (select 1 from transactions t {WHERE}{seek(columns, ascending, key)}"
                f" limit 10001) counted")
measure("category Health, newest first: first page",
        page(ORDERS["newest first"][0], False, where=WHERE + " and t.category in ('Health')"))
columns, ascending = ORDERS["amount"]
measure("category Health, by amount: first page",
        page(columns, ascending, where=WHERE + " and t.category in ('Health')"))
measure("kind INCOME, newest first: first page",
        page(ORDERS["newest first"][0], False, where=WHERE + " and t.type = 'INCOME'"))
search = " and (t.description ilike '%{0}%' or t.merchant ilike '%{0}%')"
measure("search 'ikea 12' (about 1 in 800 rows): first page",
        page(ORDERS["newest first"][0], False, where=WHERE + search.format("ikea 12")))
measure("search for something absent: first page",
        page(ORDERS["newest first"][0], False, where=WHERE + search.format("nothing like it")))
measure("the category list (Categories.of)",
        f"select category from rules where user_id = '{USER}' union select distinct category from transactions"
        f" where user_id = '{USER}' and categorised_by = 'USER' order by 1")
