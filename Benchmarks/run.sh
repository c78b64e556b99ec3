#!/usr/bin/env bash
# Hexaglot benchmarks, end to end: corpus → Python peers → release build → measurements → report.
#
#   Benchmarks/run.sh                      # from anywhere; the repository sits next to shared/
#   HEXAGLOT_CORPUS=/path/to/corpus Benchmarks/run.sh
#
# Environment (all optional):
#   HEXAGLOT_CORPUS  folder holding libreoffice-6lang.tmx.xz, or the .tmx.xz / .tmx file itself
#                    (default: <repo>/../shared/corpus)
#   RUNS             timed runs per measurement, median reported (default 5)
#   IMPORT_RUNS      timed runs of the import benchmark (default 3)
#   MAX_BYTES        size of each language's text for (a) and (c) (default 262144)
#   DOCS, PARAGRAPHS documents for (d) and paragraphs per document (default 200, 50)
#   PEERS            Python peers to try (default "pysbd sentencex"); one that fails to install is dropped
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
DATA="$BENCH/data"
RUNS="${RUNS:-5}"
IMPORT_RUNS="${IMPORT_RUNS:-3}"
MAX_BYTES="${MAX_BYTES:-262144}"
DOCS="${DOCS:-200}"
PARAGRAPHS="${PARAGRAPHS:-50}"
PEERS="${PEERS:-pysbd sentencex}"
COMMAND="Benchmarks/run.sh"
for v in HEXAGLOT_CORPUS RUNS IMPORT_RUNS MAX_BYTES DOCS PARAGRAPHS PEERS; do
  if [ -n "${!v+x}" ] && [ "$(printenv "$v" || true)" != "" ]; then COMMAND="$v='${!v}' $COMMAND"; fi
done

step() { printf '\n== %s\n' "$*" >&2; }
mkdir -p "$DATA" "$BENCH/results"

# 1. The corpus.
step "corpus"
corpus="${HEXAGLOT_CORPUS:-$ROOT/../shared/corpus}"
if [ -d "$corpus" ]; then corpus="$corpus/libreoffice-6lang.tmx.xz"; fi
[ -f "$corpus" ] || { echo "run.sh: corpus not found: $corpus (set HEXAGLOT_CORPUS)" >&2; exit 1; }
TMX="$DATA/libreoffice-6lang.tmx"
case "$corpus" in
  *.xz)
    if [ ! -s "$TMX" ] || [ "$corpus" -nt "$TMX" ]; then
      xz -dc "$corpus" > "$TMX.tmp" && mv "$TMX.tmp" "$TMX"
    fi ;;
  *) cp "$corpus" "$TMX" ;;
esac
echo "$TMX ($(wc -c < "$TMX") bytes)" >&2

# 2. Python peers in a venv under Benchmarks/.
step "python peers"
VENV="$BENCH/.venv"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
installed=()
for peer in $PEERS; do
  if "$VENV/bin/pip" install -q --disable-pip-version-check "$peer" >&2 && "$VENV/bin/python" -c "import $peer" 2>/dev/null; then
    installed+=("$peer")
  else
    echo "run.sh: $peer did not install or import; it is left out" >&2
  fi
done
peer_list="$(IFS=,; echo "${installed[*]:-}")"
echo "peers: ${peer_list:-none}" >&2

# 3. Release build of the benchmark package (depends on the main package by path).
step "swift build -c release"
# SwiftPM keeps the path dependency's file list from the last build: make it read it again.
touch "$ROOT/Package.swift" "$BENCH/Package.swift"
swift build -c release --package-path "$BENCH" >&2
BIN="$(swift build -c release --package-path "$BENCH" --show-bin-path)/hexaglot-bench"

# 4. Inputs, then measurements: Hexaglot and ICU (Swift), then the peers (Python), same inputs.
step "prepare inputs"
"$BIN" prepare --tmx "$TMX" --data "$DATA" --max-bytes "$MAX_BYTES" --docs "$DOCS" --paragraphs "$PARAGRAPHS"
step "measure Hexaglot and ICU"
"$BIN" run --data "$DATA" --gold "$BENCH/segmentation-gold" --runs "$RUNS" --import-runs "$IMPORT_RUNS"
step "measure peers"
"$VENV/bin/python" "$BENCH/peers.py" --data "$DATA" --gold "$BENCH/segmentation-gold" --runs "$RUNS" \
  --peers "$peer_list" >&2

# 5. Report.
step "report"
"$VENV/bin/python" "$BENCH/report.py" --data "$DATA" --gold "$BENCH/segmentation-gold" \
  --out "$BENCH/results/latest.md" --details "$BENCH/results/accuracy-details.md" --command "$COMMAND"
# The README's "Latest figures" section is a copy of results/latest.md.
marker='<!-- latest: run.sh replaces everything below this line with results/latest.md -->'
if grep -qF "$marker" "$BENCH/README.md"; then
  { awk -v m="$marker" '{ print } $0 == m { exit }' "$BENCH/README.md"; echo
    sed -e '1{/^# /d;}' -e 's/^## /### /' "$BENCH/results/latest.md"; } > "$BENCH/README.md.tmp"
  mv "$BENCH/README.md.tmp" "$BENCH/README.md"
fi
echo >&2
echo "written: $BENCH/results/latest.md, $BENCH/results/accuracy-details.md, README.md (latest figures)" >&2
