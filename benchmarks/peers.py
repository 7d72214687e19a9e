#!/usr/bin/env python3
"""Run the peer retrieval systems (tantivy, bm25s) on a benchmark.

    python3 benchmarks/peers.py --docs benchmarks/data/libreoffice/docs \\
        --questions benchmarks/questions/libreoffice.tsv [--system tantivy|bm25s|all] [--json]

Each document is one unit (title + text; HTML is reduced to text with html.parser, see
htmltext.py). Every question is run; a question counts as recalled at k when any of its
relevant documents is in the top k. Prints MRR@10, recall@1, recall@5 and the question count
per system; --json prints one object {"tantivy": {"mrr10": ..., "recall1": ..., "recall5": ...,
"questions": N, ...}, "bm25s": {...}}.

The peers live in a virtualenv, benchmarks/data/venv, made from benchmarks/requirements.txt on
first use (the script re-runs itself inside it).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, "data", "venv")
VPY = os.path.join(VENV, "bin", "python")
REQ = os.path.join(HERE, "requirements.txt")


def ensure_venv() -> None:
    """Re-exec inside benchmarks/data/venv, creating it from requirements.txt if needed."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    stamp = os.path.join(VENV, ".requirements")
    want = open(REQ).read()
    if not (os.path.exists(VPY) and os.path.exists(stamp) and open(stamp).read() == want):
        print("peers: preparing virtualenv benchmarks/data/venv ...", file=sys.stderr)
        if not os.path.exists(VPY):
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([VPY, "-m", "pip", "install", "-q", "-r", REQ], check=True,
                       stdout=sys.stderr)
        with open(stamp, "w") as fh:
            fh.write(want)
    os.execv(VPY, [VPY, os.path.abspath(__file__)] + sys.argv[1:])


# --------------------------------------------------------------------------- data

def load_docs(root: str) -> list[tuple[str, str, str]]:
    """[(relative path, title, text)] for every .html/.htm/.txt/.md file under root, sorted."""
    sys.dont_write_bytecode = True  # keep __pycache__ out of the work tree
    sys.path.insert(0, HERE)
    from htmltext import read_document
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith((".html", ".htm", ".txt", ".md")):
                p = os.path.join(dirpath, f)
                title, text = read_document(p)
                out.append((os.path.relpath(p, root).replace(os.sep, "/"), title, text))
    out.sort()
    return out


def load_questions(path: str) -> list[tuple[str, set[str]]]:
    qs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4 or cols[0] == "kind":
                continue
            relevant = {r for r in cols[3].split("|") if r}
            # Rows without a relevant file (abstain, emergency) have nothing to rank; vraagbaak eval
            # leaves them out of MRR and recall too.
            if relevant:
                qs.append((cols[1], relevant))
    return qs


def score(ranked: list[list[str]], qs: list[tuple[str, set[str]]]) -> dict:
    mrr = r1 = r5 = 0.0
    for ids, (_, rel) in zip(ranked, qs):
        for i, d in enumerate(ids[:10]):
            if d in rel:
                mrr += 1.0 / (i + 1)
                r1 += i < 1
                r5 += i < 5
                break
    n = len(qs)
    return {"mrr10": round(mrr / n, 4), "recall1": round(r1 / n, 4), "recall5": round(r5 / n, 4),
            "questions": n}


# --------------------------------------------------------------------------- peers

def run_tantivy(docs, qs) -> tuple[list[list[str]], float, float]:
    import tantivy
    sys.path.insert(0, HERE)
    from benchkit import dutch_tantivy_index
    t0 = time.perf_counter()
    index = dutch_tantivy_index()  # in memory
    writer = index.writer(heap_size=100_000_000, num_threads=1)
    for path, title, text in docs:
        writer.add_document(tantivy.Document(path=path, title=title, body=text))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()
    t1 = time.perf_counter()
    ranked = []
    for q, _ in qs:
        # Only word characters reach the query parser, lowercased (so no AND/OR/NOT, no field:,
        # quotes or brackets): user text cannot break it. Terms are OR-ed over title and body.
        terms = re.findall(r"\w+", q.lower())
        ids = []
        if terms:
            try:
                query = index.parse_query(" ".join(terms), ["title", "body"])
                for _, addr in searcher.search(query, 10).hits:
                    ids.append(searcher.doc(addr)["path"][0])
            except ValueError:
                pass
        ranked.append(ids)
    t2 = time.perf_counter()
    return ranked, t1 - t0, t2 - t1


def run_bm25s(docs, qs) -> tuple[list[list[str]], float, float]:
    import bm25s
    import Stemmer
    from bm25s.stopwords import STOPWORDS_DUTCH
    stemmer = Stemmer.Stemmer("dutch")
    t0 = time.perf_counter()
    corpus = [f"{title}\n{text}" for _, title, text in docs]
    tokens = bm25s.tokenize(corpus, stopwords=list(STOPWORDS_DUTCH), stemmer=stemmer.stemWords,
                            return_ids=False, show_progress=False)
    retriever = bm25s.BM25()  # Lucene's BM25 variant, k1=1.5, b=0.75
    retriever.index(tokens, show_progress=False)
    vocab = set(retriever.vocab_dict)
    t1 = time.perf_counter()
    qtok = bm25s.tokenize([q for q, _ in qs], stopwords=list(STOPWORDS_DUTCH),
                          stemmer=stemmer.stemWords, return_ids=False, show_progress=False)
    ranked = []
    k = min(10, len(docs))
    for toks in qtok:
        toks = [t for t in toks if t in vocab]
        if not toks:
            ranked.append([])
            continue
        res, scores = retriever.retrieve([toks], k=k, show_progress=False)
        ranked.append([docs[int(i)][0] for i, s in zip(res[0], scores[0]) if s > 0])
    t2 = time.perf_counter()
    return ranked, t1 - t0, t2 - t1


SYSTEMS = {"tantivy": run_tantivy, "bm25s": run_bm25s}


def main() -> None:
    ap = argparse.ArgumentParser(description="Run tantivy and bm25s on a Vraagbaak benchmark.")
    ap.add_argument("--docs", required=True, help="folder of documents (.html/.txt/.md)")
    ap.add_argument("--questions", required=True, help="question file (.tsv)")
    ap.add_argument("--system", default="all", choices=["all", *SYSTEMS])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--misses", metavar="FILE", help="write the questions each system missed at 10")
    args = ap.parse_args()
    ensure_venv()
    docs = load_docs(args.docs)
    qs = load_questions(args.questions)
    if not docs or not qs:
        sys.exit(f"peers: no documents in {args.docs} or no questions in {args.questions}")
    missing = {r for _, rel in qs for r in rel} - {d[0] for d in docs}
    if missing:
        print(f"peers: warning: {len(missing)} relevant paths are not in --docs, e.g. "
              f"{sorted(missing)[:3]}", file=sys.stderr)
    results, misses = {}, []
    for name in (SYSTEMS if args.system == "all" else [args.system]):
        ranked, t_index, t_query = SYSTEMS[name](docs, qs)
        r = score(ranked, qs)
        r["index_seconds"] = round(t_index, 2)
        r["query_ms"] = round(1000 * t_query / len(qs), 2)
        results[name] = r
        for ids, (q, rel) in zip(ranked, qs):
            if not rel & set(ids[:10]):
                misses.append(f"{name}\t{q}\t{'|'.join(sorted(rel))}\t{'|'.join(ids[:3])}")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as fh:
            fh.write("\n".join(misses) + "\n")
    if args.json:
        print(json.dumps(results))
        return
    print(f"{len(docs)} documents, {len(qs)} questions ({os.path.basename(args.questions)})")
    print(f"{'system':<10} {'MRR@10':>7} {'R@1':>6} {'R@5':>6} {'n':>5} {'index s':>8} {'ms/q':>6}")
    for name, r in results.items():
        print(f"{name:<10} {r['mrr10']:>7.3f} {r['recall1']:>6.3f} {r['recall5']:>6.3f} "
              f"{r['questions']:>5} {r['index_seconds']:>8.2f} {r['query_ms']:>6.2f}")


if __name__ == "__main__":
    main()
