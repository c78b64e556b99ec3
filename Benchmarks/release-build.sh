# Sourced by run-tm.sh and run-serve.sh (ROOT and BENCH set): release builds of `hexaglot` and of
# the benchmark harness; sets HEXAGLOT and BIN to their paths.
#
# Statically linked Swift runtime and Foundation: no symbol binding at start-up (a cold lookup
# process spends about a fifth of its instructions in the dynamic linker otherwise).
swift build -c release --package-path "$ROOT" --product hexaglot --static-swift-stdlib >&2
HEXAGLOT="$(swift build -c release --package-path "$ROOT" --static-swift-stdlib --show-bin-path)/hexaglot"
# SwiftPM keeps the path dependency's file list from the last build: make it read it again.
touch "$ROOT/Package.swift" "$BENCH/Package.swift"
swift build -c release --package-path "$BENCH" >&2
BIN="$(swift build -c release --package-path "$BENCH" --show-bin-path)/hexaglot-bench"
