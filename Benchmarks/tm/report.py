#!/usr/bin/env python3
"""Write the translation-memory benchmark report (Markdown) from the run's JSON results.

    report.py --data DATA --out results/tm-latest.md --command "Benchmarks/run-tm.sh"
"""
import argparse
import json
import os
import platform
import subprocess
from datetime import datetime, timezone


def load(path):
    try:
        return json.load(open(path))
    except FileNotFoundError:
        return None


def ms(x):
    return "–" if x is None else (f"{x:.2f}" if x < 10 else f"{x:.1f}" if x < 100 else f"{x:.0f}")


def ratio(peer, ours):
    if peer is None or not ours:
        return "–"
    return f"{peer / ours:.0f}×" if peer / ours >= 10 else f"{peer / ours:.1f}×"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--command", required=True)
    ap.add_argument("--grow", default="")
    a = ap.parse_args()
    out = os.path.join(a.data, "out")
    imp = {k: load(f"{out}/tm-import-{k}.json") for k in ("61k", "1m")}
    swift = {k: load(f"{out}/tm-swift-{k}.json") for k in ("61k", "1m", "1m-heldout")}
    cold = load(f"{out}/tm-cold-1m.json")
    peers = {k: load(f"{out}/tm-peers-{k}.json") for k in ("61k", "1m")}
    grow = load(f"{out}/tm-grow.json") or {}

    lines = ["# Hexaglot translation-memory benchmark: latest results", ""]
    swift_version = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    lines += [f"Command: `{a.command}`  ",
              f"Date: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}  ",
              f"Machine: {os.cpu_count()} cores, {platform.machine()}, Linux {platform.release()}; load average at report time: "
              + " ".join(f"{x:.2f}" for x in os.getloadavg()) + "  ",
              f"Toolchain: {swift_version[0] if swift_version else 'swift'}, release build; Python {platform.python_version()}"
              + (f"; rapidfuzz {peers['1m']['rapidfuzz'].get('version')}" if peers.get('1m') and 'version' in peers['1m'].get('rapidfuzz', {}) else "")
              + (f", translate-toolkit {peers['1m']['translate_toolkit'].get('version')}" if peers.get('1m') and 'version' in peers['1m'].get('translate_toolkit', {}) else ""),
              ""]
    lines += ["Memory: the corpus (`shared/corpus`, 61,053 LibreOffice units in 6 languages) and the same grown to "
              f"1,000,000 units by `Benchmarks/tm/grow.py` (seed {grow.get('seed', 2030)}: the originals, then generated units, "
              "three edited copies of an original (one word replaced in each variant) for each pair of two originals "
              "joined; see Benchmarks/tm/README.md)"
              + (f", {grow['bytes'] / 1e6:.0f} MB, sha256 `{grow['sha256'][:16]}…`" if grow.get("sha256") else "") + ".  ",
              "Queries: 250 drawn by `Benchmarks/tm/queries.py` (seed 17) from the original units in all six languages, "
              "a quarter unchanged, the rest with one or two words replaced, deleted or inserted; each asks for the "
              "5 best matches at 70 or more into another language of its unit. A second, disjoint set of 250 "
              "(held out, seed 18) is used for recall only.", ""]

    lines += ["## a. TMX import", "",
              "`hexaglot tm import FILE --workspace NEW` as a whole process: parse, keys and tokens, store, index, "
              "commit and checkpoint. Median of the runs.", "",
              "| memory | TMX MB | units | median s | units/s | peak memory MiB | workspace MB | runs (s) |",
              "|---|---:|---:|---:|---:|---:|---:|---|"]
    for k, label in (("61k", "corpus"), ("1m", "grown to 1M")):
        r = imp.get(k)
        if r:
            lines.append(f"| {label} | {r['tmx_bytes'] / 1e6:.0f} | {r['units']:,} | {r['median_seconds']:.2f} | "
                         f"**{r['units_per_second']:,.0f}** | **{r['peak_rss_mib']:.0f}** | {r['workspace_bytes'] / 1e6:.0f} | "
                         + ", ".join(f"{x['seconds']:.1f}" for x in r["runs"]) + " |")
    lines.append("")

    lines += ["## b. Lookup speed (same queries, same data)", "",
              "Hexaglot warm: one process, the index opened once, each query timed after a warm-up pass, "
              "matches built (texts, diff, placeables). Hexaglot cold: a new `hexaglot tm lookup --json` process per query "
              "(first 100 queries). Exhaustive: every variant of the query's language scored with Hexaglot's own score "
              "(the recall reference). Peers: rapidfuzz `process.extract(query, choices, scorer=fuzz.ratio, limit=5, "
              "score_cutoff=70, processor=default_process)` over the variants of the query's language, and the same with "
              "the choices processed once beforehand; Translate Toolkit's `matcher` (max 5, min 70) over the units of the "
              "language pair. Ratio = the peer's p50 ÷ Hexaglot warm's p50.", "",
              "| memory | system | searched | p50 ms | p95 ms | p99 ms | mean ms | p50 vs Hexaglot warm |",
              "|---|---|---:|---:|---:|---:|---:|---:|"]
    for k, label in (("61k", "corpus"), ("1m", "1M")):
        s = swift.get(k)
        ours = s["warm"]["p50"] if s else None
        if s:
            w = s["warm"]
            lines.append(f"| {label} | **Hexaglot, warm (index)** | index | **{ms(w['p50'])}** | {ms(w['p95'])} | **{ms(w['p99'])}** | {ms(w['mean'])} | 1.0× |")
            if s.get("exhaustive"):
                e = s["exhaustive"]
                lines.append(f"| {label} | Hexaglot, exhaustive scan | all | {ms(e['p50'])} | {ms(e['p95'])} | {ms(e['p99'])} | {ms(e['mean'])} | {ratio(e['p50'], ours)} |")
        if k == "1m" and cold:
            c = cold["cold"]
            lines.append(f"| {label} | **Hexaglot, cold process** | index | **{ms(c['p50'])}** | {ms(c['p95'])} | {ms(c['p99'])} | {ms(c['mean'])} | {ratio(c['p50'], ours)} |")
        p = peers.get(k) or {}
        for key, name in (("rapidfuzz", "rapidfuzz `extract` (as called above)"), ("rapidfuzz_pre", "rapidfuzz, choices pre-processed"),
                          ("translate_toolkit", "Translate Toolkit matcher")):
            r = p.get(key)
            if not r:
                continue
            if "skipped" in r:
                lines.append(f"| {label} | {name} | – | skipped: {r['skipped']} | | | | |")
                continue
            if isinstance(r.get("indexed"), dict) and r["indexed"]:
                sizes = list(r["indexed"].values())
                scanned = f"{min(sizes):,}–{max(sizes):,} a pair"
            else:
                scanned = sum((r.get("choices") or {}).values()) or ""
            lines.append(f"| {label} | {name} | {scanned:,} | {ms(r['p50'])} | {ms(r['p95'])} | {ms(r['p99'])} | {ms(r['mean'])} | {ratio(r['p50'], ours)} |"
                         if isinstance(scanned, int) else
                         f"| {label} | {name} | {scanned} | {ms(r['p50'])} | {ms(r['p95'])} | {ms(r['p99'])} | {ms(r['mean'])} | {ratio(r['p50'], ours)} |")
    lines.append("")
    if swift.get("1m"):
        per = swift["1m"].get("warmPerLanguage", {})
        lines += ["Hexaglot warm at 1M, per query language (p50 / p99 ms): "
                  + ", ".join(f"{l} {ms(per[l]['p50'])} / {ms(per[l]['p99'])}" for l in ("en", "fr", "es", "ru", "ar", "zh") if l in per), ""]

    lines += ["## c. Recall against the exhaustive answer", "",
              "For each query, the exhaustive scan scores every variant of its language with the same score and ranking "
              "(score, then newest unit); recall@k = the share of the exhaustive top k that the indexed lookup returns, "
              "over the queries that have at least one match at 70 or more.", "",
              "| memory | queries | with a match | recall@1 | recall@5 |", "|---|---|---:|---:|---:|"]
    for k, label in (("61k", "corpus, main queries"), ("1m", "1M, main queries"), ("1m-heldout", "1M, held-out queries")):
        s = swift.get(k)
        if s and "recallAt1" in s:
            lines.append(f"| {label} | {s['queries']} | {s['judgedQueries']} | **{s['recallAt1']:.3f}** | **{s['recallAt5']:.3f}** |")
    lines.append("")

    targets = []
    if imp.get("1m"):
        targets.append(("TMX import at 1M ≥ 50,000 units/s", imp["1m"]["units_per_second"] >= 50000, f"{imp['1m']['units_per_second']:,.0f} units/s"))
        targets.append(("peak memory at 1M ≤ 1.5 GiB", imp["1m"]["peak_rss_mib"] <= 1536, f"{imp['1m']['peak_rss_mib']:.0f} MiB"))
    if swift.get("1m"):
        w = swift["1m"]["warm"]
        targets.append(("warm lookup at 1M: p50 ≤ 2 ms", w["p50"] <= 2, f"{ms(w['p50'])} ms"))
        targets.append(("warm lookup at 1M: p99 ≤ 20 ms", w["p99"] <= 20, f"{ms(w['p99'])} ms"))
    if cold:
        targets.append(("cold `hexaglot tm lookup` at 1M ≤ 150 ms", cold["cold"]["max"] <= 150, f"p50 {ms(cold['cold']['p50'])} ms, max {ms(cold['cold']['max'])} ms"))
    for k in ("1m", "1m-heldout"):
        s = swift.get(k)
        if s and "recallAt1" in s:
            targets.append((f"recall@1 and recall@5 ≥ 0.99 ({'held-out' if 'held' in k else 'main'} queries)",
                            s["recallAt1"] >= 0.99 and s["recallAt5"] >= 0.99, f"{s['recallAt1']:.3f} / {s['recallAt5']:.3f}"))
    if targets:
        lines += ["## d. Targets (issue 3)", "", "| target | met | measured |", "|---|---|---|"]
        lines += [f"| {t} | {'yes' if ok else '**no**'} | {m} |" for t, ok, m in targets]
        lines.append("")
    open(a.out, "w").write("\n".join(lines))


if __name__ == "__main__":
    main()
