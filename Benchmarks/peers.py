"""Python peers of Hexaglot's sentence segmenter, measured on the same inputs.

python peers.py --data DIR --gold DIR --runs N --peers pysbd,sentencex

Writes DIR/out/peers.json (timings over DIR/texts/<lang>.txt) and DIR/out/gold-peers.json
(sentences of every gold paragraph). A peer whose package does not import is skipped and
reported as such.
"""
import argparse
import importlib.metadata
import json
import os
import statistics
import time

LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
# pysbd 0.3.4 has en, fr, es, ru, ar and zh; sentencex takes any code (falls back by language family).
PYSBD_CODES = {"en": "en", "fr": "fr", "es": "es", "ru": "ru", "ar": "ar", "zh": "zh"}


def make_peers(names):
    peers, missing = {}, {}
    for name in names:
        try:
            if name == "pysbd":
                import pysbd

                def seg(lang, text, _cache={}):
                    s = _cache.get(lang)
                    if s is None:
                        s = _cache[lang] = pysbd.Segmenter(language=PYSBD_CODES[lang], clean=False)
                    return s.segment(text)

                peers[name] = seg
            elif name == "sentencex":
                import sentencex

                peers[name] = lambda lang, text: list(sentencex.segment(lang, text))
            else:
                missing[name] = "unknown peer"
        except Exception as e:  # not installed, or fails to import
            missing[name] = f"{type(e).__name__}: {e}"
    return peers, missing


def nonempty(pieces):
    return [p.strip() for p in pieces if p.strip()]


def gold_paragraphs(path):
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    return [[l.strip() for l in b.split("\n") if l.strip()] for b in blocks if b.strip()]


def gold_text(sentences, lang):
    return ("" if lang == "zh" else " ").join(sentences)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peers", default="pysbd,sentencex")
    a = ap.parse_args()
    peers, missing = make_peers([p for p in a.peers.split(",") if p])
    versions = {}
    for name in peers:
        try:
            versions[name] = importlib.metadata.version(name)
        except Exception:
            versions[name] = "?"

    speed = {}
    for lang in LANGS:
        with open(os.path.join(a.data, "texts", f"{lang}.txt"), encoding="utf-8") as f:
            text = f.read()
        nbytes = len(text.encode("utf-8"))
        speed[lang] = {}
        for name, seg in peers.items():
            n = len(nonempty(seg(lang, text)))  # warm-up run, not timed
            seconds = []
            for _ in range(a.runs):
                t0 = time.perf_counter()
                pieces = seg(lang, text)
                seconds.append(time.perf_counter() - t0)
            n = len(nonempty(pieces))
            speed[lang][name] = {"seconds": seconds, "median": statistics.median(seconds),
                                 "sentences": n, "bytes": nbytes}
            print(f"speed {lang} {name:9} {n:6d} sentences  {statistics.median(seconds):.3f} s", flush=True)

    gold = {}
    for name, seg in peers.items():
        gold[name] = {}
        for lang in LANGS:
            path = os.path.join(a.gold, f"{lang}.txt")
            if not os.path.exists(path):
                continue
            gold[name][lang] = [nonempty(seg(lang, gold_text(p, lang))) for p in gold_paragraphs(path)]

    os.makedirs(os.path.join(a.data, "out"), exist_ok=True)
    with open(os.path.join(a.data, "out", "peers.json"), "w", encoding="utf-8") as f:
        json.dump({"runs": a.runs, "speed": speed, "versions": versions, "missing": missing}, f, indent=1)
    with open(os.path.join(a.data, "out", "gold-peers.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
