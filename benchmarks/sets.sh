#!/usr/bin/env bash
# One line per question set: hit@3, answered, abstention, emergency, false alarms, MRR@10, R@1, R@5
# and unfaithful quotes, from `vraagbaak eval --json`.
#
#   bash benchmarks/sets.sh                      # every set (the forum sets only where the corpora exist)
#   bash benchmarks/sets.sh kb9 seeds-5          # just these
#   bash benchmarks/sets.sh --bin /tmp/vb-old --work /tmp/sets-old kb9   # another build, its own indexes
#   bash benchmarks/sets.sh --features /tmp/features   # also each set's ranking features, for tune_weights.py
#
# Sets: dev (../shared/eval/dev-questions.tsv), seeds … seeds-8 and the emergency probes
# seeds-noodhulp-a … -g (over Knowledge/), kb2 … kbN (over
# Knowledge/ plus benchmarks/kbN/), debian-forum, gimp-forum, libreoffice-forum-dev (over the
# corpora of benchmarks/make_corpora.py), and any other benchmarks/questions/NAME.tsv over
# benchmarks/data/NAME/docs. Knowledge folders and indexes go to the work folder (default
# benchmarks/data/sets); a new --bin needs a new --work, as an index remembers the analyzer that
# built it, not the ranker.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="" work="benchmarks/data/sets" features=""
sets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin="${2:?sets.sh: --bin needs the path of a vraagbaak build}"; shift 2 ;;
    --work) work="${2:?sets.sh: --work needs a folder}"; shift 2 ;;
    --features) features="${2:?sets.sh: --features needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) sets+=("$1"); shift ;;
  esac
done
if [ -z "$bin" ]; then
  swift build -c release --product vraagbaak >&2
  bin="$(swift build -c release --show-bin-path)/vraagbaak"
fi
if [ ${#sets[@]} -eq 0 ]; then
  [ -f ../shared/eval/dev-questions.tsv ] && sets+=(dev)
  for f in benchmarks/questions/seeds*.tsv; do sets+=("$(basename "$f" .tsv)"); done
  for d in $(ls -d benchmarks/kb*/ | sort -V); do sets+=("$(basename "$d")"); done
  for s in debian-forum:debian-faq gimp-forum:gimp libreoffice-forum-dev:libreoffice; do
    [ -d "benchmarks/data/${s#*:}/docs" ] && sets+=("${s%:*}")
  done
fi
mkdir -p "$work"
[ -z "$features" ] || mkdir -p "$features"

# The knowledge folder, index and question file of a set.
locate() {
  case "$1" in
    dev) echo "Knowledge $work/knowledge.sqlite ../shared/eval/dev-questions.tsv" ;;
    seeds*) echo "Knowledge $work/knowledge.sqlite benchmarks/questions/$1.tsv" ;;
    kb*)
      if [ ! -d "$work/$1" ]; then
        mkdir -p "$work/$1" && cp -R Knowledge/. "$work/$1/" && cp -R "benchmarks/$1/artikelen" "benchmarks/$1/forum" "$work/$1/"
      fi
      echo "$work/$1 $work/$1.sqlite benchmarks/questions/$1.tsv" ;;
    debian-forum) echo "benchmarks/data/debian-faq/docs $work/debian-faq.sqlite benchmarks/questions/$1.tsv" ;;
    gimp-forum) echo "benchmarks/data/gimp/docs $work/gimp.sqlite benchmarks/questions/$1.tsv" ;;
    libreoffice-forum*) echo "benchmarks/data/libreoffice/docs $work/libreoffice.sqlite benchmarks/questions/$1.tsv" ;;
    *) echo "benchmarks/data/$1/docs $work/$1.sqlite benchmarks/questions/$1.tsv" ;;
  esac
}

# With --features: tune_weights.py's arguments, a set with expected phrases scored per passage.
tune=()
for set in "${sets[@]}"; do
  read -r knowledge index questions <<<"$(locate "$set")"
  dump=()
  if [ -n "$features" ]; then
    dump=(--features "$features/$set.jsonl")
    # One process, not a pipeline: under pipefail an early-exiting grep -q could fail the test.
    if awk -F'\t' '!/^#/ && $3 != "" { found = 1; exit } END { exit !found }' "$questions"; then
      tune+=(--passages "$set=$features/$set.jsonl:$knowledge")
    else
      tune+=("$set=$features/$set.jsonl")
    fi
  fi
  "$bin" eval --json --knowledge "$knowledge" --index "$index" "${dump[@]}" "$questions" 2>/dev/null \
    | python3 -c '
import json, sys
d = json.load(sys.stdin)
def part(share, n): return f"{round(share * n)}/{n}" if n else "-"
hit, abstention, emergency = part(d["hit3"], d["hitQuestions"]), part(d["abstention"], d["abstainQuestions"]), part(d["emergency"], d["emergencyQuestions"])
answered, alarms, unfaithful = d["answered"], d["falseAlarms"], d["unfaithfulQuotes"]
mrr, r1, r5 = d["mrr10"], d["recall1"], d["recall5"]
print(f"{sys.argv[1]:22s} hit@3 {hit:7s} answered {answered:.2f}  abstention {abstention:5s} emergency {emergency:4s}"
      f" false alarms {alarms}  MRR@10 {mrr:.3f} R@1 {r1:.3f} R@5 {r5:.3f}  unfaithful {unfaithful}")
' "$set" || echo "$set: eval failed"
done
if [ ${#tune[@]} -gt 0 ]; then
  echo "benchmarks/data/venv/bin/python benchmarks/tune_weights.py ${tune[*]}"
fi
