#!/bin/sh
# The Markdown reader on adversarial input at 1, 2, 4 and 8 MB: wall time to read (parse and
# segment, as `hexaglot import` does) and to count the words of the segments, and the
# process's peak RSS, one process per file. Prints a Markdown table.
#
#   Benchmarks/markdown/run.sh                  # all shapes, 1 2 4 8 MB
#   SIZES="1 2" Benchmarks/markdown/run.sh paragraph brackets
#
# Files go to $DATA (default: a fresh temporary folder). A run over TIMEOUT seconds
# (default 120) is stopped and shown as such. MARKS=unlimited lifts the reader's limit of
# 100,000 inline marks per block (brackets, emphasis and delims are refused without it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
sizes=${SIZES:-"1 2 4 8"}
timeout=${TIMEOUT:-120}
data=${DATA:-$(mktemp -d)}
swift build -c release --package-path "$here" >&2
bench="$(swift build -c release --package-path "$here" --show-bin-path)/markdown-bench"

echo "| shape | MB | read (s) | count words (s) | segments | peak RSS (MB) | RSS / size |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for shape in ${*:-paragraph line brackets emphasis delims backticks angles quotes lists}; do
    for size in $sizes; do
        file=$(python3 "$here/shapes.py" "$data" "$size" "$shape")
        bytes=$(wc -c < "$file")
        if out=$(/usr/bin/time -f "rss %M" -o "$data/time.txt" timeout "$timeout" "$bench" "$file" 2>&1); then
            rss=$(awk '{print $2}' "$data/time.txt")
            echo "$out" | awk -v shape="$shape" -v mb="$size" -v rss="$rss" -v bytes="$bytes" \
                '{ printf "| %s | %s | %s | %s | %s | %.0f | %.1f |\n", shape, mb, $2, $4, $6, rss / 1024, rss * 1024 / bytes }'
        else
            echo "| $shape | $size | $(echo "$out" | head -c 120 | tr '\n|' '  ') | | | | |"
        fi
        rm -f "$file"
    done
done
