#!/usr/bin/env python3
"""What Weblate does for translation-memory suggestions on PostgreSQL, on the units of a Hexaglot
PostgreSQL workspace: a pg_trgm GIN index on each query language's source texts, and a
similarity query (`text % query`, ordered by similarity) per query, timed warm, compared with
Hexaglot's top matches (the `top` of `hexaglot-bench tm-backends`).

    pg_trgm.py URL BACKENDS.json OUT.json [--threshold 0.5] [--limit 5]
"""
import argparse, json, statistics, time

import psycopg


def percentile(xs, p):
    s = sorted(xs)
    if not s:
        return float("nan")
    rank = max(0, min(len(s) - 1, -(-int(p * len(s)) // 100) - 1))
    return s[rank]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("backends")
    ap.add_argument("out")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--limit", type=int, default=5)
    a = ap.parse_args()
    bench = json.load(open(a.backends))
    queries = bench["top"]
    languages = sorted({q["lang"].split("-")[0] for q in queries})
    out = {"threshold": a.threshold, "limit": a.limit, "languages": languages}
    with psycopg.connect(a.url, autocommit=True) as db:
        db.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        t0 = time.perf_counter()
        for lang in languages:
            db.execute(f"CREATE INDEX IF NOT EXISTS bench_trgm_{lang} ON tm_unit USING gin ({lang}_text gin_trgm_ops)")
        db.execute("ANALYZE tm_unit")
        out["indexSeconds"] = time.perf_counter() - t0
        db.execute(f"SET pg_trgm.similarity_threshold = {a.threshold}")

        def run(q):
            lang, target = q["lang"].split("-")[0], q["target"].split("-")[0]
            rows = db.execute(
                f"SELECT id, similarity({lang}_text, %s) AS s FROM tm_unit "
                f"WHERE {lang}_text %% %s AND {target}_text IS NOT NULL ORDER BY s DESC, id DESC LIMIT %s",
                (q["text"], q["text"], a.limit)).fetchall()
            return [r[0] for r in rows]

        for q in queries:  # warm-up
            run(q)
        ms, found1, found_any, overlap, ours_total, empty_both = [], 0, 0, 0, 0, 0
        for q in queries:
            t0 = time.perf_counter()
            got = run(q)
            ms.append((time.perf_counter() - t0) * 1000)
            ours = q["units"]
            if not ours:
                empty_both += not got
                continue
            ours_total += len(ours)
            overlap += len(set(ours) & set(got))
            found1 += ours[0] in got
            found_any += bool(set(ours) & set(got))
        judged = sum(1 for q in queries if q["units"])
        out["warm"] = {"p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99),
                       "mean": statistics.mean(ms), "max": max(ms), "count": len(ms)}
        out["queriesWithOurMatches"] = judged
        out["ourTop1Found"] = found1 / judged if judged else 1.0
        out["anyOfOurTopFound"] = found_any / judged if judged else 1.0
        out["ourTopMatchesFound"] = overlap / ours_total if ours_total else 1.0
        out["bothEmpty"] = empty_both
    json.dump(out, open(a.out, "w"), indent=2, sort_keys=True)
    print(f"pg_trgm: warm p50 {out['warm']['p50']:.2f} ms, p99 {out['warm']['p99']:.2f} ms; "
          f"finds our top match for {100 * out['ourTop1Found']:.1f}% of queries, {100 * out['ourTopMatchesFound']:.1f}% of our top {a.limit}")


if __name__ == "__main__":
    main()
