#!/usr/bin/env bash
# The server benchmark: memory suggestions through `hexaglot serve`'s JSON API at 1M units
# (p50 / p99, one client), beside the CLI's cold `tm lookup` and the in-process warm lookup on
# the same memory and queries; then 20 concurrent clients (wrk) on the suggestion API and the
# editor page for 30 s.
#
#   Benchmarks/run-serve.sh          # after Benchmarks/run-tm.sh has built Benchmarks/data
#
# Reuses Benchmarks/data/tm-1m.tmx and tm-queries.jsonl (run-tm.sh makes them). Environment
# (optional): WRK_SECONDS (30), WRK_CLIENTS (20), COLD_QUERIES (100), SERVE_PORT (18093),
# SERVE_KEEP (a folder: the workspace is made there and kept, and a later run with the same
# folder measures again without importing again).
# Writes Benchmarks/data/out/serve-*.json and Benchmarks/results/serve-latest.md; exits non-zero
# when a request fails.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
DATA="$BENCH/data"
OUT="$DATA/out"
WRK_SECONDS="${WRK_SECONDS:-30}"
WRK_CLIENTS="${WRK_CLIENTS:-20}"
COLD_QUERIES="${COLD_QUERIES:-100}"
PORT="${SERVE_PORT:-18093}"
step() { printf '\n== %s\n' "$*" >&2; }
mkdir -p "$OUT" "$BENCH/results"
for f in "$DATA/tm-1m.tmx" "$DATA/tm-queries.jsonl"; do
  [ -s "$f" ] || { echo "run-serve.sh: $f is missing: run Benchmarks/run-tm.sh first (it builds the 1M memory and the queries)" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "run-serve.sh: wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }

step "swift build -c release (hexaglot and the benchmark harness)"
source "$BENCH/release-build.sh"

step "workspace: the 1M memory, the queries as documents, a coordinator"
# Outside the project folder: inside it, a new workspace would be seeded from Letters/.
if [ -n "${SERVE_KEEP:-}" ]; then mkdir -p "$SERVE_KEEP"; WS="$(cd "$SERVE_KEEP" && pwd)"; else WS="$(mktemp -d "${TMPDIR:-/tmp}/hexaglot-serve-bench.XXXXXX")"; fi
SERVER_PID=""
cleanup() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi; [ -n "${SERVE_KEEP:-}" ] || rm -rf "$WS"; }
trap cleanup EXIT
DB="$WS/ws.sqlite"
if [ ! -s "$WS/password" ]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$HEXAGLOT" tm import "$DATA/tm-1m.tmx" --workspace "$DB" --json > "$OUT/serve-import.json"
  python3 "$BENCH/serve/api.py" prepare "$DATA/tm-queries.jsonl" "$WS/queries"
  "$HEXAGLOT" import "$WS/queries" --workspace "$DB" --json > /dev/null
  PASSWORD="serve-benchmark-$(date +%s)"
  "$HEXAGLOT" user add bench --role coordinator --password-stdin --workspace "$DB" <<< "$PASSWORD" > /dev/null
  echo "$PASSWORD" > "$WS/password"
fi
PASSWORD="$(cat "$WS/password")"

step "lookups: in-process warm and cold processes (same memory, same queries)"
"$BIN" tm --workspace "$DB" --queries "$DATA/tm-queries.jsonl" --exhaustive no --out "$OUT/serve-warm-1m.json"
python3 "$BENCH/tm/measure.py" cold "$HEXAGLOT" "$DB" "$DATA/tm-queries.jsonl" --count "$COLD_QUERIES" --out "$OUT/serve-cold-1m.json"

step "hexaglot serve on 127.0.0.1:$PORT"
"$HEXAGLOT" serve --workspace "$DB" --host 127.0.0.1 --port "$PORT" 2> "$WS/serve.log" &
SERVER_PID=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/openapi.json" > /dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WS/serve.log" >&2; echo "run-serve.sh: the server stopped" >&2; exit 1; }
  sleep 0.1
done

step "API suggestions, one client (a round to warm the pages, then three timed rounds)"
python3 "$BENCH/serve/api.py" time "http://127.0.0.1:$PORT" bench "$PASSWORD" --targets "$WS/queries/targets.json" \
  --out "$OUT/serve-api-warmup.json" --urls "$WS/urls.txt"
python3 "$BENCH/serve/api.py" time "http://127.0.0.1:$PORT" bench "$PASSWORD" --targets "$WS/queries/targets.json" \
  --out "$OUT/serve-api-1m.json" --urls "$WS/urls.txt" --segments "$WS/segments.jsonl" --rounds 3

step "in-process warm lookups on the very segments the API was asked about"
"$BIN" tm --workspace "$DB" --queries "$WS/segments.jsonl" --exhaustive no --out "$OUT/serve-warm-segments-1m.json"

step "wrk: $WRK_CLIENTS clients for $WRK_SECONDS s on the suggestion API and the editor page"
SERVE_URLS="$WS/urls.txt" wrk -t2 -c"$WRK_CLIENTS" -d"${WRK_SECONDS}s" --latency -s "$BENCH/serve/wrk.lua" \
  "http://127.0.0.1:$PORT" | tee "$WS/wrk.txt" >&2
grep '^JSON ' "$WS/wrk.txt" | sed 's/^JSON //' > "$OUT/serve-wrk.json"

step "report"
python3 - "$OUT" "$BENCH/results/serve-latest.md" "$WRK_CLIENTS" "$WRK_SECONDS" <<'PYEOF'
import json, sys, datetime
out, md, clients, seconds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
api = json.load(open(f"{out}/serve-api-1m.json"))
cold = json.load(open(f"{out}/serve-cold-1m.json"))["cold"]
warm = json.load(open(f"{out}/serve-warm-1m.json"))
same = json.load(open(f"{out}/serve-warm-segments-1m.json"))
wrk = json.load(open(f"{out}/serve-wrk.json"))
w = warm.get("warm") or warm.get("lookup") or {}
ws = same.get("warm") or same.get("lookup") or {}
lines = [f"# Server benchmark, {datetime.date.today()}", "",
         "Command: `Benchmarks/run-serve.sh` (release, loopback, 1M-unit memory, the TM benchmark's 250 queries).", "",
         "| at 1M units | p50 | p99 |", "|---|---:|---:|",
         f"| suggestions through the API (`GET …/segments/{{n}}/suggestions`, one client, {api['requests']} requests) | {api['api']['p50']:.2f} ms | {api['api']['p99']:.2f} ms |",
         f"| in-process warm lookup on the same segments (hexaglot-bench, {same.get('queries', '?')} queries) | {ws.get('p50', float('nan')):.2f} ms | {ws.get('p99', float('nan')):.2f} ms |",
         f"| the same, each lookup in a read transaction of its own as the server does | {same.get('warmPerRead', {}).get('p50', float('nan')):.2f} ms | {same.get('warmPerRead', {}).get('p99', float('nan')):.2f} ms |",
         f"| in-process warm lookup on the benchmark's queries as written (hexaglot-bench) | {w.get('p50', float('nan')):.2f} ms | {w.get('p99', float('nan')):.2f} ms |",
         f"| cold `hexaglot tm lookup` process ({cold['count']} queries) | {cold['p50']:.1f} ms | {cold['p99']:.1f} ms |",
         "", f"wrk, {clients} clients for {seconds} s on the suggestion API, every fourth request the editor page of the suggestion's document: {wrk['requests']} requests, "
         f"{wrk['rps']:.0f} per second, p50 {wrk['p50_ms']:.2f} ms, p99 {wrk['p99_ms']:.2f} ms, "
         f"{wrk['errors']} non-2xx answers, {wrk['socket_errors']} socket errors."]
open(md, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
if wrk["errors"] or wrk["socket_errors"]:
    sys.exit("run-serve.sh: requests failed under load")
PYEOF
