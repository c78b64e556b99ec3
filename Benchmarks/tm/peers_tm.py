#!/usr/bin/env python3
"""Python peers of Hexaglot's fuzzy TM lookup, timed on the same memory and queries.

    python peers_tm.py TMX QUERIES.jsonl --out RESULT.json [--tt-limit N] [--repeat 1]
                       [--scope lang|pair] [--peers rapidfuzz,rapidfuzz_pre,translate_toolkit]

TMX is streamed once (xml.etree.ElementTree.iterparse); only the languages the queries use
(their lang and target) are kept, one column per language (unit ordinal -> text or None).

rapidfuzz: for each query,
    rapidfuzz.process.extract(text, choices, scorer=rapidfuzz.fuzz.ratio, limit=5,
                              score_cutoff=70, processor=rapidfuzz.utils.default_process)
  an exhaustive scan. choices (built once per language, not timed) are the texts of every unit
  that has a variant in the query's language (--scope lang, the default), or of every unit that
  has both the query's language and its target (--scope pair, what a lookup "--from L --to T"
  searches).

rapidfuzz_pre: the same scan with the choices put through utils.default_process once, before
  timing (time reported as prep_s), and only the query processed in the timed call:
    process.extract(utils.default_process(text), processed_choices, scorer=fuzz.ratio,
                    limit=5, score_cutoff=70)
  Same scores and matches; it shows rapidfuzz at its best, as a peer that keeps an index of
  normalized text would be.

translate_toolkit: translate.search.match.matcher (Levenshtein comparer, which uses
  rapidfuzz.distance.Levenshtein when rapidfuzz is installed, as here) over a
  translate.storage.base.TranslationStore whose units have source = the query-language text and
  target = the target-language text of the units having both, in file order, the first
  --tt-limit of them (default 0 = all; building takes some 8 s per pair of ~900k units); built
  once per (lang, target) pair (build time reported, not in the per-query figure) with
  max_candidates=5, min_similarity=70, max_length=100000 (no truncation of long segments);
  matcher.matches(text) is timed. The matcher drops units whose source is shorter than 2
  characters and repeated identical (source, target) pairs: "indexed" reports the units it
  kept, "offered" those given to it. Its scores are its own (case-sensitive Levenshtein on the
  raw text), not rapidfuzz's; a tie of scores would crash its heap (TypeError comparing
  units), so units are given an order in which none is smaller (see run_translate_toolkit).

Timing: per language (or pair) group, one untimed warm-up call with the group's first query,
then each query --repeat times (time.perf_counter_ns); a query's time is the median of its
repeats. Queries run one at a time in one thread. Reported in ms: p50, p95, p99 (linear
interpolation between closest ranks), mean, min, max, overall and per query language.

RESULT.json:
  {"queries": n, "tmx": path, "units": n, "scope": "lang",
   "rapidfuzz": {"version", "per_query_ms": [by query order], "p50", "p95", "p99", "mean",
                 "min", "max", "per_lang": {lang: {"n", "p50", ...}}, "choices": {lang: n},
                 "matches": [[{"unit": ordinal, "score": s, "text": ..., "target": ...}, ...]]},
   "rapidfuzz_pre": {same as rapidfuzz, "prep_s": {lang: s}},
   "translate_toolkit": {same, "offered": {"en>fr": n}, "indexed": {"en>fr": n},
                         "indexed_total": n, "limit": n, "build_s": {"en>fr": s}}}
A peer that is not installed is {"skipped": "reason"}.
"""
import argparse
import gc
import importlib.metadata
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmcommon import eprint, lang_code, read_tmx  # noqa: E402


def percentile(sorted_xs, p):
    if not sorted_xs:
        return None
    k = (len(sorted_xs) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(sorted_xs) - 1)
    return sorted_xs[f] + (sorted_xs[c] - sorted_xs[f]) * (k - f)


def stats(ms):
    xs = sorted(x for x in ms if x is not None)
    if not xs:
        return {"n": 0}
    return {"n": len(xs), "p50": round(percentile(xs, 50), 3), "p95": round(percentile(xs, 95), 3),
            "p99": round(percentile(xs, 99), 3), "mean": round(sum(xs) / len(xs), 3),
            "min": round(xs[0], 3), "max": round(xs[-1], 3)}


def summarize(queries, per_query_ms):
    out = stats(per_query_ms)
    out.pop("n", None)
    out["per_query_ms"] = [None if x is None else round(x, 4) for x in per_query_ms]
    out["per_lang"] = {}
    for lang in dict.fromkeys(q["lang"] for q in queries):
        out["per_lang"][lang] = stats([t for q, t in zip(queries, per_query_ms) if q["lang"] == lang])
    return out


def timed(fn, arg, repeat):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter_ns()
        result = fn(arg)
        times.append((time.perf_counter_ns() - t0) / 1e6)
    times.sort()
    return times[len(times) // 2], result


def version(dist):
    try:
        return importlib.metadata.version(dist)
    except Exception:
        return "?"


def load(tmx, langs):
    """{lang: [text or None per unit]}, number of units."""
    cols = {l: [] for l in langs}
    n = 0
    for _, variants in read_tmx(tmx):
        for l in langs:
            cols[l].append(None)
        for tl, text in variants:
            l = lang_code(tl)
            if l in cols:
                cols[l][n] = text
        n += 1
    return cols, n


def run_rapidfuzz(queries, cols, scope, repeat, pre=False):
    try:
        from rapidfuzz import fuzz, process, utils
    except Exception as e:
        return {"skipped": f"rapidfuzz does not import: {type(e).__name__}: {e}"}
    res = {"version": version("rapidfuzz"), "choices": {}, "call":
           "process.extract(text, choices, scorer=fuzz.ratio, limit=5, score_cutoff=70, "
           "processor=utils.default_process)"}
    if pre:
        res["call"] = ("process.extract(utils.default_process(text), processed_choices, "
                       "scorer=fuzz.ratio, limit=5, score_cutoff=70)")
        res["prep_s"] = {}
    per_query = [None] * len(queries)
    matches = [None] * len(queries)
    groups = {}
    for i, q in enumerate(queries):
        key = q["lang"] if scope == "lang" else f"{q['lang']}>{q['target']}"
        groups.setdefault(key, []).append(i)
    for key, idx in groups.items():
        lang = queries[idx[0]]["lang"]
        src = cols[lang]
        if scope == "lang":
            units = [u for u, t in enumerate(src) if t is not None]
        else:
            tgt = cols[queries[idx[0]]["target"]]
            units = [u for u, t in enumerate(src) if t is not None and tgt[u] is not None]
        choices = [src[u] for u in units]
        res["choices"][key] = len(choices)
        if pre:
            t0 = time.perf_counter()
            processed = [utils.default_process(c) for c in choices]
            res["prep_s"][key] = round(time.perf_counter() - t0, 2)

            def call(text, processed=processed):
                return process.extract(utils.default_process(text), processed, scorer=fuzz.ratio,
                                       limit=5, score_cutoff=70)
        else:
            def call(text, choices=choices):
                return process.extract(text, choices, scorer=fuzz.ratio, limit=5,
                                       score_cutoff=70, processor=utils.default_process)

        call(queries[idx[0]]["text"])  # warm-up
        t_group = time.perf_counter()
        for i in idx:
            q = queries[i]
            ms, found = timed(call, q["text"], repeat)
            per_query[i] = ms
            tcol = cols.get(q["target"])
            matches[i] = [{"unit": units[j], "score": round(s, 2), "text": choices[j],
                           "target": tcol[units[j]] if tcol else None} for _, s, j in found]
        eprint(f"  {'rapidfuzz_pre' if pre else 'rapidfuzz'} {key}: {len(idx)} queries over {len(choices)} choices, "
               f"{time.perf_counter() - t_group:.1f} s")
        del choices, units, call
        processed = None
        gc.collect()
    res.update(summarize(queries, per_query))
    res["matches"] = matches
    return res


def run_translate_toolkit(queries, cols, limit, repeat):
    try:
        from translate.search import match as tt_match
        from translate.storage import base as tt_base
    except Exception as e:
        return {"skipped": f"translate-toolkit does not import: {type(e).__name__}: {e}"}
    # matcher.matches keeps its best candidates in a heap of (similarity, unit) tuples; two
    # equal similarities make heapq compare the units, which TranslationUnit does not support
    # (TypeError). Giving units an order in which none is smaller than another (as for equal
    # keys) lets the heap keep the first one found; it changes no similarity.
    if "__lt__" not in vars(tt_base.TranslationUnit):
        tt_base.TranslationUnit.__lt__ = lambda self, other: False
    res = {"version": version("translate-toolkit"), "limit": limit, "offered": {}, "indexed": {},
           "build_s": {}, "call": "matcher(store, max_candidates=5, min_similarity=70, "
           "max_length=100000).matches(text)"}
    per_query = [None] * len(queries)
    matches = [None] * len(queries)
    groups = {}
    for i, q in enumerate(queries):
        groups.setdefault((q["lang"], q["target"]), []).append(i)
    for (lang, target), idx in groups.items():
        key = f"{lang}>{target}"
        src, tgt = cols[lang], cols[target]
        t0 = time.perf_counter()
        store = tt_base.TranslationStore()
        for u, s in enumerate(src):
            if s is not None and tgt[u] is not None:
                unit = tt_base.TranslationUnit(s)
                unit.target = tgt[u]
                store.units.append(unit)
                if limit and len(store.units) >= limit:
                    break
        m = tt_match.matcher(store, max_candidates=5, min_similarity=70, max_length=100000)
        res["build_s"][key] = round(time.perf_counter() - t0, 2)
        res["offered"][key] = len(store.units)
        res["indexed"][key] = len(m.candidates.units)
        del store
        m.matches(queries[idx[0]]["text"])  # warm-up
        t_group = time.perf_counter()
        for i in idx:
            ms, found = timed(m.matches, queries[i]["text"], repeat)
            per_query[i] = ms
            matches[i] = [{"score": _score(u), "text": str(u.source), "target": str(u.target)}
                          for u in found]
        eprint(f"  translate-toolkit {key}: {len(idx)} queries, {res['indexed'][key]} indexed "
               f"(built in {res['build_s'][key]} s), {time.perf_counter() - t_group:.1f} s")
        del m
        gc.collect()
    res["indexed_total"] = sum(res["indexed"].values())
    res.update(summarize(queries, per_query))
    res["matches"] = matches
    return res


def _score(unit):
    import re
    m = re.search(r"([0-9.]+)%", unit.getnotes())
    return round(float(m.group(1)), 2) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tmx")
    ap.add_argument("queries")
    ap.add_argument("--out", required=True)
    ap.add_argument("--tt-limit", type=int, default=0,
                    help="units of each language pair Translate Toolkit indexes (0 = all)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--scope", choices=["lang", "pair"], default="lang",
                    help="rapidfuzz choices: all units in the query language, or only those "
                         "that also have the target language")
    ap.add_argument("--peers", default="rapidfuzz,rapidfuzz_pre,translate_toolkit",
                    help="comma-separated: rapidfuzz, rapidfuzz_pre, translate_toolkit")
    a = ap.parse_args()

    with open(a.queries, encoding="utf-8") as f:
        queries = [json.loads(line) for line in f if line.strip()]
    langs = list(dict.fromkeys([q["lang"] for q in queries] + [q["target"] for q in queries]))
    t0 = time.perf_counter()
    cols, n_units = load(a.tmx, langs)
    eprint(f"loaded {n_units} units ({', '.join(f'{l} {sum(t is not None for t in c)}' for l, c in cols.items())}) "
           f"from {a.tmx} in {time.perf_counter() - t0:.1f} s")

    result = {"queries": len(queries), "tmx": os.path.abspath(a.tmx), "units": n_units,
              "scope": a.scope, "repeat": a.repeat}
    peers = [p for p in a.peers.split(",") if p]
    if "rapidfuzz" in peers:
        result["rapidfuzz"] = run_rapidfuzz(queries, cols, a.scope, a.repeat)
    if "rapidfuzz_pre" in peers:
        result["rapidfuzz_pre"] = run_rapidfuzz(queries, cols, a.scope, a.repeat, pre=True)
    if "translate_toolkit" in peers:
        result["translate_toolkit"] = run_translate_toolkit(queries, cols, a.tt_limit, a.repeat)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)

    print(f"{len(queries)} queries on {n_units} units ({a.tmx})")
    for name in ("rapidfuzz", "rapidfuzz_pre", "translate_toolkit"):
        r = result.get(name)
        if r is None:
            continue
        if "skipped" in r:
            print(f"  {name}: skipped ({r['skipped']})")
            continue
        extra = (f", scans {sum(r['choices'].values()) / len(r['choices']):,.0f} choices per group"
                 if name.startswith("rapidfuzz") else
                 f", indexed {min(r['indexed'].values()):,}-{max(r['indexed'].values()):,} units per pair"
                 f" (limit {r['limit'] or 'none'})")
        print(f"  {name} {r['version']}: p50 {r['p50']:.2f} ms, p95 {r['p95']:.2f} ms, "
              f"p99 {r['p99']:.2f} ms, mean {r['mean']:.2f} ms{extra}")
        print("    per lang p50: " + ", ".join(f"{l} {s['p50']:.1f}" for l, s in r["per_lang"].items()))
        hits = sum(1 for m in r["matches"] if m)
        print(f"    queries with at least one match >= 70: {hits}/{len(queries)}")
    print(f"written: {a.out}")


if __name__ == "__main__":
    main()
