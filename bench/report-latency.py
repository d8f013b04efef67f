#!/usr/bin/env python3
"""Latency of every report endpoint over HTTP: p50/p95/max after a warm-up, then export timings.

usage: bench/report-latency.py API_URL ACCESS_TOKEN REQUESTS
"""
import http.client, statistics, sys, time, urllib.parse, random
api, token, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
url = urllib.parse.urlparse(api)
conn = http.client.HTTPConnection(url.hostname, url.port)
headers = {"Cookie": "access_token=" + token}
rng = random.Random(7)
def ask(path, prefix=url.path):
    t = time.perf_counter()
    conn.request("GET", prefix + path, headers=headers)
    response = conn.getresponse(); body = response.read()
    # The server renews the token on use past half its lifetime (15 minutes): keep the renewed one.
    for name, value in response.getheaders():
        if name.lower() == "set-cookie" and value.startswith("access_token=") and value[13:].split(";")[0]:
            headers["Cookie"] = value.split(";")[0]
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status} {body[:300]!r}")
    return (time.perf_counter() - t) * 1000, len(body)
def month():
    m = rng.randrange(1, 13)
    end = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"from=2025-{m:02d}-01&to=2025-{m:02d}-{end}"
filters = ["", "&category=Groceries", "&sourceKind=FILE", "&category=Transport&category=Shopping"]
endpoints = {
    "by-category": lambda: f"/reports/by-category?{month()}{rng.choice(filters)}",
    "largest": lambda: f"/reports/largest?{month()}{rng.choice(filters)}&limit=10",
    "growth": lambda: f"/reports/growth?{month()}{rng.choice(filters)}",
    "new-merchants": lambda: f"/reports/new-merchants?{month()}{rng.choice(filters)}",
    "balance (month, a year)": lambda: f"/reports/balance?from=2025-01-01&to=2025-12-31&interval=month{rng.choice(filters)}",
    "balance (day, a month)": lambda: f"/reports/balance?{month()}&interval=day",
    "highlights": lambda: f"/reports/highlights?{month()}",
    "by-category (the year)": lambda: f"/reports/by-category?from=2025-01-01&to=2025-12-31{rng.choice(filters)}",
}
print(f"{'endpoint':28} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
for name, path in endpoints.items():
    for _ in range(10):
        ask(path())
    times = sorted(ask(path())[0] for _ in range(requests))
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"{name:28} {p(0.50):8.1f} {p(0.95):8.1f} {times[-1]:8.1f}")
# The overview page of a year, as a person opens it (every report it shows, rendered); a tenth as many times.
page = "/app/dashboard.xhtml?from=2025-01-01&to=2025-12-31"
ask(page, prefix="")
ask(page, prefix="")
overview = sorted(ask(page, prefix="")[0] for _ in range(max(5, requests // 10)))
print(f"{'overview page (a year)':28} {overview[len(overview) // 2]:8.1f} "
      f"{overview[min(len(overview) - 1, int(0.95 * len(overview)))]:8.1f} {overview[-1]:8.1f}")
for name in ["by-category", "balance"]:
    took, size = ask(f"/reports/{name}/export?format=xlsx&from=2025-01-01&to=2025-12-31&interval=day")
    print(f"xlsx export of {name} for the year: {took:.0f} ms, {size} bytes")
took, size = ask("/transactions/export?format=xlsx&from=2025-01-01&to=2025-12-31")
print(f"xlsx export of the year's transactions: {took:.0f} ms, {size // 1024} KiB")
took, size = ask("/transactions/export?format=csv&from=2025-01-01&to=2025-12-31")
print(f"csv export of the year's transactions: {took:.0f} ms, {size // 1024} KiB")
