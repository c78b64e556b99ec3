#!/usr/bin/env python3
"""Sample fuzzy-lookup queries from a TMX's original units, reproducibly.

    python queries.py IN.tmx OUT.jsonl --count 250 --seed 17 [--heldout OUT2.jsonl [--heldout-seed S]]

IN is the original corpus (not the grown memory), so every query comes from a real unit.
One JSON object per line:

    {"id": 0, "lang": "en", "target": "fr", "text": "...", "edit": "replace", "tuid": "..."}

- lang: query i's language is [en, fr, es, ru, ar, zh][i mod 6] (zh = the TMX's zh-CN), so
  the six languages get count/6 queries each (a language with no eligible unit is skipped).
- the source unit: drawn uniformly among the units that have an eligible variant in lang and
  were not drawn before (each query comes from a different unit). Eligible text: no newline or
  tab, no inline markup (<emph>, <ahelp ...>, ...), and >= 3 whitespace tokens of which >= 2
  are words (tmcommon.WORD) or, in Chinese, >= 6 Han characters.
- target: drawn uniformly among the unit's other languages (cross-language lookup lang -> target).
- edit: count kinds in the cycle none, replace, delete, two, none, replace, insert, two (so a
  quarter each of none, replace, delete-or-insert, two), shuffled with the seeded generator, so
  edit kind and language are independent:
    none     the text unchanged (an exact match exists in the memory);
    replace  one word (its core, punctuation around it kept) replaced by a word drawn from the
             language's vocabulary in IN (frequency-weighted, different ignoring case, first
             letter's case kept); Chinese: 1-2 Han characters replaced by a 1-2 character Han
             piece from IN's Chinese;
    delete   one word removed with the space before it (after it, for the first token);
             Chinese: 1-2 Han characters removed;
    insert   a vocabulary word inserted at a random boundary between two tokens (Chinese: a
             Han piece inserted at a random position inside the Han text);
    two      two of those (each drawn uniformly from replace, delete, insert), one after the other.
  The edited text always differs from the original.
- tuid: the source unit's tuid (extra key, for checking).

--heldout OUT2.jsonl writes a second set of the same size and method with --heldout-seed
(default seed + 1000) from the units the first set did not use, excluding any text the first
set's sources have in the same language: the two sets share no unit and no source text.
Counts per language and edit kind go to stderr.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmcommon import (  # noqa: E402
    LANGS, MARKUP, draw_word, eprint, han_positions, lang_code, match_case, read_tmx,
    token_spans, vocabulary, word_spans,
)


def eligible(lang, text):
    if "\n" in text or "\t" in text or "\r" in text or MARKUP.search(text):
        return False
    if lang == "zh":
        return len(han_positions(text)) >= 6
    return len(text.split()) >= 3 and len(word_spans(text)) >= 2


def edit_once(rng, op, lang, text, words):
    if lang == "zh":
        han = han_positions(text)
        if op == "insert":
            # a position inside the Han text: before a Han character that is not the first one
            p = han[rng.randrange(1, len(han))]
            return text[:p] + draw_word(rng, words) + text[p:]
        p = han[rng.randrange(len(han))]
        n = 2 if (rng.random() < 0.5 and p + 1 < len(text) and (p + 1) in set(han)) else 1
        if op == "delete":
            return text[:p] + text[p + n:]
        return text[:p] + draw_word(rng, words, text[p:p + n]) + text[p + n:]
    if op == "insert":
        toks = token_spans(text)
        j = rng.randrange(1, len(toks))  # insert before token j (between j-1 and j)
        p = toks[j][0]
        return text[:p] + draw_word(rng, words) + " " + text[p:]
    spans = word_spans(text)
    s, e = spans[rng.randrange(len(spans))]
    if op == "replace":
        old = text[s:e]
        return text[:s] + match_case(draw_word(rng, words, old), old) + text[e:]
    # delete: the whole whitespace token holding the word, with the space before it
    toks = token_spans(text)
    j = next(i for i, (a, b) in enumerate(toks) if a <= s < b)
    if j > 0:
        return text[:toks[j - 1][1]] + text[toks[j][1]:]
    return text[toks[j + 1][0]:]


def make_edit(rng, kind, lang, text, words):
    if kind == "none":
        return text
    ops = [kind] if kind != "two" else [rng.choice(["replace", "delete", "insert"]) for _ in range(2)]
    for _ in range(10):
        out = text
        for op in ops:
            if lang != "zh" and op != "insert" and not word_spans(out):
                op = "insert"  # no word left to replace or delete (not met with the corpus)
            out = edit_once(rng, op, lang, out, words)
        if out != text:
            return out
    return out


def sample(units, vocab, count, seed, exclude_units=frozenset(), exclude_texts=None):
    """Queries [dict] from units [(tuid, [(tmx_lang, text)])]."""
    rng = random.Random(seed)
    exclude_texts = exclude_texts or {}
    pool = {l: [] for l in LANGS}  # lang -> [(unit index, variant text)]
    for ui, (tuid, variants) in enumerate(units):
        if ui in exclude_units:
            continue
        for tl, text in variants:
            l = lang_code(tl)
            if l in pool and text not in exclude_texts.get(l, ()) and eligible(l, text):
                pool[l].append((ui, text))
    langs = [l for l in LANGS if pool[l]]
    kinds = edit_kinds(count)
    rng.shuffle(kinds)
    vocab_by_lang = {lang_code(tl): v for tl, v in vocab.items()}
    used, out = set(), []
    for i in range(count):
        lang = langs[i % len(langs)]
        cands = pool[lang]
        for _ in range(1000):
            ui, text = cands[rng.randrange(len(cands))]
            if ui not in used:
                break
        else:
            sys.exit(f"queries.py: not enough eligible {lang} units")
        used.add(ui)
        tuid, variants = units[ui]
        others = [lang_code(tl) for tl, _ in variants if lang_code(tl) != lang]
        target = rng.choice(others)
        q = make_edit(rng, kinds[i], lang, text, vocab_by_lang[lang])
        out.append({"id": i, "lang": lang, "target": target, "text": q, "edit": kinds[i],
                    "tuid": tuid, "_unit": ui, "_orig": text})
    return out


def edit_kinds(count):
    """count edit kinds, in the cycle none, replace, delete, two, none, replace, insert, two:
    a quarter each of none, replace, delete-or-insert (half each), two."""
    base = ["none", "replace", "delete", "two", "none", "replace", "insert", "two"]
    return [base[i % 8] for i in range(count)]


def write(path, queries):
    with open(path, "w", encoding="utf-8") as f:
        for q in queries:
            f.write(json.dumps({k: v for k, v in q.items() if not k.startswith("_")},
                               ensure_ascii=False) + "\n")
    by = {}
    for q in queries:
        by.setdefault(q["lang"], {}).setdefault(q["edit"], 0)
        by[q["lang"]][q["edit"]] += 1
    kinds = ["none", "replace", "delete", "insert", "two"]
    eprint(f"{path}: {len(queries)} queries")
    eprint("  lang  " + " ".join(f"{k:>7}" for k in kinds) + "   total")
    for l, d in by.items():
        eprint(f"  {l:5} " + " ".join(f"{d.get(k, 0):>7}" for k in kinds) + f" {sum(d.values()):>7}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--count", type=int, default=250)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--heldout")
    ap.add_argument("--heldout-seed", type=int)
    a = ap.parse_args()
    units = list(read_tmx(a.input))
    vocab = vocabulary(units)
    os.makedirs(os.path.dirname(os.path.abspath(a.output)), exist_ok=True)
    if a.heldout:
        os.makedirs(os.path.dirname(os.path.abspath(a.heldout)), exist_ok=True)
    main_set = sample(units, vocab, a.count, a.seed)
    write(a.output, main_set)
    if a.heldout:
        texts = {}
        for q in main_set:
            for tl, text in units[q["_unit"]][1]:
                texts.setdefault(lang_code(tl), set()).add(text)
        held = sample(units, vocab, a.count,
                      a.heldout_seed if a.heldout_seed is not None else a.seed + 1000,
                      exclude_units={q["_unit"] for q in main_set}, exclude_texts=texts)
        write(a.heldout, held)


if __name__ == "__main__":
    main()
