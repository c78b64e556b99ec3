#!/usr/bin/env python3
"""The PostgreSQL server killed in the middle of an import: nothing half-written, and the import
runs again.

Usage: server_killed.py HEXAGLOT_BINARY [--what document|memory] [--size N]

Runs under `.ci/postgres` (HEXAGLOT_TEST_POSTGRES, HEXAGLOT_TEST_POSTGRES_DIR). Makes a new
database and workspace, then starts a large import (`document`: a French letter of N
paragraphs, one transaction; `memory`: a TMX file of N six-language units, one transaction),
waits until the server is working on its transaction, and kills the server at once
(`.ci/postgres halt`: pg_ctl stop -m immediate, as a crash). Checked: the import fails with one
clear error and a non-zero exit; once the server is back (`.ci/postgres resume`), the workspace
holds nothing of that import; running the import again stores all of it.
Prints a JSON summary; exit 0 when all holds, 1 with what did not.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
CI = os.path.join(ROOT, ".ci", "postgres")
LANGS = {"fr": "Paragraphe {n} de la lettre : l'UIT invite ses membres à soutenir le Programme Connect 2030.",
         "en": "Paragraph {n} of the letter: ITU invites its members to support the Connect 2030 Agenda.",
         "es": "Párrafo {n} de la carta: la UIT invita a sus miembros a apoyar la Agenda Conectar 2030.",
         "ru": "Пункт {n} письма: МСЭ предлагает своим членам поддержать Повестку дня «Соединим к 2030 году».",
         "ar": "الفقرة {n} من الرسالة: يدعو الاتحاد أعضاءه إلى دعم برنامج التوصيل 2030.",
         "zh": "信函第{n}段：国际电联邀请其成员支持《连通目标2030议程》。"}


def psql(server, sql):
    return subprocess.run(["psql", "-X", "-q", "-t", "-A", "-d", server, "-c", sql], capture_output=True, text=True)


def write_input(folder, what, size):
    if what == "document":
        path = os.path.join(folder, "CL-99-01.fr.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write("---\nreference: CL-99/01\nkind: letter\ntitle: Lettre longue\nlanguage: fr\n---\n\n")
            for n in range(1, size + 1):
                f.write(LANGS["fr"].format(n=n) + "\n\n")
        return path, ["import", path]
    path = os.path.join(folder, "big.tmx")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="fault-test" '
                'creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="fr" o-tmf="none"/><body>\n')
        for n in range(1, size + 1):
            f.write("<tu>" + "".join(f'<tuv xml:lang="{l}"><seg>{t.format(n=n)}</seg></tuv>' for l, t in LANGS.items()) + "</tu>\n")
        f.write("</body></tmx>\n")
    return path, ["tm", "import", path]


def stored(binary, url, what):
    if what == "document":
        r = subprocess.run([binary, "list", "--json", "--workspace", url], capture_output=True, text=True)
        docs = json.loads(r.stdout) if r.returncode == 0 else None
        docs = docs.get("documents", docs) if isinstance(docs, dict) else docs
        return None if docs is None else sum(d.get("segments", 0) for d in docs)
    r = subprocess.run([binary, "tm", "stats", "--json", "--workspace", url], capture_output=True, text=True)
    return json.loads(r.stdout)["units"] if r.returncode == 0 else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("binary")
    p.add_argument("--what", choices=["document", "memory"], default="document")
    p.add_argument("--size", type=int, default=20000)
    a = p.parse_args()
    binary = os.path.abspath(a.binary)
    server = os.environ.get("HEXAGLOT_TEST_POSTGRES")
    if not server:
        sys.exit("run under .ci/postgres (HEXAGLOT_TEST_POSTGRES)")
    database = "hexaglot_fault_" + uuid.uuid4().hex[:12]
    psql(server, f"CREATE DATABASE {database}")
    url = server.rsplit("/", 1)[0] + "/" + database
    problems = []
    summary = {"what": a.what, "size": a.size}
    try:
        subprocess.run([binary, "init", "--empty", "--workspace", url], check=True, capture_output=True)
        folder = tempfile.mkdtemp(prefix="hexaglot-fault-")
        path, command = write_input(folder, a.what, a.size)
        importer = subprocess.Popen([binary, *command, "--workspace", url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # The server is working on the import's transaction: a backend of this database in one.
        started = time.monotonic()
        busy = 0.0
        while importer.poll() is None and time.monotonic() - started < 120:
            r = psql(server, f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{database}' "
                             f"AND xact_start IS NOT NULL AND now() - xact_start > interval '300 milliseconds'")
            if r.stdout.strip() not in ("", "0"):
                busy = time.monotonic() - started
                break
            time.sleep(0.05)
        if importer.poll() is not None:
            problems.append(f"the import ended before the server could be killed ({importer.returncode}); use a larger --size")
        subprocess.run([CI, "halt"], check=True)
        summary["killedAfterSeconds"] = round(busy, 2)
        try:
            out, err = importer.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            importer.kill()
            out, err = importer.communicate()
            problems.append("the import still waited two minutes after the server was killed")
        summary["importExit"] = importer.returncode
        summary["importError"] = err.strip().splitlines()[-1] if err.strip() else ""
        if importer.returncode == 0:
            problems.append("the import reported success although the server was killed")
        if "Error" not in err and "error" not in err:
            problems.append(f"no clear error from the import: {err!r}")
        if err.count("\n") > 3 or "Fatal" in err or "fatal error" in err.lower():
            problems.append(f"more than one clear error: {err!r}")
        subprocess.run([CI, "resume"], check=True)
        after = stored(binary, url, a.what)
        summary["storedAfterCrash"] = after
        if after != 0:
            problems.append(f"after the crash the workspace holds {after} of the import (expected nothing)")
        again = subprocess.run([binary, *command, "--workspace", url], capture_output=True, text=True)
        summary["rerunExit"] = again.returncode
        if again.returncode != 0:
            problems.append(f"running the import again failed: {again.stderr.strip()}")
        final = stored(binary, url, a.what)
        summary["storedAfterRerun"] = final
        expected = a.size + (1 if a.what == "document" else 0)
        if final != expected:
            problems.append(f"after running it again the workspace holds {final}, expected {expected}")
    finally:
        psql(server, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    summary["problems"] = problems
    print(json.dumps(summary, ensure_ascii=False))
    raise SystemExit(1 if problems else 0)


if __name__ == "__main__":
    main()
