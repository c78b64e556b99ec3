"""Scores pySBD on the golden-rule cases of Benchmarks/segmentation-rules/<lang>.json.

python golden-rules.py [--cases DIR] [--langs en,es,...] [--failures]

Each case is a paragraph ("text") with its expected sentences; a case counts as right when
the system's sentences, trimmed, equal the expected ones. Hexaglot's score on the same files
comes from `swift test --filter SentenceSegmenterGoldenRuleTests` (which also asserts every
case); this script prints pySBD's, per language, in the same shape.
"""
import argparse
import json
import os

LANGS = ["en", "es", "fr", "ru", "ar", "zh"]


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", default=os.path.join(here, "segmentation-rules"))
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--failures", action="store_true", help="print every case pySBD gets wrong")
    a = ap.parse_args()
    import pysbd

    total = right_total = 0
    for lang in a.langs.split(","):
        cases = load(os.path.join(a.cases, f"{lang}.json"))
        seg = pysbd.Segmenter(language=lang, clean=False)
        right = 0
        for c in cases:
            got = [s.strip() for s in seg.segment(c["text"]) if s.strip()]
            if got == c["sentences"]:
                right += 1
            elif a.failures:
                print(f"  {lang} [{c['rule']}]\n    expected {c['sentences']}\n    pysbd    {got}")
        print(f"golden rules {lang}: pysbd {right}/{len(cases)}")
        total += len(cases)
        right_total += right
    print(f"golden rules all: pysbd {right_total}/{total}")


if __name__ == "__main__":
    main()
