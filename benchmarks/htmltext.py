"""Small HTML-to-text extraction on the standard library's html.parser.

Used by make_corpora.py, make_scale_corpus.py and peers.py so that every
system sees the same text. Deliberately simple: text of the body, <title> as
the title, block elements become paragraph breaks, script/style/nav-like
elements are skipped.

    >>> title, paras = html_to_paragraphs("<title>T</title><p>a <b>b</b></p><p>c</p>")
    >>> title, paras
    ('T', ['a b', 'c'])
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "tr", "table", "thead", "tbody", "pre", "blockquote", "section", "article", "hr",
    "figure", "figcaption", "caption", "center", "form", "main", "body",
}
CELL = {"td", "th"}
SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "template", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Navigation blocks of DocBook output (GIMP help) and the debug footer of LibreOffice help.
SKIP_CLASSES = {"navheader", "navfooter", "debug"}
SKIP_IDS = {"SearchFrame", "DonationFrame", "DEBUG", "TopLeftHeader"}

_ws = re.compile(r"\s+")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title_parts: list[str] = []
        self.in_title = False
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.paras: list[str] = []
        self.cur: list[str] = []
        self.pre = 0

    def _flush(self) -> None:
        text = "".join(self.cur)
        self.cur = []
        if self.pre:
            text = text.strip("\n")
            if text.strip():
                self.paras.append(text)
            return
        text = _ws.sub(" ", text).strip()
        if text:
            self.paras.append(text)

    def handle_starttag(self, tag, attrs):
        if self.skip_tag is not None:
            if tag == self.skip_tag and tag not in VOID:
                self.skip_depth += 1
            return
        if tag == "title":
            self.in_title = True
            return
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        if tag in SKIP or classes & SKIP_CLASSES or (a.get("id") in SKIP_IDS):
            if tag not in VOID:
                self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in BLOCK:
            self._flush()
            if tag == "pre":
                self.pre += 1
        elif tag in CELL:
            self.cur.append(" ")
        elif tag == "img" and a.get("alt"):
            pass  # alt text is not shown as text; leave it out

    def handle_startendtag(self, tag, attrs):
        if self.skip_tag is None and tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag == "title":
            self.in_title = False
            return
        if tag in BLOCK:
            self._flush()
            if tag == "pre" and self.pre:
                self.pre -= 1
        elif tag in CELL:
            self.cur.append(" ")

    def handle_data(self, data):
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_tag is not None:
            return
        self.cur.append(data)

    def close(self):
        super().close()
        self._flush()


def html_to_paragraphs(source: str) -> tuple[str, list[str]]:
    """Return (title, paragraphs) of an HTML page."""
    p = _Extractor()
    p.feed(source)
    p.close()
    title = _ws.sub(" ", "".join(p.title_parts)).strip()
    return title, p.paras


def html_to_text(source: str) -> tuple[str, str]:
    """Return (title, body text with paragraphs separated by blank lines)."""
    title, paras = html_to_paragraphs(source)
    return title, "\n\n".join(paras)


def read_text_document(path: str) -> tuple[str, str]:
    """Read a .txt/.md document the way the benchmarks define it: optional YAML front
    matter with a title, otherwise the first line is the title."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        raw = fh.read()
    title = ""
    if raw.startswith("---\n"):
        end = raw.find("\n---", 4)
        if end != -1:
            for line in raw[4:end].splitlines():
                if line.lower().startswith("title:"):
                    title = line.split(":", 1)[1].strip().strip("\"'")
            raw = raw[end + 4:].lstrip("\n")
    if not title:
        first, _, rest = raw.partition("\n")
        return first.strip().lstrip("# ").strip(), rest
    return title, raw


def read_document(path: str) -> tuple[str, str]:
    """(title, text) of an .html/.htm/.txt/.md file."""
    if path.endswith((".html", ".htm")):
        with open(path, encoding="utf-8", errors="replace") as fh:
            return html_to_text(fh.read())
    return read_text_document(path)
