#!/usr/bin/env bash
# Throughput of `starcheck score` on a generated corpus of 10,000 documents.
#
# Builds release, writes the corpus with the gen-corpus example (benches/corpus/) into a
# temporary folder, then times `starcheck score --format jsonl --quiet` on it with one
# thread and with the default thread count, and `starcheck check` on one small file
# (start-up). Prints bytes, seconds, MB/s, documents/s and peak memory for each run.
#
# Usage: scripts/throughput.sh [N [SEED]]   (defaults: 10000 documents, seed 2026)
set -euo pipefail

cd "$(dirname "$0")/.."
docs="${1:-10000}"
seed="${2:-2026}"

cargo build --release --examples

work="$(mktemp -d "${TMPDIR:-/tmp}/starcheck-throughput.XXXXXX")"
trap 'rm -rf "$work"' EXIT

corpus="$work/corpus"
target/release/examples/gen-corpus "$corpus" "$docs" "$seed"
bytes="$(find "$corpus" -type f -exec cat {} + | wc -c)"
small="$work/small.md"
printf '# Sam Doe\n\n## Experience\n\n- Built a dashboard in Python 3.11, cutting report time by 40%%.\n- Responsible for the weekly newsletter.\n' >"$small"

have_gnu_time=false
if [[ -x /usr/bin/time ]] && /usr/bin/time -f "%e %M" true >/dev/null 2>&1; then
    have_gnu_time=true
fi

# run LABEL DOCS BYTES COMMAND...: time the command (output discarded) and report.
run() {
    local label="$1" count="$2" size="$3"
    shift 3
    local seconds peak="n/a" status=0
    if $have_gnu_time; then
        local stats
        /usr/bin/time -o "$work/time" -f "%e %M" "$@" >/dev/null 2>"$work/stderr" || status=$?
        stats="$(tail -n 1 "$work/time")"
        seconds="${stats%% *}"
        peak="$(awk -v kb="${stats##* }" 'BEGIN { printf "%.1f MB", kb / 1024 }')"
    else
        local TIMEFORMAT="%R"
        { time "$@" >/dev/null 2>"$work/stderr" || status=$?; } 2>"$work/time"
        seconds="$(tail -n 1 "$work/time")"
    fi
    # `check` exits 1 when it reports a warning; anything above 1 is a failure.
    if ((status > 1)); then
        echo "$label: failed with status $status" >&2
        cat "$work/stderr" >&2
        exit "$status"
    fi
    awk -v label="$label" -v docs="$count" -v bytes="$size" -v s="$seconds" -v peak="$peak" 'BEGIN {
        t = (s > 0) ? s : 0.001
        printf "%-24s %12d bytes %8d docs %8.2f s %9.2f MB/s %10.0f docs/s   peak %s\n",
            label, bytes, docs, s, bytes / 1e6 / t, docs / t, peak
    }'
}

echo "corpus: $docs documents, $bytes bytes, seed $seed"
run "score -j 1" "$docs" "$bytes" target/release/starcheck score --format jsonl --quiet -j 1 "$corpus"
run "score (default threads)" "$docs" "$bytes" target/release/starcheck score --format jsonl --quiet "$corpus"

# Start-up: `check` on one small file, 20 times (it exits 1 because the file has a finding).
runs=20
TIMEFORMAT="%3R"
startup="$({ time for ((i = 0; i < runs; i++)); do
    target/release/starcheck check "$small" >/dev/null 2>&1 || (($? == 1))
done; } 2>&1)"
peak="n/a"
if $have_gnu_time; then
    /usr/bin/time -o "$work/time" -f "%M" target/release/starcheck check "$small" >/dev/null 2>&1 || true
    peak="$(awk 'END { printf "%.1f MB", $1 / 1024 }' "$work/time")"
fi
awk -v s="$startup" -v n="$runs" -v peak="$peak" 'BEGIN {
    printf "%-24s %8.1f ms per run (mean of %d)   peak %s\n", "check one small file", s * 1000 / n, n, peak
}'
