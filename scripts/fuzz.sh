#!/usr/bin/env bash
# Fuzzes Vraagbaak's analysis chain, query building, answering and file parsing with libFuzzer.
#
#   scripts/fuzz.sh [RUNS]        # default 1000000 inputs
#
# Builds Fuzz/ (its own package, outside `swift build` of the main one) with
# -sanitize=fuzzer,address, runs RUNS inputs from the seed corpus Fuzz/Seeds (plus what libFuzzer
# adds in .build-fuzz/corpus), and prints the number of executions and crashes. Exit status 0 when
# there was no crash, 1 when there was one (the input is saved as .build-fuzz/crash-*), 2 when the
# build or the run failed otherwise.
set -uo pipefail
runs="${1:-1000000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$root/.build-fuzz"
mkdir -p "$scratch/corpus"

echo "Bouwen van de fuzzer (release, -sanitize=fuzzer,address)…" >&2
if ! swift build -c release --package-path "$root/Fuzz" --scratch-path "$scratch" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >"$scratch/build.log" 2>&1; then
    tail -30 "$scratch/build.log" >&2
    echo "fuzz: bouwen mislukt (zie $scratch/build.log)" >&2
    exit 2
fi
fuzzer="$(swift build -c release --package-path "$root/Fuzz" --scratch-path "$scratch" --show-bin-path)/VraagbaakFuzz"

rm -f "$scratch"/crash-* "$scratch"/leak-* "$scratch"/timeout-*
log="$scratch/fuzz.log"
start=$(date +%s)
# -max_len 4096: longer questions are refused by the command line anyway; -timeout: a hang is a bug too.
"$fuzzer" -runs="$runs" -max_len=4096 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$scratch/" "$scratch/corpus" "$root/Fuzz/Seeds" >"$log" 2>&1
status=$?
seconds=$(( $(date +%s) - start ))
executions=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
if [ -z "$executions" ]; then
    executions=$(grep -Eo '#[0-9]+' "$log" | tail -1 | tr -d '#')
fi
crashes=$(find "$scratch" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \) | wc -l)
echo "executions: ${executions:-0}"
echo "crashes: $crashes"
echo "seconds: $seconds"
if [ "$crashes" -gt 0 ]; then
    grep -E 'ERROR|Fatal error|SUMMARY' "$log" | head -5
    find "$scratch" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' \) -print
    exit 1
fi
[ "$status" -eq 0 ] || { tail -20 "$log" >&2; exit 2; }
exit 0
