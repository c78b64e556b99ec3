#!/usr/bin/env python3
"""Many writers on one PostgreSQL workspace, from two "machines": no write lost, history complete.

Usage: writers.py HEXAGLOT_BINARY [URL_A URL_B] [--processes 8] [--seconds 60] [--init LETTERS_DIR]
                  [--json FILE]

URL_A and URL_B name the same database by two routes (e.g. TCP on 127.0.0.1 and the server's
Unix socket), standing for two machines; the first half of the processes use URL_A, the rest
URL_B. With --init, the workspace is made first from LETTERS_DIR (hexaglot init). Without
URLs, a new database is made on the server of $HEXAGLOT_TEST_POSTGRES (as `.ci/postgres`
starts one), reached by TCP and by its socket in $HEXAGLOT_TEST_POSTGRES_DIR, made from the
repository's Letters/, and dropped at the end.

Each process, until the time is up, picks one of 16 cells (segments 1-4 of CL-19/73 in ru, es,
ar, zh: few, so that writers meet), reads its version with `hexaglot show --json`, and stores a
text of its own with `hexaglot translate --if-version`, as a translator's editor does. A write
is either stored or refused as stale; anything else is an error.

Then the workspace is checked: no error; every cell's version grew by exactly the number of
writes stored to it, and holds the text of the last one; the history holds each stored write
exactly once (author, segment, language, text) and nothing else from the writers.
Exit 0 when all holds; 1 with what did not.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import time
import urllib.parse
import uuid
from concurrent.futures import ProcessPoolExecutor

REFERENCE = "CL-19/73"
CELLS = [(s, l) for s in (1, 2, 3, 4) for l in ("ru", "es", "ar", "zh")]
WORDS = {"ru": "Текст", "es": "Texto", "ar": "نص", "zh": "文本"}


def hexaglot(binary, url, *args):
    return subprocess.run([binary, *args, "--workspace", url], capture_output=True, text=True)


def version(binary, url, segment, lang):
    r = hexaglot(binary, url, "show", REFERENCE, "--lang", lang, "--segments", str(segment), "--json")
    if r.returncode != 0:
        raise RuntimeError(f"show: {r.stderr.strip()}")
    return json.loads(r.stdout)["segments"][0].get("version", 0)


def writer(binary, url, index, seconds, seed):
    rng = random.Random(seed)
    name = f"writer{index}"
    deadline = time.monotonic() + seconds
    stored, stale, errors = [], 0, []
    n = 0
    while time.monotonic() < deadline:
        segment, lang = rng.choice(CELLS)
        try:
            v = version(binary, url, segment, lang)
        except Exception as e:  # noqa: BLE001 - any failure is reported
            errors.append(str(e))
            continue
        n += 1
        text = f"{WORDS[lang]} {name}-{n}"
        r = hexaglot(binary, url, "translate", REFERENCE, str(segment), text, "--lang", lang,
                     "--if-version", str(v), "--as", name)
        if r.returncode == 0:
            stored.append({"segment": segment, "lang": lang, "text": text, "after": v + 1})
        elif "since you read it" in r.stderr:
            stale += 1
        else:
            errors.append(r.stderr.strip())
    return {"writer": name, "url": url, "stored": stored, "stale": stale, "errors": errors}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("binary")
    p.add_argument("url_a", nargs="?")
    p.add_argument("url_b", nargs="?")
    p.add_argument("--processes", type=int, default=8)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--init")
    p.add_argument("--json")
    a = p.parse_args()
    binary = os.path.abspath(a.binary)
    database = None
    if a.url_a is None:
        server = os.environ.get("HEXAGLOT_TEST_POSTGRES")
        if not server:
            sys.exit("give two URLs of one database, or run under .ci/postgres (HEXAGLOT_TEST_POSTGRES)")
        database = "hexaglot_load_" + uuid.uuid4().hex[:12]
        subprocess.run(["psql", "-X", "-q", "-d", server, "-c", f"CREATE DATABASE {database}"], check=True)
        base = server.rsplit("/", 1)[0]
        a.url_a = f"{base}/{database}"
        folder = os.environ.get("HEXAGLOT_TEST_POSTGRES_DIR")
        user, port = base.split("//", 1)[1].split("@")[0], base.rsplit(":", 1)[1]
        host = urllib.parse.quote(folder, safe="") if folder else "localhost"
        a.url_b = f"postgresql://{user}@{host}:{port}/{database}"
        a.init = a.init or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Letters")
    try:
        run(a, binary)
    finally:
        if database:
            subprocess.run(["psql", "-X", "-q", "-d", os.environ["HEXAGLOT_TEST_POSTGRES"], "-c",
                            f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"], check=False)


def run(a, binary):
    if a.init:
        glossaries = os.path.join(os.path.dirname(os.path.abspath(a.init)), "Glossaries")
        r = hexaglot(binary, a.url_a, "init", "--letters", a.init, "--glossaries", glossaries)
        if r.returncode != 0:
            sys.exit("init: " + r.stderr)
    before = {cell: version(binary, a.url_a, *cell) for cell in CELLS}
    urls = [a.url_a if i < a.processes // 2 else a.url_b for i in range(a.processes)]
    started = time.monotonic()
    with ProcessPoolExecutor(a.processes) as pool:
        results = list(pool.map(writer, [binary] * a.processes, urls, range(a.processes),
                                [a.seconds] * a.processes, range(a.processes)))
    elapsed = time.monotonic() - started

    problems = []
    stored = [dict(w, writer=r["writer"]) for r in results for w in r["stored"]]
    errors = [e for r in results for e in r["errors"]]
    if errors:
        problems.append(f"{len(errors)} errors other than stale writes, first: {errors[0]}")
    for cell in CELLS:
        mine = [w for w in stored if (w["segment"], w["lang"]) == cell]
        now = version(binary, a.url_b, *cell)
        if now != before[cell] + len(mine):
            problems.append(f"segment {cell[0]} in {cell[1]}: version {before[cell]} → {now}, but {len(mine)} writes were stored")
        if mine:
            last = max(mine, key=lambda w: w["after"])
            shown = hexaglot(binary, a.url_b, "show", REFERENCE, "--lang", cell[1], "--segments", str(cell[0]), "--json")
            text = json.loads(shown.stdout)["segments"][0].get("target")
            if text != last["text"]:
                problems.append(f"segment {cell[0]} in {cell[1]} holds {text!r}, the last stored write was {last['text']!r}")
        afters = sorted(w["after"] for w in mine)
        if afters != list(range(before[cell] + 1, before[cell] + 1 + len(mine))):
            problems.append(f"segment {cell[0]} in {cell[1]}: two writes were stored over the same version")
    log = hexaglot(binary, a.url_a, "log", REFERENCE, "--json", "--max", "1000000")
    changes = [c for c in json.loads(log.stdout)["changes"] if (c.get("author") or "").startswith("writer")]
    history = sorted((c["author"], c["segment"], c["language"], c["textAfter"]) for c in changes)
    expected = sorted((w["writer"], w["segment"], w["lang"], w["text"]) for w in stored)
    if history != expected:
        problems.append(f"history: {len(history)} writers' changes recorded, {len(expected)} writes stored"
                        + ("" if len(history) != len(expected) else " (not the same ones)"))

    summary = {
        "processes": a.processes, "machines": 2, "seconds": round(elapsed, 1), "stored": len(stored),
        "stale": sum(r["stale"] for r in results), "errors": len(errors),
        "writesPerSecond": round(len(stored) / elapsed, 1), "historyComplete": history == expected,
        "perWriter": [{"writer": r["writer"], "route": "A" if r["url"] == a.url_a else "B",
                       "stored": len(r["stored"]), "stale": r["stale"], "errors": len(r["errors"])} for r in results],
        "problems": problems,
    }
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(summary, f, indent=2, ensure_ascii=False)
    print(json.dumps({k: v for k, v in summary.items() if k != "perWriter"}, ensure_ascii=False))
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
