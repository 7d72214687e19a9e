#!/usr/bin/env bash
# One table: every benchmark x {vraagbaak, tantivy, bm25s}: MRR@10, R@1, R@5.
#
#   bash benchmarks/compare.sh                 # all benchmarks
#   bash benchmarks/compare.sh libreoffice     # just one (names: libreoffice gimp debian-faq)
#   bash benchmarks/compare.sh gimp-forum:gimp debian-forum:debian-faq libreoffice-forum-dev:libreoffice
#                                              # a question set over another benchmark's documents
#
# Builds the corpora if they are missing (make_corpora.py), runs the peers (peers.py, in
# benchmarks/data/venv) and Vraagbaak's own evaluator:
#   swift run -c release vraagbaak eval --knowledge benchmarks/data/<name>/docs \
#       --index benchmarks/data/<name>/index.sqlite --json benchmarks/questions/<name>.tsv
# A Vraagbaak run that fails prints "vraagbaak: n/a" in its row; its stderr is kept in
# benchmarks/data/<name>/vraagbaak.log.
set -u
cd "$(dirname "$0")/.."
BENCHES=("$@")
[ ${#BENCHES[@]} -eq 0 ] && BENCHES=(libreoffice gimp debian-faq)

need=0
for b in "${BENCHES[@]}"; do
  [ -d "benchmarks/data/${b##*:}/docs" ] && [ -f "benchmarks/questions/${b%%:*}.tsv" ] || need=1
done
if [ $need = 1 ]; then
  python3 benchmarks/make_corpora.py >&2 || { echo "compare: building the corpora failed" >&2; exit 2; }
fi

built=0
rows=()
fresh=" "   # the corpora whose index this run has built anew
for arg in "${BENCHES[@]}"; do
  b=${arg%%:*}; corpus=${arg##*:}
  docs="benchmarks/data/$corpus/docs"; qs="benchmarks/questions/$b.tsv"
  peers=$(python3 benchmarks/peers.py --docs "$docs" --questions "$qs" --json) || peers='{}'
  vb=""
  if [ $built = 0 ]; then
    swift build -c release --product vraagbaak >"benchmarks/data/swift-build.log" 2>&1 && built=1 || built=-1
  fi
  if [ $built = 1 ]; then
    [[ $fresh == *" $corpus "* ]] || rm -f "benchmarks/data/$corpus/index.sqlite"
    fresh+="$corpus "
    vb=$(swift run -c release vraagbaak eval --knowledge "$docs" --index "benchmarks/data/$corpus/index.sqlite" \
           --json "$qs" 2>"benchmarks/data/$corpus/vraagbaak.log") || vb=""
  fi
  rows+=("$(python3 - "$b" "$peers" "$vb" <<'PY'
import json, sys
name, peers, vb = sys.argv[1], sys.argv[2], sys.argv[3]
def obj(s):
    # the first JSON object in the output (tolerates log lines around it)
    s = s.strip()
    start = s.find("{")
    if start == -1:
        return None
    try:
        return json.JSONDecoder().raw_decode(s[start:])[0]
    except ValueError:
        return None
out = []
v = obj(vb)
res = {"vraagbaak": v if v and all(k in v for k in ("mrr10", "recall1", "recall5")) else None}
res.update(obj(peers) or {"tantivy": None, "bm25s": None})
for system, r in res.items():
    if r is None:
        out.append(f"{name:<22} {system:<10} n/a")
    else:
        out.append(f"{name:<22} {system:<10} {r['mrr10']:>7.3f} {r['recall1']:>6.3f} {r['recall5']:>6.3f} {r.get('questions', ''):>5}")
print("\n".join(out))
PY
)")
done
[ $built = -1 ] && echo "compare: swift build failed, see benchmarks/data/swift-build.log" >&2
printf '%-22s %-10s %7s %6s %6s %5s\n' benchmark system MRR@10 R@1 R@5 n
for r in "${rows[@]}"; do
  printf '%s\n' "$r" | sed 's/^\(\S*\s*vraagbaak\s*\)n\/a$/\1n\/a/'
done
