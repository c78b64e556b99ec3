#!/usr/bin/env python3
"""Time the server's suggestion API: one client in a row (p50, p99), then the URL list for wrk.

    api.py prepare QUERIES.jsonl FOLDER            # Markdown documents made of the queries
    api.py time BASE_URL NAME PASSWORD --out RESULT.json --urls URLS.txt [--rounds 1] [--segments SEGMENTS.jsonl]

prepare: writes each of the benchmark's queries (tm-queries.jsonl: text, lang, target) as a
Markdown document of its own, BENCH-SERVE-0001.md…, in the query's language, so that every
query is a segment (or a few, when it holds several sentences) and its suggestions come from
`GET /api/documents/{reference}/{target}/segments/{n}/suggestions` as the editor asks them.

time: signs in, lists each document's segments, then asks the suggestions of every segment
(into the language its query asked for; `min=70&max=5`) on one keep-alive connection and records
the wall time of each request, client side (request sent to last byte read). Any answer but 200
stops the run. Writes the percentiles, and the URLs with the session cookie for wrk; with
--segments, also the segments asked, as queries in tm-queries.jsonl's form (their plain text,
language and target), so that the in-process warm lookup is timed on the very same texts.
"""
import argparse
import http.client
import json
import os
import statistics
import sys
import time
import urllib.parse
from collections import defaultdict


def percentile(xs, p):
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(-(-p * len(s) // 100)) - 1))
    return s[k]


def prepare(a):
    os.makedirs(a.folder, exist_ok=True)
    targets = {}
    for n, line in enumerate(open(a.queries, encoding="utf-8"), start=1):
        q = json.loads(line)
        reference = f"BENCH-SERVE-{n:04d}"
        # Markdown's own characters escaped, so that the query stays text.
        text = " ".join(q["text"].split())
        for ch in "\\`*_[]<>#|":
            text = text.replace(ch, "\\" + ch)
        with open(os.path.join(a.folder, f"{reference}.md"), "w", encoding="utf-8") as f:
            f.write(f"---\nreference: {reference}\nkind: other\ntitle: \"Query {n}\"\nlanguage: {q['lang']}\n---\n{text}\n")
        targets[reference] = q["target"]
    json.dump(targets, open(os.path.join(a.folder, "targets.json"), "w"))


def time_api(a):
    url = urllib.parse.urlsplit(a.base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)

    def call(method, path, body=None, headers=None):
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.getheaders(), r.read()

    status, headers, body = call("POST", "/api/login", json.dumps({"name": a.name, "password": a.password}),
                                 {"Content-Type": "application/json"})
    if status != 200:
        sys.exit(f"api.py: sign-in failed ({status}): {body[:200]!r}")
    cookie = next(v for k, v in headers if k.lower() == "set-cookie").split(";")[0]
    auth = {"Cookie": cookie}
    targets = json.load(open(a.targets))
    paths, asked = [], []
    for reference, target in targets.items():
        status, _, body = call("GET", f"/api/documents/{reference}/{target}/segments", headers=auth)
        if status != 200:
            sys.exit(f"api.py: {reference}: {status} {body[:200]!r}")
        listing = json.loads(body)
        for s in (s for s in listing["segments"] if s["number"] > 0):
            paths.append(f"/api/documents/{reference}/{target}/segments/{s['number']}/suggestions?min=70&max=5")
            plain = "".join(r if isinstance(r, str) else (r.get("equiv") or "") for r in s["sourceContent"])
            asked.append({"id": len(asked), "lang": listing["sourceLanguage"], "target": target, "text": plain, "edit": "segment"})
    ms, found = [], 0
    for _ in range(a.rounds):
        for p in paths:
            t0 = time.perf_counter()
            status, _, body = call("GET", p, headers=auth)
            ms.append((time.perf_counter() - t0) * 1000)
            if status != 200:
                sys.exit(f"api.py: {p}: {status} {body[:200]!r}")
            found += bool(json.loads(body)["suggestions"])
    with open(a.urls, "w") as f:
        f.write(cookie + "\n")
        f.write("\n".join(paths) + "\n")
    if a.segments:
        with open(a.segments, "w", encoding="utf-8") as f:
            for q in asked:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
    out = {"requests": len(ms), "segments": len(paths), "with_suggestions": found,
           "api": {"p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99),
                   "mean": statistics.fmean(ms), "max": max(ms)}}
    json.dump(out, open(a.out, "w"), indent=1)
    print(f"API suggestions: p50 {out['api']['p50']:.2f} ms, p99 {out['api']['p99']:.2f} ms over {len(ms)} requests",
          file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("queries"); p.add_argument("folder")
    t = sub.add_parser("time")
    t.add_argument("base"); t.add_argument("name"); t.add_argument("password")
    t.add_argument("--targets", required=True); t.add_argument("--out", required=True); t.add_argument("--urls", required=True)
    t.add_argument("--rounds", type=int, default=1)
    t.add_argument("--segments", help="write the segments asked as queries (JSON lines) for the warm harness")
    a = ap.parse_args()
    prepare(a) if a.what == "prepare" else time_api(a)


if __name__ == "__main__":
    main()
