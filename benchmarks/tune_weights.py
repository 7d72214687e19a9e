#!/usr/bin/env python3
"""Study the re-ranker's weights on the features `vraagbaak eval --features FILE` writes.

    vraagbaak eval --knowledge benchmarks/data/gimp/docs --index /tmp/gimp.sqlite \\
        --features /tmp/gimp.jsonl benchmarks/questions/gimp.tsv
    python3 benchmarks/tune_weights.py debian-faq=/tmp/debian-faq.jsonl gimp=/tmp/gimp.jsonl \\
        libreoffice=/tmp/libreoffice.jsonl [--extra seeds=/tmp/seeds.jsonl] \\
        [--passages kb9=/tmp/kb9.jsonl:/tmp/kb9-knowledge …]
    bash benchmarks/sets.sh --features /tmp/features    # every set's features, and the command above

Each line of such a file is one question: its relevant files, its expected phrases and every
candidate passage, best first, with its lines and RankingFeatures. The score is recomputed exactly
as Ranker.features does (same operations in the same order, so the doubles are bit-identical), and
MRR@10 is scored per document as Evaluator does: a document ranks where its best passage ranks, ties
keep the order of the file (Swift's sort is stable; candidates with equal features tie under any
weights and keep FTS5's order).

A `--passages` set is scored per passage instead: a candidate is relevant when the lines it spans in
its file (under the knowledge folder after the colon) hold one of the question's expected phrases,
the sentences a good answer quotes. These are the forum-style question sets over articles and
threads, where the document is easy to find and the passage is what matters. With them, the
objective is the mean of two halves: the document benchmarks' mean MRR@10 and the passage sets'.

It then (1) checks the recomputed scores and MRR@10 with the weights in Ranker.swift, (2) learns the
weights by coordinate ascent from random starts, maximising that objective, leaving each set out in
turn and scoring it, and (3) learns on all, rounds to 0.05 steps and shows how flat the optimum is.

Only the ratios of the weights matter, so bm25's weight stays as it is and sets the scale. The
document benchmarks alone cannot measure five weights, which stay then: they have no forum threads
(thread and firstReply are 0 everywhere), none names several substances (entity coverage equals
coverage), a sentence defining the question's one subject occurs in 8 of 70,000 candidates
(definition), and few questions ask for a time or an amount (answerType). The passage sets measure
them all, so with `--passages` every weight but bm25's is learned. The feature counts are printed.

Needs numpy (benchmarks/data/venv has it).
"""
import argparse
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

NAMES = ["bm25", "coverage", "heading", "entities", "sentence", "thread", "definition", "answerType",
         "firstReply", "documentCoverage", "documentBM25"]
# The RankingFeatures field each weight multiplies; the first nine are inside `form * (…)`.
FIELDS = ["bm25", "coverage", "headingCoverage", "entityCoverage", "sentenceCoverage", "threadQuestion",
          "definition", "answerType", "firstReply", "documentCoverage", "documentBM25"]
RANKER = Path(__file__).resolve().parent.parent / "Sources/VraagbaakKit/Retrieval/Ranker.swift"
FOREIGN_DOCUMENT_SHARE = 0.5  # Ranker.foreignDocumentShare
MINIMUM_COVERAGE = 0.35  # Answerer.minimumCoverage: the top passage must say this much, or no answer
LEARNED = [NAMES.index(n) for n in ["coverage", "heading", "sentence", "documentCoverage", "documentBM25"]]


def current_weights():
    """The weights in Ranker.swift (`static let weights = (bm25: 0.3, …)`)."""
    text = RANKER.read_text()
    block = re.search(r"static let weights = \((.*?)\)", text, re.S).group(1)
    values = dict((k, float(v)) for k, v in re.findall(r"(\w+):\s*([0-9.]+)", block))
    assert list(values) == NAMES, f"Ranker.weights changed: {list(values)}"
    return np.array([values[n] for n in NAMES])


class Benchmark:
    """All candidates of one benchmark's questions in flat arrays, for scoring every question at once."""

    def __init__(self, name, path, knowledge=None):
        """`knowledge`: the folder of a passage set (see the module's doc), else None."""
        self.name = name
        self.per_passage = knowledge is not None
        rows, form, subjects, scores, question, position, relevant, group, coverage = [], [], [], [], [], [], [], [], []
        self.questions = 0
        groups = {}
        files = FileLines(knowledge) if knowledge else None
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                relevant_files = set(record["relevant"])
                phrases = [normalized(e) for e in record.get("expected", []) if e.strip()]
                if files and not phrases:
                    continue
                q = self.questions
                for i, candidate in enumerate(record["candidates"]):
                    f = candidate["features"]
                    rows.append([f[name] for name in FIELDS])
                    form.append(f["form"])
                    subjects.append(f.get("documentSubjects", 1.0))
                    scores.append(f["score"])
                    coverage.append(f["coverage"])
                    question.append(q)
                    position.append(i)
                    if files:
                        text = files.text(candidate["source"], *candidate["lines"])
                        relevant.append(any(phrase in text for phrase in phrases))
                        group.append(groups.setdefault((q, i), len(groups)))  # each passage ranks on its own
                    else:
                        relevant.append(candidate["source"] in relevant_files)
                        group.append(groups.setdefault((q, candidate["source"]), len(groups)))
                self.questions += 1
        self.features = np.array(rows, dtype=np.float64).reshape(-1, len(FIELDS))
        self.form = np.array(form, dtype=np.float64)
        self.subjects = np.array(subjects, dtype=np.float64)
        self.scores = np.array(scores, dtype=np.float64)
        self.coverage = np.array(coverage, dtype=np.float64)
        self.question = np.array(question, dtype=np.int64)
        self.position = np.array(position, dtype=np.int64)
        self.relevant = np.array(relevant, dtype=bool)
        self.group = np.array(group, dtype=np.int64)
        self.group_question = np.zeros(len(groups), dtype=np.int64)
        for (q, _), g in groups.items():
            self.group_question[g] = q
        self.first = self.position == 0  # each question's first candidate under the dumped (current) order

    def score(self, w):
        """Ranker.features' formula, operation for operation."""
        f = self.features
        passage = w[0] * f[:, 0]
        for k in range(1, 9):
            passage = passage + w[k] * f[:, k]
        relevance = self.form * passage + w[9] * f[:, 9] + w[10] * f[:, 10]
        return (FOREIGN_DOCUMENT_SHARE + (1 - FOREIGN_DOCUMENT_SHARE) * self.subjects) * relevance

    def reciprocal_ranks(self, w=None, scores=None):
        """Per question, 1/rank of the first relevant document in the top 10 (0 when not there)."""
        s = self.score(w) if scores is None else scores
        n = self.questions
        # The best relevant passage p* of each question: highest score, earliest among equals.
        best = np.full(n, -np.inf)
        np.maximum.at(best, self.question[self.relevant], s[self.relevant])
        is_best = self.relevant & (s == best[self.question])
        first_best = np.full(n, np.iinfo(np.int64).max)
        np.minimum.at(first_best, self.question[is_best], self.position[is_best])
        found = np.isfinite(best)
        # Documents ahead of p*: any passage of theirs sorts before it.
        q = self.question
        ahead = ~self.relevant & ((s > best[q]) | ((s == best[q]) & (self.position < first_best[q])))
        ahead_group = np.zeros(len(self.group_question), dtype=bool)
        ahead_group[self.group[ahead]] = True
        rank = np.bincount(self.group_question[ahead_group], minlength=n) + 1
        return np.where(found & (rank <= 10), 1.0 / rank, 0.0)

    def mrr(self, w):
        return self.reciprocal_ranks(w).mean()

    def answered(self, w):
        """Share of questions whose top passage says enough to answer (ignores whether a quote is found)."""
        s = self.score(w)
        top = np.full(self.questions, -np.inf)
        np.maximum.at(top, self.question, s)
        is_top = s == top[self.question]
        first_top = np.full(self.questions, np.iinfo(np.int64).max)
        np.minimum.at(first_top, self.question[is_top], self.position[is_top])
        chosen = is_top & (self.position == first_top[self.question])
        return (self.coverage[chosen] >= MINIMUM_COVERAGE).mean()


def normalized(text):
    return " ".join(text.split())


class FileLines:
    """The knowledge folder's files as lines, read once each."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.files = {}

    def text(self, source, first, last):
        """Lines `first`…`last` (1-based) of `source`, whitespace collapsed."""
        if source not in self.files:
            self.files[source] = (self.folder / source).read_text(encoding="utf-8", errors="replace").split("\n")
        return normalized(" ".join(self.files[source][first - 1:last]))


def objective(benchmarks, w):
    """The mean MRR@10 of the document benchmarks, averaged with the passage sets' where there are any."""
    halves = [[b.mrr(w) for b in benchmarks if b.per_passage == kind] for kind in (False, True)]
    return float(np.mean([np.mean(half) for half in halves if half]))


GRID = np.round(np.arange(0, 1.0001, 0.02), 2)


def coordinate_ascent(benchmarks, start, rng, sweeps=8):
    """Best value of one weight at a time on GRID, until a sweep gains nothing. Among values that
    score the same, the middle of the run holding the best is taken (a flat stretch, not its edge)."""
    w = start.copy()
    best = objective(benchmarks, w)
    for _ in range(sweeps):
        before = best
        for k in rng.sample(LEARNED, len(LEARNED)):
            values = []
            for v in GRID:
                w[k] = v
                values.append(objective(benchmarks, w))
            values = np.array(values)
            top = values.max()
            hits = np.flatnonzero(values >= top - 1e-12)
            # the longest run of consecutive grid points at the maximum, and its middle
            runs = np.split(hits, np.flatnonzero(np.diff(hits) > 1) + 1)
            run = max(runs, key=len)
            w[k] = GRID[run[len(run) // 2]]
            best = top
        if best <= before + 1e-12:
            break
    return w, best


def local_ascent(benchmarks, start, min_gain=0.002):
    """The cautious learner: from the current weights only, on 0.05 steps, one weight at a time and
    only for a gain of at least `min_gain` in the training mean (about one question moving a place)."""
    w = start.copy()
    best = objective(benchmarks, w)
    grid = np.round(np.arange(0, 1.0001, 0.05), 2)
    while True:
        gains = []
        for k in LEARNED:
            for v in grid:
                trial = w.copy()
                trial[k] = v
                gains.append((objective(benchmarks, trial) - best, -abs(v - w[k]), k, v))
        gain, _, k, v = max(gains)
        if gain < min_gain:
            return w, best
        w[k] = v
        best += gain


def learn(benchmarks, start, restarts, seed, local=False):
    if local:
        return [local_ascent(benchmarks, start)]
    rng = random.Random(seed)
    starts = [start.copy()]
    for _ in range(restarts):
        w = start.copy()
        w[LEARNED] = [rng.uniform(0, 0.6) for _ in LEARNED]
        starts.append(w)
    results = [coordinate_ascent(benchmarks, s, rng) for s in starts]
    results.sort(key=lambda r: -r[1])
    return results


def show(w):
    return " ".join(f"{n}={v:.2f}" for n, v in zip(NAMES, w))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("benchmarks", nargs="*", help="name=features.jsonl, one per benchmark")
    parser.add_argument("--extra", action="append", default=[], help="name=features.jsonl, scored but never learned on")
    parser.add_argument("--passages", action="append", default=[],
                        help="name=features.jsonl:knowledge-folder, a set scored per passage by its expected phrases")
    parser.add_argument("--restarts", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--local", action="store_true",
                        help="learn cautiously: from the current weights, 0.05 steps, only gains of 0.002 or more")
    parser.add_argument("--weights", help="comma-separated weights to score instead of learning (order: " + ",".join(NAMES) + ")")
    args = parser.parse_args()

    def load(spec):
        name, path = spec.split("=", 1)
        return Benchmark(name, path)

    def load_passages(spec):
        name, _, rest = spec.partition("=")
        path, _, knowledge = rest.partition(":")
        if not (name and path and knowledge):
            parser.error(f"--passages wants name=features.jsonl:knowledge-folder, not {spec!r}")
        if not Path(knowledge).is_dir():
            parser.error(f"--passages {name}: {knowledge} is no folder")
        return Benchmark(name, path, knowledge)

    benchmarks = [load(s) for s in args.benchmarks] + [load_passages(s) for s in args.passages]
    for empty in [b for b in benchmarks if b.questions == 0]:
        print(f"   {empty.name}: no question with a relevant file (and, per passage, expected phrases): left out")
    benchmarks = [b for b in benchmarks if b.questions > 0]
    extras = [load(s) for s in args.extra]
    if args.passages:
        LEARNED[:] = [k for k, name in enumerate(NAMES) if name != "bm25"]
    now = current_weights()

    print("1. check: scores and MRR@10 recomputed with Ranker.swift's weights", show(now))
    for b in benchmarks + extras:
        recomputed = b.score(now)
        mismatches = int((recomputed != b.scores).sum())
        in_order = all(np.all(np.diff(b.scores[b.question == q]) <= 0) for q in range(b.questions))
        print(f"   {b.name}: {b.questions} questions, {len(b.scores)} candidates, scores differing: {mismatches} "
              f"(max {np.abs(recomputed - b.scores).max():.1e}), file best first: {in_order}, "
              f"MRR@10 {b.mrr(now):.6f}, answered {b.answered(now):.3f}")
        print("      candidates where the feature is not 0: " + " ".join(
            f"{name} {int((b.features[:, k] != 0).sum())}" for k, name in enumerate(FIELDS))
            + f"; entityCoverage ≠ coverage: {int((b.features[:, 3] != b.features[:, 1]).sum())}")
    if args.weights:
        w = np.array([float(x) for x in args.weights.split(",")])
        for b in benchmarks + extras:
            print(f"   with {show(w)}: {b.name} MRR@10 {b.mrr(w):.4f} (now {b.mrr(now):.4f}), answered {b.answered(w):.3f}")
        return

    how = "cautiously from the current weights" if args.local else f"{args.restarts} random starts + the current weights"
    print(f"\n2. leave one set out (learn on the others, {how})")
    for held in benchmarks:
        train = [b for b in benchmarks if b is not held]
        w, train_score = learn(train, now, args.restarts, args.seed, args.local)[0]
        rounded = np.round(w / 0.05) * 0.05
        rr_now, rr_new = held.reciprocal_ranks(now), held.reciprocal_ranks(w)
        print(f"   held out {held.name}: MRR@10 now {rr_now.mean():.4f} -> learned {rr_new.mean():.4f} "
              f"(rounded {held.mrr(rounded):.4f}); questions better/worse {int((rr_new > rr_now).sum())}/"
              f"{int((rr_new < rr_now).sum())}; training mean {objective(train, now):.4f} -> {train_score:.4f}")
        print(f"      learned: {show(w)}")

    print("\n3. learned on all benchmarks")
    results = learn(benchmarks, now, args.restarts, args.seed, args.local)
    w, best = results[0]
    rounded = np.round(w / 0.05) * 0.05
    print(f"   mean MRR@10 now {objective(benchmarks, now):.4f}, learned {best:.4f}, rounded {objective(benchmarks, rounded):.4f}")
    print(f"   learned: {show(w)}")
    print(f"   rounded: {show(rounded)}")
    for b in benchmarks + extras:
        print(f"   {b.name}: MRR@10 now {b.mrr(now):.4f}, rounded {b.mrr(rounded):.4f}; "
              f"answered now {b.answered(now):.3f}, rounded {b.answered(rounded):.3f}")

    print("\n4. how flat: the other starts' optima, and each weight's range within 0.002 of the rounded optimum")
    for other, score in results[1:6]:
        print(f"   {score:.4f}  {show(other)}")
    top = objective(benchmarks, rounded)
    for k in LEARNED:
        name = NAMES[k]
        values = []
        for v in np.round(np.arange(0, 1.0001, 0.05), 2):
            trial = rounded.copy()
            trial[k] = v
            values.append((v, objective(benchmarks, trial)))
        near = [v for v, s in values if s >= top - 0.002]
        print(f"   {name}: {min(near):.2f}–{max(near):.2f} (at 0: {values[0][1]:.4f}, at 1: {values[-1][1]:.4f})")


if __name__ == "__main__":
    sys.exit(main())
