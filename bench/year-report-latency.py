#!/usr/bin/env python3
"""Latency of the reports of a whole year and of the overview page of that year (issue 14: the overview of
a year <= 300 ms), p50/p95/max of REQUESTS requests each after two of warm-up, the same request every time.

usage: bench/year-report-latency.py API_URL ACCESS_TOKEN REQUESTS [YEAR]
"""
import http.client, sys, time, urllib.parse
api, token, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
year = sys.argv[4] if len(sys.argv) > 4 else "2025"
url = urllib.parse.urlparse(api)
conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
headers = {"Cookie": "access_token=" + token}
def ask(path, prefix=url.path):
    t = time.perf_counter()
    conn.request("GET", prefix + path, headers=headers)
    response = conn.getresponse(); body = response.read()
    for name, value in response.getheaders():
        if name.lower() == "set-cookie" and value.startswith("access_token=") and value[13:].split(";")[0]:
            headers["Cookie"] = value.split(";")[0]
    if response.status != 200:
        raise SystemExit(f"{path}: HTTP {response.status} {body[:300]!r}")
    return (time.perf_counter() - t) * 1000, len(body)
period = f"from={year}-01-01&to={year}-12-31"
endpoints = {
    "by-category": f"/reports/by-category?{period}",
    "highlights": f"/reports/highlights?{period}",
    "largest": f"/reports/largest?{period}&limit=5",
    "growth": f"/reports/growth?{period}",
    "new-merchants": f"/reports/new-merchants?{period}",
    "balance (by month)": f"/reports/balance?{period}&interval=month",
    "overview page": None,
}
print(f"{'a year of':22} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9} {'bytes':>10}")
for name, path in endpoints.items():
    prefix = url.path
    if path is None:
        path, prefix = f"/app/dashboard.xhtml?{period}", ""
    for _ in range(2):
        ask(path, prefix)
    answers = [ask(path, prefix) for _ in range(requests)]
    times = sorted(t for t, _ in answers)
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"{name:22} {p(0.50):9.1f} {p(0.95):9.1f} {times[-1]:9.1f} {answers[-1][1]:10}", flush=True)
