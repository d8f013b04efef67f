#!/usr/bin/env python3
"""Makes the people of the load test: N accounts, each with an ordinary ledger (bench/generate-csv.py, ROWS rows
of a household: ~150 recurring merchants, a long tail of one-off shops, refunds, transfers), imported through the
API. Writes their credentials to OUT.csv (email,password) for BrowsingSimulation. Idempotent per RUN name.

usage: bench/load/prepare-users.py API_URL N ROWS OUT.csv [RUN]
"""
import http.client, json, os, subprocess, sys, tempfile, time, urllib.parse, uuid

api, count, rows, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
run = sys.argv[5] if len(sys.argv) > 5 else "load"
url = urllib.parse.urlparse(api)
here = os.path.dirname(os.path.abspath(__file__))
password = "load-test-password-2026"


def call(method, path, body=None, headers=None, cookie=None):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    headers = dict(headers or {})
    headers["X-Requested-With"] = "tributary"
    if cookie:
        headers["Cookie"] = cookie
    conn.request(method, url.path + path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    token = None
    for name, value in response.getheaders():
        if name.lower() == "set-cookie" and value.startswith("access_token="):
            token = value.split(";")[0]
    return response.status, data, token


def upload(cookie, name, content):
    boundary = "----load" + uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
            "Content-Type: application/octet-stream\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return call("POST", "/imports", body, {"Content-Type": "multipart/form-data; boundary=" + boundary}, cookie)


# The people made by an earlier run, one email a line: they are signed in, never signed up again.
done = out + ".done"
known = set(open(done).read().split()) if os.path.exists(done) else set()
with open(out, "w") as credentials, tempfile.TemporaryDirectory() as work:
    credentials.write("email,password\n")
    for n in range(count):
        email = f"{run}-{n}@load.test"
        credentials.write(f"{email},{password}\n")
        login = json.dumps({"email": email, "password": password})
        # Signing up a known person, or signing in an unknown one, would count against the address's limits.
        if email not in known:
            status, body, _ = call("POST", "/auth/sign-up", login, {"Content-Type": "application/json"})
            if status not in (201, 409):
                raise SystemExit(f"sign-up of {email}: HTTP {status} {body[:200]!r}")
        status, body, cookie = call("POST", "/auth/sign-in", login, {"Content-Type": "application/json"})
        if status != 200:
            raise SystemExit(f"sign-in of {email}: HTTP {status} {body[:200]!r}")
        status, body, _ = call("GET", "/transactions?size=1", cookie=cookie)
        if status == 200 and json.loads(body).get("items"):
            open(done, "a").write(email + "\n")
            continue  # this person's ledger is there from an earlier run
        statement = os.path.join(work, f"{n}.csv")
        subprocess.run([sys.executable, os.path.join(here, "..", "generate-csv.py"), str(rows), statement,
                        str(1000 + n)], check=True, stdout=subprocess.DEVNULL)
        status, body, _ = upload(cookie, f"household-{n}.csv", open(statement, "rb").read())
        if status != 202:
            raise SystemExit(f"import for {email}: HTTP {status} {body[:300]!r}")
        import_id = json.loads(body)["importId"]
        while True:
            status, body, _ = call("GET", f"/imports/{import_id}", cookie=cookie)
            state = json.loads(body)["status"]
            if state in ("COMPLETED", "FAILED"):
                break
            time.sleep(0.3)
        print(f"{email}: {state}, {json.loads(body).get('imported')} rows", flush=True)
        open(done, "a").write(email + "\n")
