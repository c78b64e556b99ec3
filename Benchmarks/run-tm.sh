#!/usr/bin/env bash
# The translation-memory benchmark, end to end: corpus → grown 1M-unit memory and queries →
# Python peers → release build → import, warm, cold and exhaustive lookups → report.
#
#   Benchmarks/run-tm.sh                    # from anywhere; the repository sits next to shared/
#   HEXAGLOT_CORPUS=/path/to/corpus Benchmarks/run-tm.sh
#
# Environment (all optional):
#   HEXAGLOT_CORPUS  folder holding libreoffice-6lang.tmx.xz, or the .tmx.xz / .tmx file itself
#   TM_UNITS         size of the grown memory (default 1000000)
#   IMPORT_RUNS      timed imports of each memory, median reported (default 3)
#   COLD_QUERIES     cold-process lookups timed (default 100)
#   TM_PEERS_1M      peers timed at 1M (default "rapidfuzz,rapidfuzz_pre,translate_toolkit";
#                    Translate Toolkit builds its matchers for about 3 minutes there)
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
DATA="$BENCH/data"
OUT="$DATA/out"
TM_UNITS="${TM_UNITS:-1000000}"
IMPORT_RUNS="${IMPORT_RUNS:-3}"
COLD_QUERIES="${COLD_QUERIES:-100}"
TM_PEERS_1M="${TM_PEERS_1M:-rapidfuzz,rapidfuzz_pre,translate_toolkit}"
COMMAND="Benchmarks/run-tm.sh"
for v in HEXAGLOT_CORPUS TM_UNITS IMPORT_RUNS COLD_QUERIES TM_PEERS_1M; do
  if [ -n "${!v+x}" ] && [ "$(printenv "$v" || true)" != "" ]; then COMMAND="$v='${!v}' $COMMAND"; fi
done
step() { printf '\n== %s\n' "$*" >&2; }
mkdir -p "$DATA" "$OUT" "$BENCH/results"

step "corpus"
corpus="${HEXAGLOT_CORPUS:-$ROOT/../shared/corpus}"
if [ -d "$corpus" ]; then corpus="$corpus/libreoffice-6lang.tmx.xz"; fi
[ -f "$corpus" ] || { echo "run-tm.sh: corpus not found: $corpus (set HEXAGLOT_CORPUS)" >&2; exit 1; }
TMX="$DATA/libreoffice-6lang.tmx"
case "$corpus" in
  *.xz) if [ ! -s "$TMX" ] || [ "$corpus" -nt "$TMX" ]; then xz -dc "$corpus" > "$TMX.tmp" && mv "$TMX.tmp" "$TMX"; fi ;;
  *) cp "$corpus" "$TMX" ;;
esac

step "python peers (venv under Benchmarks/.venv)"
VENV="$BENCH/.venv"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check -r "$BENCH/tm/requirements.txt" >&2 \
  || echo "run-tm.sh: the peers did not install; they are reported as skipped" >&2
PY="$VENV/bin/python"

step "grown memory and queries"
TM1M="$DATA/tm-1m.tmx"
if [ ! -s "$TM1M" ] || [ "$TMX" -nt "$TM1M" ] || [ "$BENCH/tm/grow.py" -nt "$TM1M" ] || [ ! -s "$OUT/tm-grow.json" ]; then
  "$PY" "$BENCH/tm/grow.py" "$TMX" "$TM1M" --units "$TM_UNITS" --seed 2030 >&2
  "$PY" - "$TM1M" "$OUT/tm-grow.json" <<'PYEOF'
import hashlib, json, os, sys
h = hashlib.sha256()
with open(sys.argv[1], "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""): h.update(chunk)
json.dump({"seed": 2030, "bytes": os.path.getsize(sys.argv[1]), "sha256": h.hexdigest()}, open(sys.argv[2], "w"))
PYEOF
fi
"$PY" "$BENCH/tm/queries.py" "$TMX" "$DATA/tm-queries.jsonl" --count 250 --seed 17 \
  --heldout "$DATA/tm-queries-heldout.jsonl" --heldout-seed 18 >&2

step "swift build -c release (hexaglot and the benchmark harness)"
source "$BENCH/release-build.sh"

step "import"
# Workspaces outside the project folder: inside it, a new workspace would be seeded from Letters/.
WS="$(mktemp -d "${TMPDIR:-/tmp}/hexaglot-tm-bench.XXXXXX")"
trap 'rm -rf "$WS"' EXIT
"$PY" "$BENCH/tm/measure.py" import "$HEXAGLOT" "$TMX" "$WS/tm-61k.sqlite" --runs "$IMPORT_RUNS" --out "$OUT/tm-import-61k.json"
"$PY" "$BENCH/tm/measure.py" import "$HEXAGLOT" "$TM1M" "$WS/tm-1m.sqlite" --runs "$IMPORT_RUNS" --out "$OUT/tm-import-1m.json"

step "lookups: warm, exhaustive and recall (Hexaglot)"
"$BIN" tm --workspace "$WS/tm-61k.sqlite" --queries "$DATA/tm-queries.jsonl" --out "$OUT/tm-swift-61k.json"
"$BIN" tm --workspace "$WS/tm-1m.sqlite" --queries "$DATA/tm-queries.jsonl" --out "$OUT/tm-swift-1m.json"
"$BIN" tm --workspace "$WS/tm-1m.sqlite" --queries "$DATA/tm-queries-heldout.jsonl" --out "$OUT/tm-swift-1m-heldout.json"

step "lookups: cold processes"
"$PY" "$BENCH/tm/measure.py" cold "$HEXAGLOT" "$WS/tm-1m.sqlite" "$DATA/tm-queries.jsonl" --count "$COLD_QUERIES" --out "$OUT/tm-cold-1m.json"

step "peers: rapidfuzz and Translate Toolkit"
"$PY" "$BENCH/tm/peers_tm.py" "$TMX" "$DATA/tm-queries.jsonl" --out "$OUT/tm-peers-61k.json" >&2
"$PY" "$BENCH/tm/peers_tm.py" "$TM1M" "$DATA/tm-queries.jsonl" --out "$OUT/tm-peers-1m.json" --peers "$TM_PEERS_1M" >&2

step "report"
"$PY" "$BENCH/tm/report.py" --data "$DATA" --out "$BENCH/results/tm-latest.md" --command "$COMMAND"
"$PY" - "$BENCH/README.md" "$BENCH/results/tm-latest.md" <<'PYEOF'
import re, sys
readme, latest = sys.argv[1], sys.argv[2]
text = open(readme, encoding="utf-8").read()
body = open(latest, encoding="utf-8").read().split("\n", 1)[1].replace("\n## ", "\n### ")
begin = text.index("<!-- tm-latest:begin"); begin = text.index("-->", begin) + 3
end = text.index("<!-- tm-latest:end -->")
open(readme, "w", encoding="utf-8").write(text[:begin] + "\n" + body.strip("\n") + "\n\n" + text[end:])
PYEOF
cat "$BENCH/results/tm-latest.md"
