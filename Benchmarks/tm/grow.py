#!/usr/bin/env python3
"""Grow a TMX translation memory to N units by a documented, reproducible method.

    python grow.py IN.tmx OUT.tmx --units 1000000 --seed 2030

OUT (TMX 1.4b, UTF-8, IN's header with creationtool="grow.py") holds every unit of IN first,
unchanged and in order, then generated units until it holds N units. Generated unit k
(k = 0, 1, 2, ...) is, by fixed proportions 3:1,

  k mod 4 in {0, 1, 2} -> an EDITED COPY, tuid "grown-edit:K:ORIG_TUID":
      an original unit drawn uniformly (rng.randrange over IN's units), every variant kept, and
      in each variant one word replaced by a word drawn from the same language's vocabulary:
        - spaced languages (en, fr, es, ru, ar, ...): one word (a whitespace token whose core is
          letters, see tmcommon.WORD; punctuation around it is kept) chosen uniformly among the
          variant's words; the new word is drawn from all word occurrences of that language in IN
          (frequency-weighted), differs from the old one ignoring case, and takes the case of
          the old word's first letter;
        - zh-CN: a run of 1 or 2 Han characters (start uniform over the variant's Han characters,
          length 2 with probability 1/2 when the next character is Han too) replaced by a Han
          piece of 1-2 characters drawn from IN's Chinese (its Han runs cut into pairs);
        - a variant with no word (or no Han character in Chinese) gets a drawn word appended
          instead (after a space; in Chinese without one), so every variant differs from the
          original;
  k mod 4 == 3 -> a JOINED PAIR, tuid "grown-join:K:A_TUID:B_TUID":
      two different original units a, b drawn uniformly; one variant per language present in
      both (in a's variant order; English always is), text = a's + " " + b's (zh-CN: no
      separator).

K is k. All draws come from one random.Random(seed) in a fixed order, so the same IN, N, seed
(and Python 3 random module) give the same bytes; the sha256 printed at the end identifies
the output. Counts per kind and per language, the size and the sha256 go to stderr.
"""
import argparse
import hashlib
import os
import random
import sys
import time
from array import array

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmcommon import (  # noqa: E402
    draw_word, eprint, quote_attr, esc_text, han_positions, is_han, lang_code,
    match_case, read_tmx, vocabulary, word_spans,
)


def unit_xml(tuid, variants):
    parts = [f'<tu tuid={quote_attr(tuid)}>\n']
    for lang, text in variants:
        parts.append(f'  <tuv xml:lang={quote_attr(lang)}><seg>{esc_text(text)}</seg></tuv>\n')
    parts.append("</tu>\n")
    return "".join(parts)


class Editor:
    """Edits one variant: replaces one word (or 1-2 Han characters) by a vocabulary word.
    Editable positions of the original variants are computed once and kept compactly."""

    def __init__(self, originals, vocab):
        self.vocab = vocab
        self.spots = []  # per unit, per variant: array of word starts/ends, or Han positions
        for _, variants in originals:
            per = []
            for lang, text in variants:
                if lang_code(lang) == "zh":
                    per.append(array("I", han_positions(text)))
                else:
                    flat = array("I")
                    for s, e in word_spans(text):
                        flat.append(s)
                        flat.append(e)
                    per.append(flat)
            self.spots.append(per)

    def edit(self, rng, unit_index, variant_index, lang, text):
        words = self.vocab.get(lang)
        spots = self.spots[unit_index][variant_index]
        zh = lang_code(lang) == "zh"
        if not words:
            return text
        if not spots:
            w = draw_word(rng, words)
            return text + w if zh else (text + " " + w if text else w)
        if zh:
            p = spots[rng.randrange(len(spots))]
            n = 2 if (rng.random() < 0.5 and p + 1 < len(text) and is_han(text[p + 1])) else 1
            old = text[p:p + n]
            return text[:p] + draw_word(rng, words, old) + text[p + n:]
        i = rng.randrange(len(spots) // 2)
        s, e = spots[2 * i], spots[2 * i + 1]
        old = text[s:e]
        return text[:s] + match_case(draw_word(rng, words, old), old) + text[e:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--units", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=2030)
    a = ap.parse_args()

    t0 = time.perf_counter()
    header = {}
    originals = list(read_tmx(a.input, header))
    n_orig = len(originals)
    if a.units < n_orig:
        sys.exit(f"grow.py: --units {a.units} is less than the {n_orig} units of {a.input}")
    eprint(f"read {n_orig} units from {a.input} in {time.perf_counter() - t0:.1f} s")
    vocab = vocabulary(originals)
    editor = Editor(originals, vocab)
    eprint("vocabulary (occurrences / distinct): " + ", ".join(
        f"{l} {len(v)}/{len(set(v))}" for l, v in vocab.items()))
    eprint(f"prepared in {time.perf_counter() - t0:.1f} s")

    rng = random.Random(a.seed)
    kinds = {"original": 0, "edit": 0, "join": 0}
    per_lang = {}  # tmx lang -> {kind: variants}

    def count(kind, variants):
        kinds[kind] += 1
        for lang, _ in variants:
            d = per_lang.setdefault(lang, {"original": 0, "edit": 0, "join": 0})
            d[kind] += 1

    header = dict(header)
    header["creationtool"] = "grow.py"
    header["creationtoolversion"] = "1"
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header '
            + " ".join(f'{k}={quote_attr(v)}' for k, v in header.items()) + "/>\n<body>\n")

    os.makedirs(os.path.dirname(os.path.abspath(a.output)), exist_ok=True)
    sha = hashlib.sha256()
    size = 0
    tmp = a.output + ".tmp"
    with open(tmp, "wb") as out:
        buf = [head]

        def flush():
            nonlocal size
            data = "".join(buf).encode("utf-8")
            buf.clear()
            sha.update(data)
            size += len(data)
            out.write(data)

        for tuid, variants in originals:
            buf.append(unit_xml(tuid, variants))
            count("original", variants)
            if len(buf) >= 2000:
                flush()
        for k in range(a.units - n_orig):
            if k % 4 != 3:
                u = rng.randrange(n_orig)
                tuid, variants = originals[u]
                new = [(lang, editor.edit(rng, u, vi, lang, text))
                       for vi, (lang, text) in enumerate(variants)]
                new_tuid, kind = f"grown-edit:{k}:{tuid}", "edit"
            else:
                ia = rng.randrange(n_orig)
                ib = rng.randrange(n_orig - 1)
                if ib >= ia:
                    ib += 1
                ta, va = originals[ia]
                tb, vb = originals[ib]
                db = dict(vb)
                new = [(lang, text + ("" if lang_code(lang) == "zh" else " ") + db[lang])
                       for lang, text in va if lang in db]
                new_tuid, kind = f"grown-join:{k}:{ta}:{tb}", "join"
            buf.append(unit_xml(new_tuid, new))
            count(kind, new)
            if len(buf) >= 2000:
                flush()
            if (k + 1) % 200_000 == 0:
                eprint(f"  {n_orig + k + 1} units, {time.perf_counter() - t0:.0f} s")
        buf.append("</body>\n</tmx>\n")
        flush()
    os.replace(tmp, a.output)

    elapsed = time.perf_counter() - t0
    total = sum(kinds.values())
    eprint(f"wrote {a.output}: {total} units (seed {a.seed}) in {elapsed:.1f} s")
    eprint("units per kind: " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    eprint("variants per language (original / edit / join / total):")
    for lang, d in per_lang.items():
        eprint(f"  {lang:6} {d['original']:>9} {d['edit']:>9} {d['join']:>9} {sum(d.values()):>9}")
    eprint(f"size {size} bytes ({size / 1e6:.1f} MB)")
    eprint(f"sha256 {sha.hexdigest()}")


if __name__ == "__main__":
    main()
