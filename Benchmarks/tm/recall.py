#!/usr/bin/env python3
"""Held-out-style recall of `hexaglot tm lookup` against a character-level Levenshtein ratio.

    recall.py HEXAGLOT CORPUS.tmx [--workspace WS.sqlite] [--count 300] [--seed 9] [--out RESULT.json]

The memory is the real corpus (every unit of CORPUS.tmx, imported with `hexaglot tm import`
into WS, which is made when it does not exist). Queries are made from its own units, the way a
revised document differs from the one that was translated:

- source units: drawn uniformly (each once) among the variants that queries.py finds eligible
  (no newline, tab or markup; >= 3 whitespace tokens of which >= 2 words; Chinese >= 6 Han
  characters); languages in turn en, fr, es, ru, ar, zh; the target is another language of
  the unit, drawn uniformly;
- edits, a third each, in turn:
    replace  one word (its core; punctuation around it kept) replaced by a word drawn from the
             language's vocabulary of the corpus (Chinese: 1-2 Han characters by a Han piece);
    drop     one word removed with the space before it (Chinese: 1-2 Han characters removed);
    swap     two neighbouring words exchanged (Chinese: two neighbouring Han characters).

Each query is looked up in a new process: `hexaglot tm lookup --from L --to T --json TEXT`
(default threshold 70, top 5). The reference is rapidfuzz's `fuzz.ratio` (character-level
Levenshtein ratio, insertions and deletions) over the same variants (units that have the target
language), the best 5 at 70 or above, `process.extract`. A hit: one of the 5 has the text the
query was made from (so a duplicate of the origin elsewhere in the memory counts too, for both).

Prints the hits per edit kind for both, and writes the queries and results to RESULT.json.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from queries import edit_once, eligible  # noqa: E402
from tmcommon import (  # noqa: E402
    LANGS, draw_word, eprint, han_positions, lang_code, match_case, read_tmx, token_spans,
    vocabulary, word_spans,
)

EDITS = ["replace", "drop", "swap"]


def edit(rng, kind, lang, text, words):
    """The text with one edit of `kind`, or None when the text has no place for it.

    A word replaced or dropped is made as `queries.py` makes it; a swap is this script's own."""
    if kind != "swap":
        return edit_once(rng, "delete" if kind == "drop" else "replace", lang, text, words)
    if lang == "zh":
        han = han_positions(text)
        pairs = [p for p in han if p + 1 in set(han) and text[p] != text[p + 1]]
        if not pairs:
            return None
        p = rng.choice(pairs)
        return text[:p] + text[p + 1] + text[p] + text[p + 2:]
    spans = word_spans(text)
    toks = token_spans(text)
    index = {s: i for i, s in enumerate(toks)}
    # two words in neighbouring whitespace tokens, with different cores
    pairs = []
    for a, b in zip(spans, spans[1:]):
        ta = next(t for t in toks if t[0] <= a[0] < t[1])
        tb = next(t for t in toks if t[0] <= b[0] < t[1])
        if index[tb] == index[ta] + 1 and text[a[0]:a[1]].lower() != text[b[0]:b[1]].lower():
            pairs.append((a, b))
    if not pairs:
        return None
    (a0, a1), (b0, b1) = rng.choice(pairs)
    return text[:a0] + text[b0:b1] + text[a1:b0] + text[a0:a1] + text[b1:]


def make_queries(units, count, seed):
    rng = random.Random(seed)
    vocab = {lang_code(l): v for l, v in vocabulary(units).items()}
    pool = {l: [] for l in LANGS}
    for ui, (_, variants) in enumerate(units):
        for tl, text in variants:
            l = lang_code(tl)
            if l in pool and eligible(l, text):
                pool[l].append((ui, text))
    used, out = set(), []
    i = 0
    while len(out) < count:
        lang, kind = LANGS[i % len(LANGS)], EDITS[len(out) % len(EDITS)]
        i += 1
        ui, text = pool[lang][rng.randrange(len(pool[lang]))]
        if ui in used:
            continue
        q = edit(rng, kind, lang, text, vocab[lang])
        if q is None or q == text:
            continue
        used.add(ui)
        others = sorted({lang_code(tl) for tl, _ in units[ui][1]} - {lang})
        out.append({"id": len(out), "lang": lang, "target": rng.choice(others), "edit": kind,
                    "text": q, "origin": text, "tuid": units[ui][0]})
    return out


def plain(runs):
    return "".join(r if isinstance(r, str) else r.get("equiv", "") or "" for r in runs)


def ours(hexaglot, workspace, q):
    r = subprocess.run([hexaglot, "tm", "lookup", "--workspace", workspace, "--from", q["lang"], "--to", q["target"],
                        "--json", "--", q["text"]], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"recall.py: lookup failed: {r.stderr}")
    return [(m["score"], plain(m["source"])) for m in json.loads(r.stdout)["matches"]]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("hexaglot")
    ap.add_argument("corpus")
    ap.add_argument("--workspace")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--out")
    a = ap.parse_args()
    from rapidfuzz import fuzz, process

    units = list(read_tmx(a.corpus))
    queries = make_queries(units, a.count, a.seed)
    workspace = a.workspace or os.path.join(tempfile.mkdtemp(prefix="hexaglot-recall."), "hexaglot.sqlite")
    if not os.path.exists(workspace):
        t0 = time.perf_counter()
        subprocess.run([a.hexaglot, "tm", "import", a.corpus, "--workspace", workspace], check=True,
                       stdout=subprocess.DEVNULL)
        eprint(f"imported {a.corpus} into {workspace} in {time.perf_counter() - t0:.1f} s")
    # The reference's choices: per (language, target), the variants of the units that have both.
    choices = {}
    for _, variants in units:
        langs = {lang_code(tl): text for tl, text in variants}
        for l in langs:
            for t in langs:
                if t != l:
                    choices.setdefault((l, t), []).append(langs[l])
    hits = {"hexaglot": {k: 0 for k in EDITS}, "levenshtein": {k: 0 for k in EDITS}}
    totals = {k: 0 for k in EDITS}
    for q in queries:
        got = ours(a.hexaglot, workspace, q)
        ref = process.extract(q["text"], choices[(q["lang"], q["target"])], scorer=fuzz.ratio, limit=5, score_cutoff=70)
        q["hexaglot"] = got
        q["levenshtein"] = [(round(s, 1), t) for t, s, _ in ref]
        q["hexaglot_hit"] = any(t == q["origin"] for _, t in got)
        q["levenshtein_hit"] = any(t == q["origin"] for t, _, _ in ref)
        totals[q["edit"]] += 1
        hits["hexaglot"][q["edit"]] += q["hexaglot_hit"]
        hits["levenshtein"][q["edit"]] += q["levenshtein_hit"]
    print(f"origin in the top 5 at 70 ({len(queries)} queries, seed {a.seed}, {a.corpus}):")
    print(f"  {'':12}" + "".join(f"{k:>9}" for k in EDITS) + f"{'all':>9}")
    for system in hits:
        row = hits[system]
        print(f"  {system:12}" + "".join(f"{row[k]:>5}/{totals[k]:<3}" for k in EDITS)
              + f"{sum(row.values()):>5}/{len(queries)}")
    if a.out:
        json.dump({"hits": hits, "totals": totals, "queries": queries}, open(a.out, "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
