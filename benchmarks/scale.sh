#!/usr/bin/env bash
# The scale benchmark (issue 5) in one command:
#
#   bash benchmarks/scale.sh                      # all four corpora: text-x1 html-x1 text-x13 html-x13
#   VARIANTS="text-x1" ASK_RUNS=10 bash benchmarks/scale.sh
#
# Builds Vraagbaak in release (scratch path .build-bench, or $SCRATCH), makes the corpora if they
# are missing (make_scale_corpus.py --copies 13), and per corpus runs
#   - the reference points on the text corpus with the same number of copies:
#     reference_fts5.py (SQLite FTS5 unicode61) and reference_tantivy.py (tantivy, Dutch stemmer,
#     one writer thread), right before Vraagbaak so that all three see the same machine load;
#   - `vraagbaak bench` (in-process: indexing from scratch, peak RSS, search/answer p50/p99 over
#     benchmarks/questions/scale-queries.txt, no-change and one-file refreshes, index size);
#   - one-shot `vraagbaak ask` wall time over the first $ASK_RUNS questions (a new process each,
#     index up to date, output to /dev/null), p50 and max.
# and prints one table with ratios against the references. Raw results (JSON) and the index files
# go to benchmarks/data/scale/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=benchmarks/data/scale
OUT=$SCALE/results
QUERIES=benchmarks/questions/scale-queries.txt
SCRATCH=${SCRATCH:-.build-bench}
VARIANTS=${VARIANTS:-"text-x1 html-x1 text-x13 html-x13"}
ASK_RUNS=${ASK_RUNS:-20}
mkdir -p "$OUT"

# Statically linked, as an installed binary would be (see the README): a process starts in about
# 10 ms instead of 17, which the one-shot figure counts.
echo "== build (swift build -c release --static-swift-stdlib --scratch-path $SCRATCH)" >&2
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product vraagbaak >"$OUT/build.log" 2>&1 \
    || { tail -30 "$OUT/build.log" >&2; exit 2; }
BIN="$SCRATCH/release/vraagbaak"
if ! "$BIN" bench --help >/dev/null 2>&1; then
    echo "scale.sh: 'vraagbaak bench' is not registered (add Bench.self to subcommands in Sources/vraagbaak/Vraagbaak.swift)" >&2
    exit 2
fi

need_copies=1
for v in $VARIANTS; do case $v in *-x13) need_copies=13 ;; esac; done
for v in $VARIANTS; do
    if [ ! -d "$SCALE/$v" ]; then
        echo "== corpora (make_scale_corpus.py --copies $need_copies)" >&2
        python3 benchmarks/make_scale_corpus.py --copies "$need_copies" >&2
        break
    fi
done

now_ns() { date +%s%N; }

for v in $VARIANTS; do
    copies=${v#*-}                 # x1 | x13
    text="$SCALE/text-$copies"
    if [ ! -s "$OUT/fts5-text-$copies.json" ] || [ ! -s "$OUT/tantivy-text-$copies.json" ] || [ "${v%%-*}" = text ]; then
        echo "== references on text-$copies" >&2
        python3 benchmarks/reference_fts5.py --docs "$text" --queries "$QUERIES" --index "$OUT/fts5-text-$copies.sqlite" \
            --json >"$OUT/fts5-text-$copies.json"
        python3 benchmarks/reference_tantivy.py --docs "$text" --queries "$QUERIES" --json >"$OUT/tantivy-text-$copies.json"
    fi
    echo "== vraagbaak bench on $v" >&2
    "$BIN" bench --knowledge "$SCALE/$v" --index "$OUT/$v.sqlite" --queries "$QUERIES" --json >"$OUT/vraagbaak-$v.json"
    echo "== one-shot vraagbaak ask on $v ($ASK_RUNS runs)" >&2
    : >"$OUT/ask-$v.txt"
    head -n "$ASK_RUNS" "$QUERIES" | while IFS= read -r question; do
        start=$(now_ns)
        "$BIN" ask --knowledge "$SCALE/$v" --index "$OUT/$v.sqlite" "$question" >/dev/null 2>&1 </dev/null || true
        end=$(now_ns)
        echo $(( (end - start) / 1000 )) >>"$OUT/ask-$v.txt"   # microseconds
    done
done

python3 - "$OUT" $VARIANTS <<'PY'
import json, os, statistics, sys
out, variants = sys.argv[1], sys.argv[2:]
def load(name):
    p = os.path.join(out, name)
    return json.load(open(p)) if os.path.exists(p) and os.path.getsize(p) else None
cols, rows = [], {}
def put(key, v, s): rows.setdefault(key, {})[v] = s
for v in variants:
    copies = v.split("-")[1]
    vb, fts, tan = load(f"vraagbaak-{v}.json"), load(f"fts5-text-{copies}.json"), load(f"tantivy-text-{copies}.json")
    if not vb:
        continue
    cols.append(v)
    ask = sorted(int(x) / 1000 for x in open(os.path.join(out, f"ask-{v}.txt")).read().split())
    i = vb["indexing"]
    mbs = i["fileMBPerSecond"] if v.startswith("text") else i["textMBPerSecond"]
    put("documents / passages", v, f"{i['documents']:,} / {i['passages']:,}")
    put("MB files / MB text", v, f"{i['fileBytes']/1e6:.1f} / {i['textBytes']/1e6:.1f}")
    put("index s", v, f"{i['seconds']:.2f}")
    put("index MB/s (text)", v, f"{mbs:.2f}")
    put("index MB/s (files)", v, f"{i['fileMBPerSecond']:.2f}")
    if fts: put("  × FTS5 unicode61 (≥ 0.75)", v, f"{mbs / fts['fileMBPerSecond']:.2f}")
    if tan: put("  × tantivy 1 thread", v, f"{mbs / tan['fileMBPerSecond']:.2f}")
    put("peak RSS indexing MB (< 300)", v, f"{i['peakRSSMB']:.0f}")
    put("peak RSS whole run MB", v, f"{vb['peakRSSMBTotal']:.0f}")
    put("search p50 ms (≤ 2)", v, f"{vb['search']['p50']:.2f}")
    put("search p99 ms (≤ 10)", v, f"{vb['search']['p99']:.2f}")
    if fts: put("  search p50 × FTS5 OR-query", v, f"{vb['search']['p50'] / max(fts['search']['p50'], 1e-9):.1f}")
    if tan: put("  search p50 × tantivy", v, f"{vb['search']['p50'] / max(tan['search']['p50'], 1e-9):.1f}")
    put("answer p50 / p99 ms", v, f"{vb['answer']['p50']:.2f} / {vb['answer']['p99']:.2f}")
    put("answered", v, f"{vb['answered']}/{vb['answer']['count']}")
    put("ask one-shot p50 ms (≤ 40)", v, f"{statistics.median(ask):.0f}" if ask else "n/a")
    put("ask one-shot max ms", v, f"{max(ask):.0f}" if ask else "n/a")
    put("no change ms (≤ 50)", v, f"{vb['refresh']['noChangeMs']:.1f}")
    put("  of which folder scan ms", v, f"{vb['refresh']['scanMs']:.1f}")
    put("one changed ms (≤ 200)", v, " / ".join(f"{x:.0f}" for x in vb["refresh"]["oneChangedMs"]))
    put("one touched ms", v, f"{vb['refresh']['oneTouchedMs']:.1f}")
    put("index MB", v, f"{vb['size']['indexBytes']/1e6:.1f}")
    put("index / text", v, f"{vb['size']['indexPerTextByte']:.2f}")
    for name, ref in (("FTS5 unicode61", fts), ("tantivy", tan)):
        if not ref:
            continue
        put(f"{name}: MB/s", v, f"{ref['fileMBPerSecond']:.2f}")
        put(f"{name}: peak RSS MB", v, f"{ref['peakRSSMB']:.0f}")
        put(f"{name}: search p50 / p99 ms", v, f"{ref['search']['p50']:.2f} / {ref['search']['p99']:.2f}")
        put(f"{name}: index / text", v, f"{ref['indexPerFileByte']:.2f}")
w = max(len(k) for k in rows) + 2
cw = 16
print("| " + "metric".ljust(w) + " | " + " | ".join(c.rjust(cw) for c in cols) + " |")
print("|" + "-" * (w + 2) + "|" + "|".join("-" * (cw + 2) for _ in cols) + "|")
for k, r in rows.items():
    print("| " + k.ljust(w) + " | " + " | ".join(r.get(c, "").rjust(cw) for c in cols) + " |")
print("\nhtml-*: MB/s counts the text of the passages (HTML stripped), and the references are those of text-* "
      "with the same copies; text-*: MB/s counts the files (= the text), as the references do.")
PY
