#!/usr/bin/env python3
"""Time whole `hexaglot` processes: a TMX import (wall time and peak memory), and cold lookups.

    measure.py import HEXAGLOT TMX WORKSPACE --runs 3 --out RESULT.json
    measure.py cold   HEXAGLOT WORKSPACE QUERIES.jsonl --count 100 --out RESULT.json

import: each run deletes WORKSPACE (and its -wal/-shm), runs `hexaglot tm import TMX
--workspace WORKSPACE`, and records the wall time from process start to exit (workspace
creation, parsing, storing, index build, commit and checkpoint all included) and the peak
resident memory of the process (getrusage of the child). The last run's workspace is kept.

cold: runs `hexaglot tm lookup --from L --to T --min 70 --max 5 --json TEXT` once per query,
a new process each time (start-up, opening the workspace, reading the index, building the
matches, printing JSON), and records the wall time. The file system cache is warm, as it is
for a translator who runs lookups in a row; the process is cold.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time


def percentile(xs, p):
    s = sorted(xs)
    if not s:
        return None
    k = max(0, min(len(s) - 1, int(-(-p * len(s) // 100)) - 1))
    return s[k]


def summary(ms):
    return {"p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99),
            "mean": statistics.fmean(ms) if ms else None, "max": max(ms) if ms else None, "count": len(ms)}


def run_import(a):
    runs = []
    for i in range(a.runs):
        for suffix in ("", "-wal", "-shm"):
            try:
                os.remove(a.workspace + suffix)
            except FileNotFoundError:
                pass
        pid = os.fork()
        if pid == 0:
            os.execv(a.hexaglot, [a.hexaglot, "tm", "import", a.tmx, "--workspace", a.workspace, "--json"])
        t0 = time.perf_counter()
        _, status, usage = os.wait4(pid, 0)
        seconds = time.perf_counter() - t0
        if status != 0:
            sys.exit(f"measure.py: import failed with status {status}")
        runs.append({"seconds": seconds, "peak_rss_mib": usage.ru_maxrss / 1024})
        print(f"import run {i + 1}: {seconds:.2f} s, peak {usage.ru_maxrss / 1024:.0f} MiB", file=sys.stderr)
    stats = json.loads(subprocess.run([a.hexaglot, "tm", "stats", "--json", "--workspace", a.workspace],
                                      check=True, capture_output=True, text=True).stdout)
    seconds = statistics.median(r["seconds"] for r in runs)
    out = {"tmx": a.tmx, "tmx_bytes": os.path.getsize(a.tmx), "units": stats["units"], "variants": stats["variants"],
           "runs": runs, "median_seconds": seconds, "units_per_second": stats["units"] / seconds,
           "peak_rss_mib": max(r["peak_rss_mib"] for r in runs),
           "workspace_bytes": os.path.getsize(a.workspace)}
    json.dump(out, open(a.out, "w"), indent=1)


def run_cold(a):
    queries = [json.loads(l) for l in open(a.queries, encoding="utf-8")][: a.count]
    ms = []
    for q in queries:
        t0 = time.perf_counter()
        r = subprocess.run([a.hexaglot, "tm", "lookup", "--workspace", a.workspace, "--from", q["lang"], "--to", q["target"],
                            "--min", "70", "--max", "5", "--json", q["text"]], capture_output=True)
        ms.append((time.perf_counter() - t0) * 1000)
        if r.returncode != 0:
            sys.exit(f"measure.py: lookup failed: {r.stderr.decode()}")
    out = {"queries": len(ms), "cold": summary(ms), "per_query_ms": ms}
    json.dump(out, open(a.out, "w"), indent=1)
    print(f"cold lookups: p50 {out['cold']['p50']:.1f} ms, max {out['cold']['max']:.1f} ms", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    i = sub.add_parser("import")
    i.add_argument("hexaglot"); i.add_argument("tmx"); i.add_argument("workspace")
    i.add_argument("--runs", type=int, default=3); i.add_argument("--out", required=True)
    c = sub.add_parser("cold")
    c.add_argument("hexaglot"); c.add_argument("workspace"); c.add_argument("queries")
    c.add_argument("--count", type=int, default=100); c.add_argument("--out", required=True)
    a = ap.parse_args()
    run_import(a) if a.what == "import" else run_cold(a)


if __name__ == "__main__":
    main()
