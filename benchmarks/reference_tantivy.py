#!/usr/bin/env python3
"""Reference point for the scale benchmark: tantivy with its Dutch stemmer, one writer thread.

    python3 benchmarks/reference_tantivy.py --docs benchmarks/data/scale/text-x1 \\
        --queries benchmarks/questions/scale-queries.txt [--json]

The analyzer and the query handling are those of peers.py (simple tokenizer, remove_long(40),
lowercase, Dutch stop words, Dutch Snowball stemmer; title and body fields; the question's word
characters, lowercased, OR-ed over both fields). One document per file, the first line its title.
The index is written to a temporary folder (so its size can be reported) with one writer thread
(num_threads=1, heap 100 MB); timed: reading the files, adding them, commit and waiting for merges.
Search: top 10 with each hit's stored path fetched, p50/p99 in the process after 10 warm-up
questions. Peak memory is ru_maxrss of this process (Python and tantivy's heap included).
Runs itself inside benchmarks/data/venv (made by peers.py from requirements.txt).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchkit import dutch_tantivy_index, files, peak_mb, report  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, "data", "venv")
VPY = os.path.join(VENV, "bin", "python")


def ensure_venv() -> None:
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(VPY):  # peers.py knows how to make it
        subprocess.run([sys.executable, os.path.join(HERE, "peers.py"), "--help"], check=True,
                       stdout=subprocess.DEVNULL)
    os.execv(VPY, [VPY, os.path.abspath(__file__)] + sys.argv[1:])








def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    ensure_venv()
    import tantivy

    start_rss = peak_mb()
    paths = files(args.docs)
    folder = tempfile.mkdtemp(prefix="ref-tantivy-")
    try:
        t0 = time.perf_counter()
        index = dutch_tantivy_index(folder)
        writer = index.writer(heap_size=100_000_000, num_threads=1)
        nbytes = 0
        for p in paths:
            with open(p, "rb") as fh:
                data = fh.read()
            nbytes += len(data)
            title, _, body = data.decode("utf-8", errors="replace").partition("\n")
            writer.add_document(tantivy.Document(path=p, title=title, body=body))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        seconds = time.perf_counter() - t0
        index_rss = peak_mb()
        size = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))

        searcher = index.searcher()
        with open(args.queries, encoding="utf-8") as fh:
            qs = [q.strip() for q in fh if q.strip() and not q.startswith("#")]
        samples = []
        for i, q in enumerate(qs[:10] + qs):
            t = time.perf_counter()
            terms = re.findall(r"\w+", q.lower())
            if terms:
                try:
                    query = index.parse_query(" ".join(terms), ["title", "body"])
                    for _, addr in searcher.search(query, 10).hits:
                        searcher.doc(addr)["path"]
                except ValueError:
                    pass
            if i >= 10:
                samples.append(1000 * (time.perf_counter() - t))
        samples.sort()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    report("tantivy dutch", {"system": "tantivy-dutch", "version": tantivy.__version__ if hasattr(tantivy, "__version__") else "0.27.0"}, paths, nbytes, seconds, start_rss, index_rss, size, samples, args.json)

if __name__ == "__main__":
    main()
