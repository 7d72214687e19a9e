#!/usr/bin/env python3
"""Data for the scale benchmark: all of gimp-help-nl and libreoffice-help-nl, as text and as HTML.

    python3 benchmarks/make_scale_corpus.py              # text-x1/ and html-x1/
    python3 benchmarks/make_scale_corpus.py --copies 13  # also text-x13/ and html-x13/ (~100 MB text)

Writes under benchmarks/data/scale/:
  text-x1/{gimp,libreoffice}/...   extracted plain text (.txt: title, blank line, paragraphs)
  html-x1/{gimp,libreoffice}/...   the original HTML pages as shipped
  text-xN/copy-01/..copy-NN/...    N copies of text-x1 (and html-xN likewise)
and benchmarks/questions/scale-queries.txt (Dutch questions for latency runs, one per line).
Every page of both packages is kept, including the GIMP pages that are still in English
(about four in five): the scale corpus measures speed, not relevance. Idempotent: a variant
that already exists with the right file count is left alone (--force rebuilds).
"""
from __future__ import annotations

import argparse
import glob
import os
import random
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the work tree
sys.path.insert(0, HERE)
import make_corpora  # noqa: E402  (package download and unpacking)
from htmltext import html_to_paragraphs  # noqa: E402

SCALE = os.path.join(HERE, "data", "scale")


def sources() -> list[tuple[str, str]]:
    """[(relative output path without extension, source html path)], sorted."""
    out = []
    lo = os.path.join(make_corpora.fetch("libreoffice-help-nl"), "usr/share/libreoffice/help/nl")
    for p in sorted(glob.glob(os.path.join(lo, "text", "**", "*.html"), recursive=True)):
        out.append(("libreoffice/" + os.path.relpath(p, lo)[:-5], p))
    gi = os.path.join(make_corpora.fetch("gimp-help-nl"), "usr/share/gimp/2.0/help/nl")
    for p in sorted(glob.glob(os.path.join(gi, "*.html"))):
        out.append(("gimp/" + os.path.basename(p)[:-5], p))
    return out


def count(root: str) -> tuple[int, int]:
    n = size = 0
    for dirpath, _, files in os.walk(root):
        for f in files:
            n += 1
            size += os.path.getsize(os.path.join(dirpath, f))
    return n, size


def write_x1(force: bool) -> tuple[str, str]:
    text_dir, html_dir = os.path.join(SCALE, "text-x1"), os.path.join(SCALE, "html-x1")
    src = sources()
    if not force and os.path.isdir(text_dir) and os.path.isdir(html_dir) \
            and count(text_dir)[0] == len(src) and count(html_dir)[0] == len(src):
        return text_dir, html_dir
    for d in (text_dir, html_dir):
        shutil.rmtree(d, ignore_errors=True)
    for rel, p in src:
        with open(p, encoding="utf-8", errors="replace") as fh:
            page = fh.read()
        if rel.startswith("libreoffice/"):
            cleaned = make_corpora.lo_clean(page)  # drop the page chrome, as in the benchmark
            title, paras = html_to_paragraphs(cleaned[1]) if cleaned else html_to_paragraphs(page)
        else:
            title, paras = html_to_paragraphs(page)
        t = os.path.join(text_dir, rel + ".txt")
        h = os.path.join(html_dir, rel + ".html")
        os.makedirs(os.path.dirname(t), exist_ok=True)
        os.makedirs(os.path.dirname(h), exist_ok=True)
        with open(t, "w", encoding="utf-8") as fh:
            fh.write((title or os.path.basename(rel)) + "\n\n" + "\n\n".join(paras) + "\n")
        shutil.copyfile(p, h)
    return text_dir, html_dir


def replicate(x1: str, copies: int, force: bool) -> str:
    kind = os.path.basename(x1).split("-")[0]
    dst = os.path.join(SCALE, f"{kind}-x{copies}")
    n1 = count(x1)[0]
    if not force and os.path.isdir(dst) and count(dst)[0] == n1 * copies and not hard_linked(dst):
        return dst
    shutil.rmtree(dst, ignore_errors=True)
    for i in range(1, copies + 1):
        # real copies, not hard links: an indexer that lists a file once per inode (Vraagbaak's
        # scanner does) would otherwise see only one copy, and touching one file would touch all
        shutil.copytree(x1, os.path.join(dst, f"copy-{i:02d}"), copy_function=shutil.copyfile)
    return dst


def hard_linked(root: str) -> bool:
    """Whether the first file found under root has other links (an older, hard-linked replica)."""
    for dirpath, _, files in os.walk(root):
        for f in files:
            return os.stat(os.path.join(dirpath, f)).st_nlink > 1
    return False


def write_queries() -> None:
    """A few hundred Dutch questions from the committed question sets, fixed order."""
    qs = []
    for name in ("libreoffice", "debian-faq", "gimp"):
        path = os.path.join(HERE, "questions", f"{name}.tsv")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or not line.strip():
                    continue
                q = line.split("\t")[1].strip()
                if q and q not in qs:
                    qs.append(q)
    random.Random(make_corpora.SEED).shuffle(qs)
    qs = qs[:400]
    with open(os.path.join(HERE, "questions", "scale-queries.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(qs) + "\n")
    print(f"questions/scale-queries.txt: {len(qs)} queries")


def main() -> None:
    ap = argparse.ArgumentParser(description="Build the scale benchmark's document folders.")
    ap.add_argument("--copies", type=int, default=1, help="also write text-xN/ and html-xN/ with N copies")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    text1, html1 = write_x1(args.force)
    dirs = [text1, html1]
    if args.copies > 1:
        dirs += [replicate(text1, args.copies, args.force), replicate(html1, args.copies, args.force)]
    for d in dirs:
        n, size = count(d)
        print(f"{os.path.relpath(d, HERE)}: {n} files, {size / 1e6:.1f} MB of files")
    write_queries()
    print(f"({time.time() - t0:.1f} s)")


if __name__ == "__main__":
    main()
