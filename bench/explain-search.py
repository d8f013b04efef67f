#!/usr/bin/env python3
"""EXPLAIN ANALYZE of searching one user's transactions, with the trigram index (V17) and without it.

    bench/explain-search.py PG_URL USER_ID TERM...

For each term: the transactions page's statements (the count capped at 10,000 and the first page, newest
first, written as Ledger and SeekSql write them) and the API's (the full count), each 5 times after a
warm-up, median; "without" drops the index inside a transaction that is rolled back (it holds the table's
exclusive lock meanwhile: use a database nobody else works in). Prints a Markdown table.
"""
import json
import statistics
import subprocess
import sys

PG, USER, TERMS = sys.argv[1], sys.argv[2], sys.argv[3:]
COLUMNS = ("t.id, t.booked_date, t.amount, t.currency, t.description, t.merchant, t.category, t.type, t.pending,"
           " t.source_id, s.kind, s.name")


def where(term):
    like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("'", "''") + "%"
    return f" where t.user_id = '{USER}' and (t.description ilike '{like}' or t.merchant ilike '{like}')"


STATEMENTS = {
    "page: count, capped": lambda term: f"select count(*) from (select 1 from transactions t{where(term)}"
                                        " limit 10001) counted",
    "page: first 25, newest first": lambda term: f"select {COLUMNS} from transactions t join sources s"
                                                 f" on s.id = t.source_id{where(term)}"
                                                 " order by t.booked_date desc, t.id desc limit 25",
    "API: count(*)": lambda term: f"select count(*) from transactions t{where(term)}",
}


def explain(sql, without_index):
    prefix = "begin; drop index transactions_text_trgm_idx; " if without_index else "begin; "
    out = subprocess.run(["psql", PG, "-qtAX", "-v", "ON_ERROR_STOP=1"], check=True, capture_output=True,
                         text=True, input=prefix + "explain (analyze, buffers, format json) " + sql + "; rollback;")
    return json.loads(out.stdout)[0]


def measure(sql, without_index):
    explain(sql, without_index)
    runs = [explain(sql, without_index) for _ in range(5)]
    scans = []

    def walk(node):
        if node["Node Type"].endswith("Scan"):
            scans.append(node["Node Type"] + (" on " + node["Index Name"] if "Index Name" in node else ""))
        for child in node.get("Plans", []):
            walk(child)

    walk(runs[0]["Plan"])
    path = " + ".join(dict.fromkeys(s for s in scans if "sources" not in s and "pkey" not in s))
    return statistics.median(r["Execution Time"] for r in runs), path


matches = {term: int(subprocess.run(["psql", PG, "-qtAX", "-c", STATEMENTS["API: count(*)"](term)], check=True,
                                    capture_output=True, text=True).stdout) for term in TERMS}
print("| search | rows found | statement | with the index: ms, path | without: ms, path |")
print("|---|---|---|---|---|")
for term in TERMS:
    for name, statement in STATEMENTS.items():
        with_ms, with_path = measure(statement(term), False)
        without_ms, without_path = measure(statement(term), True)
        print(f"| '{term}' | {matches[term]:,} | {name} | {with_ms:.2f}, {with_path} | {without_ms:.2f},"
              f" {without_path} |")
