#!/usr/bin/env python3
"""Build the Dutch retrieval benchmarks from Debian's Dutch documentation packages.

    python3 benchmarks/make_corpora.py            # build everything that is missing
    python3 benchmarks/make_corpora.py --force    # rebuild the document folders too

Downloads (cached in benchmarks/data/debs/, never installed):
  libreoffice-help-nl, gimp-help-nl, debian-faq-nl   (fetched with `apt-get download`)
Writes:
  benchmarks/data/libreoffice/docs/...   cleaned LibreOffice help pages (.html)
  benchmarks/data/gimp/docs/...          Dutch GIMP help pages as plain text (.txt)
  benchmarks/data/debian-faq/docs/...    Debian FAQ answers, one .txt per question
  benchmarks/questions/libreoffice.tsv   question-style queries (how-to questions)
  benchmarks/questions/gimp.tsv          keyword / known-item queries
  benchmarks/questions/debian-faq.tsv    the FAQ's own questions
Everything is deterministic: same packages in, same files out (fixed seed).
See benchmarks/README.md for the method and its biases.
"""
from __future__ import annotations

import argparse
import collections
import glob
import html
import os
import random
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the work tree
sys.path.insert(0, HERE)
from htmltext import html_to_paragraphs  # noqa: E402

DATA = os.path.join(HERE, "data")
DEBS = os.path.join(DATA, "debs")
PKGS = os.path.join(DATA, "pkgs")
QDIR = os.path.join(HERE, "questions")
SEED = 20261122

# Versions the committed question files were made from. If the archive no longer has one,
# the current candidate is used and a warning printed (the questions may then shift a little).
PACKAGES = {
    "libreoffice-help-nl": "4:7.4.7-1+deb12u14",
    "gimp-help-nl": "2.10.34-2",
    "debian-faq-nl": "11.1",
}

# --------------------------------------------------------------------------- downloads


def fetch(pkg: str) -> str:
    """Download pkg's .deb into data/debs (once) and unpack it into data/pkgs/pkg. Returns the root."""
    os.makedirs(DEBS, exist_ok=True)
    debs = sorted(glob.glob(os.path.join(DEBS, f"{pkg}_*.deb")))
    if not debs:
        want = PACKAGES[pkg]
        r = subprocess.run(["apt-get", "download", f"{pkg}={want}"], cwd=DEBS,
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(f"warning: {pkg}={want} not available ({r.stderr.strip()[:200]}); "
                  f"taking the current candidate", file=sys.stderr)
            r = subprocess.run(["apt-get", "download", pkg], cwd=DEBS, capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit(f"apt-get download {pkg} failed: {r.stderr.strip()}\n"
                         "(run `apt-get update` once first)")
        debs = sorted(glob.glob(os.path.join(DEBS, f"{pkg}_*.deb")))
    root = os.path.join(PKGS, pkg)
    stamp = os.path.join(root, ".unpacked")
    if not os.path.exists(stamp):
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(root)
        subprocess.run(["dpkg-deb", "-x", debs[-1], root], check=True)
        with open(stamp, "w") as fh:
            fh.write(os.path.basename(debs[-1]) + "\n")
    return root


def deb_version(pkg: str) -> str:
    debs = sorted(glob.glob(os.path.join(DEBS, f"{pkg}_*.deb")))
    out = subprocess.run(["dpkg-deb", "-f", debs[-1], "Version"], capture_output=True, text=True)
    return out.stdout.strip()


# --------------------------------------------------------------------------- Dutch helpers

NL_FUNCTION = set("de het een en van is dat op te in voor met zijn niet u kunt deze wordt als "
                  "worden bij om ook of door naar".split())
EN_FUNCTION = set("the a and of is that on to in for with are not you can this be as by or "
                  "from an it".split())

STOP = set("""de het een en van is dat die op te in voor met zijn niet u uw kunt deze dit wordt als worden
bij om ook of door naar aan tot uit over hoe wat waar wie welke wanneer kan ik je hij zij we wij
mijn er maar dan nog al zo ze zich heb heeft hebben was werd moet moeten wil willen mag kunnen
""".split())

LEADING_BAD = set("""in uit bij met naar van voor op aan niet tot over door om te als en of vanuit tussen
onder boven zonder per na via tijdens binnen buiten af alleen selecteer kies klik""".split())
VAGUE = set("""automatisch handmatig opnieuw alles alle niets direct meer minder alleen samen weer hier
daar nu item items iets gegevens""".split())
FINITE = set("kan kunt wordt worden is zijn moet moeten wilt zal zult heeft hebt".split())
TRAILING_BAD = set("en of die dat met van voor in op aan bij naar als te".split())

PARTICLES = sorted("""aan af bij binnen door in mee na neer om op over samen terug toe uit vast voor weg
los open dicht rond achter tegen bijeen weer""".split(), key=len, reverse=True)

IRREGULAR_IK = {
    "zijn": "ben", "hebben": "heb", "kunnen": "kan", "zullen": "zal", "willen": "wil",
    "mogen": "mag", "gaan": "ga", "staan": "sta", "slaan": "sla", "doen": "doe", "zien": "zie",
}

WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'’][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def is_dutch(text: str, ratio: float = 2.0) -> bool:
    w = [x.lower() for x in words(text)]
    a = sum(x in NL_FUNCTION for x in w)
    b = sum(x in EN_FUNCTION for x in w)
    return a >= 5 and a > ratio * b


class Verbs:
    """Dutch infinitives learnt from the corpus itself ("te wijzigen", "in te voegen"),
    with the first-person form checked against the corpus (imperatives: "Voeg", "Kopieer")."""

    def __init__(self, texts: list[str]) -> None:
        self.sep: dict[str, tuple[str, str]] = {}  # invoegen -> (in, voegen)
        self.plain: collections.Counter = collections.Counter()
        self.tokens: collections.Counter = collections.Counter()
        te = re.compile(r"\b(?:(\w+) )?te (\w+en)\b")
        for t in texts:
            low = t.lower()
            self.tokens.update(words(low))
            for part, verb in te.findall(low):
                if part in PARTICLES:
                    self.sep[part + verb] = (part, verb)
                self.plain[verb] += 1
        # a base verb seen at least twice after "te" is a verb; separable forms need one sighting
        self.base = {v for v, n in self.plain.items() if n >= 2 and len(v) > 3}

    def is_verb(self, w: str) -> bool:
        w = w.lower()
        return w in self.sep or w in self.base

    def split(self, inf: str) -> tuple[str, str]:
        """('in', 'voegen') for a separable verb, ('', 'wijzigen') otherwise."""
        return self.sep.get(inf.lower(), ("", inf.lower()))

    def te_form(self, inf: str) -> str:
        part, base = self.split(inf)
        return f"{part} te {base}" if part else f"te {base}"

    def ik_form(self, base: str) -> str | None:
        if base in IRREGULAR_IK:
            return IRREGULAR_IK[base]
        if not base.endswith("en"):
            return None
        s = base[:-2]
        cands = []
        if s.endswith("ië") or s.endswith("ië"):
            pass
        s = s.replace("ë", "e")
        if len(s) >= 2 and s[-1] == s[-2] and s[-1] not in "aeiou":
            cands.append(s[:-1])
        else:
            t = s[:-1] + {"v": "f", "z": "s"}.get(s[-1], s[-1])
            m = re.search(r"(^|[^aeiou])([aeou])([^aeiouy])$", t)
            if m:
                cands.append(t[: m.start(2)] + m.group(2) * 2 + t[m.start(3):])
            cands.append(t)
        for c in cands:
            if self.tokens[c] >= 2:
                return c
        return None


def lower_first(phrase: str) -> str:
    """'Tabellen invoegen' -> 'tabellen invoegen'; keeps 'AutoTekst', 'DDE', 'PostScript'."""
    if not phrase:
        return phrase
    first, _, rest = phrase.partition(" ")
    if re.fullmatch(r"[A-ZÀ-Ö][a-zà-ÿ'-]*", first):
        first = first.lower()
    return (first + " " + rest).strip()


# --------------------------------------------------------------------------- output


def write_tsv(name: str, header: list[str], rows: list[tuple[str, str, str, list[str]]]) -> None:
    os.makedirs(QDIR, exist_ok=True)
    path = os.path.join(QDIR, f"{name}.tsv")
    with open(path, "w", encoding="utf-8") as fh:
        for h in header:
            fh.write(f"# {h}\n")
        fh.write("# columns: kind<TAB>question<TAB>expected<TAB>relevant (| separated, relative to the docs folder)\n")
        for kind, q, exp, rel in rows:
            assert "\t" not in q and "\n" not in q
            fh.write(f"{kind}\t{q}\t{exp}\t{'|'.join(sorted(rel))}\n")
    print(f"  wrote {os.path.relpath(path, os.path.dirname(HERE))}: {len(rows)} questions")


def fresh_dir(path: str) -> None:
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)


def pick(pool: list, n: int, rng: random.Random) -> list:
    pool = list(pool)
    rng.shuffle(pool)
    return pool[:n]


# --------------------------------------------------------------------------- LibreOffice


def lo_clean(src: str) -> tuple[str, str] | None:
    """The content part of a LibreOffice help page as a small HTML page, and its title.
    Drops the page chrome (header, module menu, index and contents panes, debug footer) and
    the invisible index keywords (<meta itemprop="keywords">), which the questions come from."""
    m = re.search(r"<title>(.*?)</title>", src, re.S)
    title = html.unescape(m.group(1)).strip() if m else ""
    start = src.find('<div id="DisplayArea"')
    if start == -1:
        return None
    start = src.find(">", start) + 1
    end = src.find('<div id="SearchFrame">', start)
    body = src[start:end if end != -1 else len(src)]
    body = re.sub(r"<meta itemprop=\"keywords\"[^>]*>\s*", "", body)
    body = re.sub(r"\s*</div>\s*$", "", body)  # the DisplayArea's own closing tag
    page = ("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(title, quote=False)}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n")
    return title, page


def build_libreoffice(force: bool) -> None:
    root = fetch("libreoffice-help-nl")
    base = os.path.join(root, "usr/share/libreoffice/help/nl")
    out = os.path.join(DATA, "libreoffice", "docs")
    pages = sorted(glob.glob(os.path.join(base, "text", "**", "*.html"), recursive=True))
    docs: dict[str, str] = {}  # rel path -> raw page (original)
    texts: dict[str, tuple[str, list[str]]] = {}
    build = force or not os.path.isdir(out)
    if build:
        fresh_dir(out)
    for p in pages:
        rel = os.path.relpath(p, base)
        with open(p, encoding="utf-8") as fh:
            src = fh.read()
        c = lo_clean(src)
        if c is None:
            continue
        title, page = c
        t, paras = html_to_paragraphs(page)
        if sum(len(x) for x in paras) < 80:
            continue  # empty shells
        docs[rel] = src
        texts[rel] = (title, paras)
        if build:
            os.makedirs(os.path.dirname(os.path.join(out, rel)), exist_ok=True)
            with open(os.path.join(out, rel), "w", encoding="utf-8") as fh:
                fh.write(page)
    print(f"  libreoffice: {len(docs)} documents in {os.path.relpath(out, HERE)}")

    verbs = Verbs([" ".join(ps) for _, ps in texts.values()])

    # Candidates are grouped by their content -- (topic, noun phrase, verb) -- before a template is
    # chosen, so the same task named on several pages becomes one question listing all of them.
    cands: dict[tuple, set[str]] = collections.defaultdict(set)
    source_of: dict[tuple, str] = {}

    def np_ok(np_: str) -> str | None:
        np_ = re.sub(r"\s+", " ", np_).strip(" ,.:;")
        if not np_ or len(np_) > 70 or re.search(r"[/()\[\]{}<>;=\"]|--| - |:", np_):
            return None
        w = np_.split()
        low = [x.lower() for x in w]
        if low[0] in LEADING_BAD or low[-1] in TRAILING_BAD or "te" in low or "om" in low:
            return None
        if all(x in VAGUE or x in STOP for x in low):
            return None  # "automatisch", "alles", "item": no topic of its own
        if any(verbs.is_verb(x) or x in FINITE for x in w if x.islower()):
            return None  # "formules invoeren en" (two tasks in one heading)
        np_ = " ".join("mijn" if x == "uw" else x for x in w)
        return lower_first(np_)

    def add(src: str, key: tuple, rel: str) -> None:
        cands[key].add(rel)
        source_of.setdefault(key, src)

    def add_task(src: str, np_: str, inf: str, rel: str, topic: str = "") -> None:
        np2 = np_ok(np_)
        if np2 and verbs.is_verb(inf):
            add(src, ("task", topic, np2, inf.lower()), rel)

    # 1. headings (h1..h3) that name a task: "Een item aan een keuzelijst toevoegen",
    #    "Om een tabel uit een werkbalk in te voegen"
    head_re = re.compile(r"<h([123])[^>]*>(.*?)</h\1>", re.S)
    for rel, src in docs.items():
        c = lo_clean(src)
        for _, h in head_re.findall(c[1]):
            h = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", h))).strip().rstrip(":.")
            w = h.split()
            if len(w) < 2 or len(w) > 9:
                continue
            m = re.match(r"(?i)^om (.+?) (?:(\w+) )?te (\w+en)$", h)
            if m:
                np_, part, base_ = m.group(1), m.group(2) or "", m.group(3)
                if part and part not in PARTICLES:
                    np_, part = f"{np_} {part}", ""
                add_task("kop", np_, part + base_, rel)
                continue
            if w[-1].islower():
                add_task("kop", " ".join(w[:-1]), w[-1], rel)
    # 2. the help's keyword index (bookmarks.js): "tabellen -- invoegen", "sluiten -- documenten",
    #    "afdrukbereik selecteren", "gegevensbronnen -- records naar werkbladen kopiëren", "NORMINV-functie"
    with open(os.path.join(base, "bookmarks.js"), encoding="utf-8") as fh:
        js = fh.read()
    entries = re.findall(r'\{url:"nl/([^"?#]+)[^"]*", app:"\w+", text:"([^"]*)"\}', js)
    for url, text in entries:
        if url not in docs:
            continue
        text = re.sub(r"\s+", " ", html.unescape(text)).strip()
        parts = [x.strip() for x in text.split("--")]
        if len(parts) == 2:
            a, b = parts
            aw, bw = a.split(), b.split()
            if not aw or not bw:
                continue
            if len(aw) == 1 and a.islower() and verbs.is_verb(a):
                add_task("index", b, a, url)  # sluiten -- documenten
            elif bw[-1].islower() and verbs.is_verb(bw[-1]):
                if len(bw) == 1:
                    add_task("index", a, bw[0], url)  # databases -- maken
                elif bw[0].lower() in LEADING_BAD:
                    add_task("index", a + " " + " ".join(bw[:-1]), bw[-1], url)  # afbeeldingen -- in tekst invoegen
                elif len(aw) <= 3 and not re.search(r"[/()]", a):
                    add_task("index", " ".join(bw[:-1]), bw[-1], url, topic=a)  # WebDAV -- bestandsservice instellen
        elif len(parts) == 1:
            w = text.split()
            if len(w) >= 2 and w[-1].islower():
                add_task("index", " ".join(w[:-1]), w[-1], url)
            elif len(w) == 1 and re.fullmatch(r"[A-Z][A-Z0-9.]+-functie", text):
                add("index", ("function", text[: -len("-functie")]), url)

    def phrase(key: tuple) -> str:
        r = random.Random(f"{SEED}:{key}")
        if key[0] == "function":
            name = key[1]
            return r.choice([f"Wat doet de functie {name}?", f"Hoe gebruik ik de functie {name}?",
                             f"Wat berekent {name} in Calc?"])
        _, topic, np_, inf = key
        part, base_ = verbs.split(inf)
        ik = verbs.ik_form(base_)
        templates = ["kan", "kan", "moet", "manier", "mogelijk", "wil"] + (["ik"] * 3 if ik else [])
        t = r.choice(templates)
        if t == "kan":
            q = f"Hoe kan ik {np_} {inf}?"
        elif t == "moet":
            q = f"Hoe moet ik {np_} {inf}?"
        elif t == "manier":
            q = f"Op welke manier kan ik {np_} {inf}?"
        elif t == "mogelijk":
            q = f"Is het mogelijk om {np_} {verbs.te_form(inf)}?"
        elif t == "wil":
            q = f"Ik wil {np_} {inf}, hoe doe ik dat?"
        else:
            q = f"Hoe {ik} ik {np_}{' ' + part if part else ''}?"
        if topic:
            q = f"{topic}: {q[0].lower()}{q[1:]}"
        return q[0].upper() + q[1:]

    # Drop questions that several differently phrased candidates would make ambiguous:
    # at most 3 relevant documents; a question must have content words of its own.
    pool, texts_seen = [], set()
    for key, rels in sorted(cands.items()):
        q = phrase(key)
        if len(rels) > 3 or q.lower() in texts_seen:
            continue
        texts_seen.add(q.lower())
        pool.append((source_of[key], q, sorted(rels)))
    # balance: at most one question per (source, first relevant doc) pair, then sample
    seen, uniq = set(), []
    for s, q, rels in sorted(pool, key=lambda x: (x[2][0], x[0], x[1])):
        key = (s, rels[0])
        if key in seen:
            continue
        seen.add(key)
        uniq.append((s, q, rels))
    rng2 = random.Random(SEED)
    kop = pick([x for x in uniq if x[0] == "kop"], 200, rng2)
    idx = pick([x for x in uniq if x[0] == "index"], 400 - len(kop), rng2)
    chosen = sorted(kop + idx, key=lambda x: x[1])
    chosen = pick(chosen, len(chosen), rng2)
    print(f"  libreoffice: {len(cands)} candidate questions, {len(uniq)} after filtering, "
          f"{len(kop)} from headings + {len(idx)} from the index")
    write_tsv("libreoffice", [
        "benchmark: libreoffice -- Dutch how-to questions over the LibreOffice help",
        f"source: Debian package libreoffice-help-nl {deb_version('libreoffice-help-nl')}, "
        f"{len(docs)} pages (cleaned HTML)",
        f"made by benchmarks/make_corpora.py (seed {SEED}) from headings that name a task and from the "
        "help's keyword index; see benchmarks/README.md",
    ], [("answer", q, "", rels) for _, q, rels in chosen])


# --------------------------------------------------------------------------- GIMP

NUMBERING = re.compile(r"^(?:(?:Hoofdstuk|Deel|Bijlage|Paragraaf)\s+)?[0-9IVXLA-Z]+(?:\.[0-9]+)*\.?\s+")


def clean_heading(h: str) -> str:
    h = re.sub(r"\s+", " ", h).strip()
    h = NUMBERING.sub("", h)
    return h.replace("“", "").replace("”", "").replace("‘", "").replace("’", "'").strip()


def build_gimp(force: bool) -> None:
    root = fetch("gimp-help-nl")
    base = os.path.join(root, "usr/share/gimp/2.0/help/nl")
    out = os.path.join(DATA, "gimp", "docs")
    build = force or not os.path.isdir(out)
    if build:
        fresh_dir(out)
    docs: dict[str, tuple[str, list[str], str]] = {}
    for p in sorted(glob.glob(os.path.join(base, "*.html"))):
        with open(p, encoding="utf-8", errors="replace") as fh:
            src = fh.read()
        title, paras = html_to_paragraphs(src)
        text = "\n".join(paras)
        if not is_dutch(text) or len(text) < 300:
            continue  # about four in five GIMP pages are still English in this package
        title = clean_heading(title)
        rel = os.path.basename(p)[:-5] + ".txt"
        docs[rel] = (title, paras, src)
        if build:
            with open(os.path.join(out, rel), "w", encoding="utf-8") as fh:
                fh.write(title + "\n\n" + "\n\n".join(paras) + "\n")
    print(f"  gimp: {len(docs)} Dutch documents in {os.path.relpath(out, HERE)}")

    # keyword queries from the pages' own headings (page title and section titles)
    head_re = re.compile(r"<h([1-5])[^>]*class=\"title\"[^>]*>(.*?)</h\1>", re.S)
    cands: dict[str, set[str]] = collections.defaultdict(set)
    kinds: dict[str, str] = {}
    for rel, (title, paras, src) in docs.items():
        heads = []
        for lvl, h in head_re.findall(src):
            heads.append(clean_heading(html.unescape(re.sub(r"<[^>]+>", "", h))))
        for i, h in enumerate(heads):
            if not h or "FIXME" in h or re.search(r"[A-Za-z]", h) is None:
                continue
            low = [w.lower() for w in words(h)]
            if any(w in EN_FUNCTION - {"in", "is", "a"} for w in low):
                continue  # English heading
            content = [w for w in low if w not in STOP and not w.isdigit()]
            if not content or (len(content) == 1 and len(content[0]) < 7):
                continue
            q = " ".join(content)
            cands[q].add(rel)
            kinds.setdefault(q, "titel" if i == 0 else "kop")
    # short queries ("voorbeelden", "meer informatie") must point at one page; longer ones at most 3
    pool = [(kinds[q], q, sorted(r)) for q, r in sorted(cands.items())
            if len(r) == 1 or (len(r) <= 3 and len(q.split()) >= 3)]
    rng = random.Random(SEED)
    chosen = pick(pool, 300, rng)
    print(f"  gimp: {len(cands)} candidate queries, {len(pool)} unambiguous, {len(chosen)} chosen")
    write_tsv("gimp", [
        "benchmark: gimp -- Dutch keyword / known-item queries over the Dutch pages of the GIMP help",
        f"source: Debian package gimp-help-nl {deb_version('gimp-help-nl')}, {len(docs)} Dutch pages (plain text)",
        f"made by benchmarks/make_corpora.py (seed {SEED}): page and section titles, lowercased, "
        "numbering and stop words removed; see benchmarks/README.md",
    ], [("answer", q, "", rels) for _, q, rels in chosen])


# --------------------------------------------------------------------------- Debian FAQ


def build_debian_faq(force: bool) -> None:
    """One document per FAQ question: the answer text, titled with the chapter and section
    number only (the question itself is left out of the document, so retrieval must go
    from the question to the answer's words)."""
    root = fetch("debian-faq-nl")
    base = os.path.join(root, "usr/share/doc/debian/FAQ/nl")
    out = os.path.join(DATA, "debian-faq", "docs")
    build = force or not os.path.isdir(out)
    if build:
        fresh_dir(out)
    rows = []
    ndocs = 0
    sec_re = re.compile(r"<h([234]) class=\"title\"[^>]*>(.*?)</h\1>", re.S)
    for p in sorted(glob.glob(os.path.join(base, "*.nl.html"))):
        name = os.path.basename(p).split(".")[0]
        if name in ("index", "faqinfo"):
            continue
        with open(p, encoding="utf-8", errors="replace") as fh:
            src = fh.read()
        chapter, _ = html_to_paragraphs(src)
        chapter = NUMBERING.sub("", chapter.replace("Hoofdstuk", "").strip())
        marks = list(sec_re.finditer(src))
        for i, m in enumerate(marks):
            head = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))).strip()
            num = re.match(r"([0-9.]+)\s+(.*)", head)
            if not num:
                continue
            number, question = num.group(1).rstrip("."), num.group(2)
            end = marks[i + 1].start() if i + 1 < len(marks) else len(src)
            _, paras = html_to_paragraphs("<div>" + src[m.end():end] + "</div>")
            paras = [x for x in paras if not re.fullmatch(r"(Vorige|Volgende|Inhoud|Begin)( .*)?", x)]
            if sum(len(x) for x in paras) < 80:
                continue
            rel = f"{name}/{number}.txt"
            ndocs += 1
            if build:
                os.makedirs(os.path.join(out, name), exist_ok=True)
                with open(os.path.join(out, rel), "w", encoding="utf-8") as fh:
                    fh.write(f"Debian FAQ {number} ({chapter})\n\n" + "\n\n".join(paras) + "\n")
            if question.endswith("?"):
                rows.append(("answer", question, "", [rel]))
    print(f"  debian-faq: {ndocs} documents in {os.path.relpath(out, HERE)}")
    write_tsv("debian-faq", [
        "benchmark: debian-faq -- the Dutch Debian FAQ's own questions against its answers",
        f"source: Debian package debian-faq-nl {deb_version('debian-faq-nl')}, one document per answer",
        "made by benchmarks/make_corpora.py: every section heading that is a question; the document holds "
        "the answer text without the question; see benchmarks/README.md",
    ], sorted(rows, key=lambda r: r[3]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--force", action="store_true", help="rebuild the docs folders")
    ap.add_argument("--only", choices=["libreoffice", "gimp", "debian-faq"], action="append")
    args = ap.parse_args()
    todo = args.only or ["libreoffice", "gimp", "debian-faq"]
    if "libreoffice" in todo:
        build_libreoffice(args.force)
    if "gimp" in todo:
        build_gimp(args.force)
    if "debian-faq" in todo:
        build_debian_faq(args.force)


if __name__ == "__main__":
    main()
