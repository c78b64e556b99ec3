#!/usr/bin/env bash
# The translation memory on SQLite and on PostgreSQL in one run, beside what Weblate does:
# the same memory imported into a new SQLite workspace and into a new PostgreSQL one (units/s
# each), the same queries looked up warm on both (p50/p99), then a pg_trgm GIN index and a
# similarity query over the same units on the same queries (its time, and how many of our top
# matches it finds). Writes Benchmarks/results/tm-postgres-latest.md.
#
#   Benchmarks/run-tm-postgres.sh                   # the 1M-unit memory (made by run-tm.sh)
#   TM_UNITS=100000 Benchmarks/run-tm-postgres.sh   # its first 100,000 units
#
# The PostgreSQL 15 cluster is the tests' throwaway one (.ci/postgres: fsync off, on a loopback
# port, in a temporary folder), removed at the end.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
DATA="$BENCH/data"
OUT="$DATA/out"
TM_UNITS="${TM_UNITS:-1000000}"
step() { printf '\n== %s\n' "$*" >&2; }
mkdir -p "$OUT" "$BENCH/results"

TM1M="$DATA/tm-1m.tmx"
[ -s "$TM1M" ] || { echo "run-tm-postgres.sh: $TM1M not found (Benchmarks/run-tm.sh makes it)" >&2; exit 1; }
TMX="$TM1M"
if [ "$TM_UNITS" -lt 1000000 ]; then
  step "the first $TM_UNITS units of tm-1m.tmx"
  TMX="$OUT/tm-$TM_UNITS.tmx"
  python3 - "$TM1M" "$TMX" "$TM_UNITS" <<'PYEOF'
import sys
n, limit = 0, int(sys.argv[3])
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        out.write(line)
        if line.startswith("</tu>"):
            n += 1
            if n >= limit: break
    out.write("</body>\n</tmx>\n")
PYEOF
fi

step "python (psycopg, for the pg_trgm side) in Benchmarks/.venv"
VENV="$BENCH/.venv"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check -r "$BENCH/tm/requirements.txt" >&2

step "swift build -c release (the benchmark harness)"
swift build -c release --package-path "$BENCH" >&2
BIN="$(swift build -c release --package-path "$BENCH" --show-bin-path)/hexaglot-bench"

step "a throwaway PostgreSQL 15 cluster"
eval "$("$ROOT/.ci/postgres" start)"
trap '"$ROOT/.ci/postgres" stop "$HEXAGLOT_TEST_POSTGRES_DIR"' EXIT
"$VENV/bin/python" -c "import psycopg, sys; psycopg.connect(sys.argv[1], autocommit=True).execute('CREATE DATABASE tm_bench')" "$HEXAGLOT_TEST_POSTGRES"
URL="${HEXAGLOT_TEST_POSTGRES%/*}/tm_bench"
SQLITE="$OUT/tm-backends.sqlite"
rm -f "$SQLITE" "$SQLITE-wal" "$SQLITE-shm"

step "import and warm lookups on SQLite and PostgreSQL"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
"$BIN" tm-backends --tmx "$TMX" --sqlite "$SQLITE" --postgres "$URL" \
  --queries "$DATA/tm-queries.jsonl" --out "$OUT/tm-backends.json"

step "pg_trgm (Weblate's way) on the same units and queries"
"$VENV/bin/python" "$BENCH/tm/pg_trgm.py" "$URL" "$OUT/tm-backends.json" "$OUT/tm-trgm.json"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

step "report"
python3 - "$OUT/tm-backends.json" "$OUT/tm-trgm.json" "$BENCH/results/tm-postgres-latest.md" \
  "TM_UNITS=$TM_UNITS Benchmarks/run-tm-postgres.sh" "$LOAD_BEFORE" "$LOAD_AFTER" "$(nproc)" <<'PYEOF'
import json, sys, datetime
b, t = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
out, command, before, after, cores = sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7]
s, p = b["sqlite"], b["postgres"]
lines = [
    "# Translation memory: SQLite, PostgreSQL and pg_trgm in one run",
    "",
    f"`{command}`, {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, release build, {cores} cores; "
    f"load average (1, 5, 15 min) {before} before, {after} after. PostgreSQL 15 is the tests' throwaway "
    "cluster (.ci/postgres: fsync off) on the same machine, reached over loopback TCP.",
    "",
    f"{p['units']:,} units; {b['queries']} queries (Benchmarks/data/tm-queries.jsonl), minimum {b['minimum']}, top {b['limit']}. "
    f"Both backends give the same answer to {b['sameAnswers']} of {b['queries']} queries.",
    "",
    "| | import, units/s | warm suggestion p50 | p99 |",
    "|---|---:|---:|---:|",
    f"| SQLite | {s['import']['unitsPerSecond']:,.0f} | {s['warm']['p50']:.2f} ms | {s['warm']['p99']:.2f} ms |",
    f"| PostgreSQL (COPY; batched reads) | {p['import']['unitsPerSecond']:,.0f} | {p['warm']['p50']:.2f} ms | {p['warm']['p99']:.2f} ms |",
    f"| pg_trgm GIN + `%` / similarity() (Weblate), threshold {t['threshold']} | index {t['indexSeconds']:.1f} s | {t['warm']['p50']:.2f} ms | {t['warm']['p99']:.2f} ms |",
    "",
    f"pg_trgm finds our top match for {100 * t['ourTop1Found']:.1f}% of the {t['queriesWithOurMatches']} queries we answer, "
    f"and {100 * t['ourTopMatchesFound']:.1f}% of our top-{b['limit']} matches.",
    "",
]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PYEOF
