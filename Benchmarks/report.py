"""Scores the gold set for every system and prints/writes the results tables.

python report.py --data DIR --gold DIR --out results/latest.md --command "…"

Reads DIR/out/{swift,peers,gold-swift,gold-peers}.json and DIR/corpus-info.json. Accuracy:
a boundary is the number of non-whitespace characters before a sentence start, so systems
that keep or drop the spaces between sentences are compared alike; a paragraph matches
exactly when its boundary set equals the gold one.
"""
import argparse
import datetime
import json
import os
import platform
import subprocess

LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
SYSTEMS = ["hexaglot", "icu", "pysbd", "sentencex"]
LABEL = {"hexaglot": "Hexaglot (ICU + SRX)", "icu": "ICU alone", "pysbd": "pysbd", "sentencex": "sentencex"}


def load(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def gold_paragraphs(path):
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    return [[l.strip() for l in b.split("\n") if l.strip()] for b in blocks if b.strip()]


def nonspace(s):
    return sum(1 for c in s if not c.isspace())


def boundaries(sentences):
    out, n = set(), 0
    for s in sentences[:-1]:
        n += nonspace(s)
        out.add(n)
    return out


def score(gold, system):
    tp = fp = fn = exact = altered = 0
    errors = []
    for i, (g, s) in enumerate(zip(gold, system)):
        if sum(map(nonspace, g)) != sum(map(nonspace, s)):
            altered += 1  # the system changed the text: its boundaries are still compared
        gb, sb = boundaries(g), boundaries(s)
        tp += len(gb & sb)
        fp += len(sb - gb)
        fn += len(gb - sb)
        if gb == sb:
            exact += 1
        else:
            errors.append((i, g, s))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"paragraphs": len(gold), "exact": exact, "tp": tp, "fp": fp, "fn": fn,
            "precision": p, "recall": r, "f1": f1, "altered": altered, "errors": errors}


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return "?"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--details", default=None)
    ap.add_argument("--command", default="Benchmarks/run.sh")
    a = ap.parse_args()
    out = os.path.join(a.data, "out")
    swift = load(os.path.join(out, "swift.json"))
    peers = load(os.path.join(out, "peers.json"), {"speed": {}, "versions": {}, "missing": {}, "runs": 0})
    gold_out = dict(load(os.path.join(out, "gold-swift.json"), {}))
    gold_out.update(load(os.path.join(out, "gold-peers.json"), {}))
    info = load(os.path.join(a.data, "corpus-info.json"))
    systems = [s for s in SYSTEMS if s in gold_out]

    md = []
    md.append("# Hexaglot benchmarks: latest results\n")
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-").strip()
    md.append("Command: `" + a.command + "`  ")
    md.append(f"Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}  ")
    md.append(f"Machine: {sh('nproc')} cores (nproc), {cpu}, {platform.system()} {platform.release()}; "
              "load average at report time: " + sh("cut -d' ' -f1-3 /proc/loadavg") + "  ")
    md.append(f"Toolchain: {sh('swift --version 2>&1 | head -1')}, release build; Python {platform.python_version()}; "
              + ", ".join(f"{k} {v}" for k, v in sorted(peers.get("versions", {}).items())) + "  ")
    if peers.get("missing"):
        md.append("Peers not measured: " + "; ".join(f"{k} ({v})" for k, v in peers["missing"].items()) + "  ")
    md.append(f"Timing: median of {swift['runs']} timed runs after one warm-up run (Swift) and "
              f"{peers.get('runs', 0)} (Python); import: median of {swift['importRuns']} runs after one warm-up.\n")

    # a. speed
    md.append("## a. Segmentation speed\n")
    md.append("One text per language: the corpus paragraphs of that language in TMX order "
              f"(help pages; Arabic: interface strings), joined by blank lines, cut at {info['maxBytes']:,} bytes. "
              "Sentences = non-blank pieces returned; each system counts its own.\n")
    rows = []
    for lang in LANGS:
        src = info[lang]
        for s in SYSTEMS:
            m = (swift["speed"].get(lang, {}).get(s) or peers["speed"].get(lang, {}).get(s))
            if not m:
                continue
            med = m["median"]
            hx = swift["speed"][lang]["hexaglot"]["median"]
            rows.append([f"{lang} ({src['source']}, {src['paragraphs']:,} ¶)", LABEL[s], f"{m['sentences']:,}",
                         f"{med * 1000:.1f}", f"{m['sentences'] / med:,.0f}", f"{m['bytes'] / med / 1e6:.2f}",
                         f"{hx / med:.2f}×"])
    md.append(table(["text", "system", "sentences", "median ms", "sentences/s", "MB/s", "speed vs Hexaglot"], rows))
    md.append("")

    if swift.get("ruleCost"):
        md.append(f"Where Hexaglot's time goes (median of {swift['ruleCostRuns']} runs, same texts): ICU alone, then the built-in "
                  "SRX rules split into exceptions (`break=\"no\"`) only and break rules (`break=\"yes\"`) only.\n")
        rows = []
        for lang in LANGS:
            c = swift["ruleCost"][lang]
            sp = swift["speed"][lang]
            rows.append([lang, c["rules"], c["breakRules"], f"{sp['icu']['median'] * 1000:.1f}",
                         f"{c['exceptionsOnly'] * 1000:.1f}", f"{c['breaksOnly'] * 1000:.1f}",
                         f"{sp['hexaglot']['median'] * 1000:.1f}"])
        md.append(table(["lang", "rules", "of which break=yes", "ICU alone ms", "exceptions only ms",
                         "break rules only ms", "all rules (Hexaglot) ms"], rows))
        md.append("")

    # b. accuracy
    md.append("## b. Segmentation accuracy (hand-made gold set)\n")
    gold = {l: gold_paragraphs(os.path.join(a.gold, f"{l}.txt")) for l in LANGS
            if os.path.exists(os.path.join(a.gold, f"{l}.txt"))}
    md.append("Gold: `Benchmarks/segmentation-gold/<lang>.txt`, "
              + ", ".join(f"{l} {len(p)} ¶/{sum(map(len, p))} sentences" for l, p in gold.items())
              + ". Paragraph text = gold sentences joined by a space (Chinese: by nothing). "
              "Exact = paragraphs whose boundaries all match; P/R/F1 over internal boundaries.\n")
    rows, details, totals = [], [], {s: {"tp": 0, "fp": 0, "fn": 0, "exact": 0, "n": 0} for s in systems}
    for lang, g in gold.items():
        for s in systems:
            sys_out = gold_out.get(s, {}).get(lang)
            if sys_out is None:
                continue
            r = score(g, sys_out)
            for k in ("tp", "fp", "fn", "exact"):
                totals[s][k] += r[k]
            totals[s]["n"] += r["paragraphs"]
            rows.append([lang, LABEL[s], f"{r['exact']}/{r['paragraphs']} ({100 * r['exact'] / r['paragraphs']:.0f}%)",
                         f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"**{r['f1']:.3f}**",
                         f"{r['fp']}", f"{r['fn']}"] + ([f"{r['altered']}"] if False else []))
            for i, gs, ss in r["errors"]:
                details.append((lang, s, i, gs, ss))
    for s in systems:
        t = totals[s]
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        rc = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        rows.append(["all", LABEL[s], f"{t['exact']}/{t['n']} ({100 * t['exact'] / max(t['n'], 1):.0f}%)",
                     f"{p:.3f}", f"{rc:.3f}", f"**{f1:.3f}**", f"{t['fp']}", f"{t['fn']}"])
    md.append(table(["lang", "system", "exact paragraphs", "precision", "recall", "F1", "false breaks", "missed breaks"], rows))
    md.append("")

    # c. words and keys
    md.append("## c. Word counting and matching keys\n")
    md.append("Same texts as (a), one call per paragraph. Whitespace tokens (`split()` on whitespace) are context only.\n")
    rows = []
    for lang in LANGS:
        w = swift["words"][lang]
        rows.append([lang, f"{w['paragraphs']:,}", f"{w['words']:,}", f"{w['whitespaceTokens']:,}",
                     f"{w['wordMedian'] * 1000:.1f}", f"{w['words'] / w['wordMedian']:,.0f}",
                     f"{w['bytes'] / w['wordMedian'] / 1e6:.2f}",
                     f"{w['keyMedian'] * 1000:.1f}", f"{w['keys'] / w['keyMedian']:,.0f}",
                     f"{w['bytes'] / w['keyMedian'] / 1e6:.2f}"])
    md.append(table(["lang", "paragraphs", "WordCounter words", "whitespace tokens", "count ms", "words/s",
                     "count MB/s", "keys ms", "keys/s", "keys MB/s"], rows))
    md.append("")

    # d. import
    im = swift["import"]
    md.append("## d. Import (parse Markdown + segment + store)\n")
    md.append(f"{im['documents']} documents ({im['bytes'] / 1e6:.2f} MB, {im['segments']:,} segments) generated from "
              f"the corpus help paragraphs ({info['docs']['paragraphsPerDocument']} paragraphs each, en fr es ru zh in turn), "
              "imported one transaction each into a fresh workspace.\n")
    rows = [["parse + segment + store", f"{im['median']:.3f}", f"{im['documents'] / im['median']:,.1f}",
             f"{im['segments'] / im['median']:,.0f}", f"{im['bytes'] / im['median'] / 1e6:.2f}",
             f"{im['workspaceBytes'] / 1e6:.2f} MB"],
            ["parse + segment only", f"{im['parseMedian']:.3f}", f"{im['documents'] / im['parseMedian']:,.1f}",
             f"{im['segments'] / im['parseMedian']:,.0f}", f"{im['bytes'] / im['parseMedian'] / 1e6:.2f}", "–"]]
    md.append(table(["pipeline", "median s", "documents/s", "segments/s", "MB/s", "workspace size"], rows))
    md.append("")
    text = "\n".join(md)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(text)
    print(text)

    if a.details:
        lines = ["# Gold paragraphs segmented differently from the gold set\n",
                 "Generated by report.py from the latest run. `|` separates sentences.\n"]
        for lang, s, i, gs, ss in details:
            if s not in ("hexaglot", "icu"):
                continue
            lines.append(f"- **{lang} ¶{i + 1}, {LABEL[s]}**  \n  gold: {' | '.join(gs)}  \n  got:  {' | '.join(ss)}")
        with open(a.details, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
