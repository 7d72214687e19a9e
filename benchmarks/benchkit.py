"""Pieces the benchmark scripts share: finding documents, memory and latency figures, and the
Dutch tantivy setup a user would pick (so peers.py and reference_tantivy.py measure the same
analyzer)."""

from __future__ import annotations

import json
import os
import resource
import sys


def files(root: str) -> list[str]:
    """Every document Vraagbaak would read under `root`, in a stable order."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        out += [os.path.join(dirpath, f) for f in sorted(filenames)
                if f.endswith((".txt", ".md", ".html", ".htm"))]
    return out


def peak_mb() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / 1e6 if sys.platform == "darwin" else r * 1024 / 1e6


def quantile(sorted_ms: list[float], q: float) -> float:
    """Nearest rank, as in `vraagbaak bench`."""
    if not sorted_ms:
        return 0.0
    k = max(0, min(len(sorted_ms) - 1, -int(-q * len(sorted_ms) // 1) - 1))
    return sorted_ms[k]


def dutch_tantivy_index(path: str | None = None):
    """A tantivy index over path/title/body with the Dutch analyzer: simple tokenizer, long
    tokens dropped, lowercase, Dutch stop words, Dutch stemmer. `path` None keeps it in memory."""
    import tantivy
    nl = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
          .filter(tantivy.Filter.remove_long(40))
          .filter(tantivy.Filter.lowercase())
          .filter(tantivy.Filter.stopword("dutch"))
          .filter(tantivy.Filter.stemmer("dutch"))
          .build())
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("path", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", stored=False, tokenizer_name="nl")
    sb.add_text_field("body", stored=False, tokenizer_name="nl")
    schema = sb.build()
    index = tantivy.Index(schema, path=path) if path else tantivy.Index(schema)
    index.register_tokenizer("nl", nl)
    return index


def report(label: str, identity: dict, paths: list[str], nbytes: int, seconds: float, start_rss: float,
           index_rss: float, size: int, samples: list[float], as_json: bool) -> None:
    """Prints one reference run: a JSON object for scale.sh, or a line for a person."""
    result = {
        **identity, "files": len(paths), "fileBytes": nbytes, "seconds": round(seconds, 3),
        "fileMBPerSecond": round(nbytes / 1e6 / seconds, 2), "peakRSSMB": round(index_rss, 1),
        "startRSSMB": round(start_rss, 1), "indexBytes": size, "indexPerFileByte": round(size / max(nbytes, 1), 3),
        "search": {"count": len(samples), "p50": round(quantile(samples, 0.5), 3),
                   "p99": round(quantile(samples, 0.99), 3)},
    }
    if as_json:
        print(json.dumps(result))
    else:
        print(f"{label}: {len(paths)} files, {nbytes / 1e6:.1f} MB in {seconds:.2f} s = "
              f"{result['fileMBPerSecond']:.1f} MB/s, peak {index_rss:.0f} MB, index {size / 1e6:.1f} MB; "
              f"search p50 {result['search']['p50']:.2f} ms p99 {result['search']['p99']:.2f} ms")
