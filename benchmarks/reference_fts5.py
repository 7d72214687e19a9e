#!/usr/bin/env python3
"""Reference point for the scale benchmark: SQLite FTS5 with the plain unicode61 tokenizer.

    python3 benchmarks/reference_fts5.py --docs benchmarks/data/scale/text-x1 \\
        --queries benchmarks/questions/scale-queries.txt [--index /tmp/ref.sqlite] [--json]

Close to the fastest an FTS5-based design can index: one FTS5 table (title, body) with its content
stored, one row per file, all rows in one transaction, WAL mode as Vraagbaak uses, the same
system SQLite (Python's sqlite3 module). Timed: reading the files and inserting them, and the commit.
MB/s counts the files' bytes (for the text corpus: the text). Peak memory is ru_maxrss of this
process (the Python interpreter included, ~10 MB). Search: each question's word characters,
lowercased, OR-ed, bm25 order, top 10 rowids; p50/p99 in the process.
Standard library only.
"""
from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchkit import files, peak_mb, report  # noqa: E402








def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--index", help="index file (default: a temporary file, removed afterwards)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    start_rss = peak_mb()
    paths = files(args.docs)
    tmp = None
    if args.index:
        path = args.index
    else:
        tmp = tempfile.mkdtemp(prefix="ref-fts5-")
        path = os.path.join(tmp, "index.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)

    t0 = time.perf_counter()
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE VIRTUAL TABLE doc USING fts5(title, body, tokenize='unicode61')")
    db.execute("BEGIN")
    nbytes = 0
    for p in paths:
        with open(p, "rb") as fh:
            data = fh.read()
        nbytes += len(data)
        text = data.decode("utf-8", errors="replace")
        title, _, body = text.partition("\n")
        db.execute("INSERT INTO doc (title, body) VALUES (?, ?)", (title, body))
    db.execute("COMMIT")
    seconds = time.perf_counter() - t0
    index_rss = peak_mb()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))

    with open(args.queries, encoding="utf-8") as fh:
        qs = [q.strip() for q in fh if q.strip() and not q.startswith("#")]
    samples = []
    for i, q in enumerate(qs[:10] + qs):
        terms = re.findall(r"\w+", q.lower())
        match = " OR ".join('"' + t + '"' for t in terms)
        t = time.perf_counter()
        if match:
            db.execute("SELECT rowid FROM doc WHERE doc MATCH ? ORDER BY bm25(doc) LIMIT 10", (match,)).fetchall()
        if i >= 10:  # the first ten are warm-up
            samples.append(1000 * (time.perf_counter() - t))
    samples.sort()
    db.close()
    if tmp:
        for s in ("", "-wal", "-shm"):
            if os.path.exists(path + s):
                os.remove(path + s)
        os.rmdir(tmp)

    report("fts5 unicode61", {"system": "fts5-unicode61", "sqlite": sqlite3.sqlite_version}, paths, nbytes, seconds, start_rss, index_rss, size, samples, args.json)

if __name__ == "__main__":
    main()
