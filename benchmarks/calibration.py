"""How well the rules' confidence predicts that a fact is right, on annotated real news.

    python benchmarks/calibration.py ../shared [--folds 5]

A fact's confidence should be the chance that it is right: of the facts
given 0.8, about eight in ten right. The annotated real news is the 40 BBC
articles of ``eval/bbc`` and the 20 of ``benchmarks/gold/bbc-more`` (their
texts in ``corpus/bbc``). Every fact the rules read there, with no
threshold, is one observation: the rules and properties of its readings,
and whether ``kg eval`` counts it right.

Printed: per rule and property, its facts, the share right and its
confidence in ``ontology/lexicon/rules.tsv``; the reliability table of those
confidences (per confidence bin, the share of facts right); and Brier scores
(the mean squared gap between confidence and outcome, lower is better).

The confidences in ``rules.tsv`` were set on other text (the development
articles and CoNLL04's training sentences), so these facts test them. They
are compared with confidences fitted on these very facts, scored by
cross-validation (the documents split into ``--folds`` folds, each fold's
facts given the confidences fitted on the other folds): each (rule,
property) gets the share of its facts that are right, shrunk towards its
rule's share and that towards the share of all facts (``k`` pseudo-facts
at each level), and one constant, the share of all facts right. A fact
read several times combines its readings as independent evidence, as a
build does: ``1 - (1 - c1)(1 - c2)…``. The run is deterministic.
"""

import argparse
import itertools
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg.builder import extract_corpus
from kg.knowledge.lexicon import load_lexicon
from kg.rdf.graph import entity_iris, fact_object, to_graph
from kg.rdf.iris import DEFAULT_BASE
from kg.views.evaluate import load_gold, score_graph

ROOT = Path(__file__).resolve().parent.parent
#: each source: its gold folder and the folder its texts are in (None: beside the gold)
SOURCES = {
    "bbc": (lambda shared: shared / "eval" / "bbc", lambda shared: None),
    "bbc-more": (lambda shared: ROOT / "benchmarks/gold/bbc-more", lambda s: s / "corpus/bbc"),
}
PSEUDO_FACTS = (1, 2, 5, 10, 20)
BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)
ANY = "*"


@dataclass(frozen=True)
class Observation:
    """A fact read from annotated text: its document, readings, and whether it is right."""

    document: str
    readings: tuple[tuple[str, str], ...]  # (rule, property) of each reading
    current: float  # its confidence with rules.tsv as it is
    right: bool


def observe(gold_folder: Path, texts: Path | None) -> list[Observation]:
    """Build the gold texts with every fact kept and judge each fact against the gold."""
    gold = load_gold(gold_folder, texts)
    corpus = extract_corpus(gold.texts, min_confidence=0.0)
    report = score_graph(to_graph(corpus), gold)
    iris = entity_iris(corpus, DEFAULT_BASE)
    observations = []
    for fact, evidence in corpus.evidence.items():
        triple = (iris[fact.subject], fact.property, fact_object(fact, iris))
        readings = tuple((e.rule.split(":")[0], fact.property) for e in evidence)
        observations.append(
            Observation(
                evidence[0].document,
                readings,
                corpus.confidence(fact),
                triple in report.right_facts,
            )  # fmt: skip
        )
    return observations


def fit(observations: list[Observation], k: float) -> dict[tuple[str, str], tuple]:
    """Return (confidence, facts, right) by (rule, property), by (rule, ANY) and for (ANY, ANY)."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for obs in observations:
        for rule, prop in set(obs.readings):
            for key in ((rule, prop), (rule, ANY)):
                counts[key][0] += 1
                counts[key][1] += obs.right
    overall = (len(observations), sum(o.right for o in observations))
    base = overall[1] / overall[0]
    table = {(ANY, ANY): (base, *overall)}
    for (rule, prop), (n, right) in counts.items():
        if prop == ANY:
            table[rule, ANY] = ((right + k * base) / (n + k), n, right)
    for (rule, prop), (n, right) in counts.items():
        if prop != ANY:
            table[rule, prop] = ((right + k * table[rule, ANY][0]) / (n + k), n, right)
    return table


def confidence_of(table: dict, rule: str, prop: str) -> float:
    """Return the confidence of one reading, from the most specific row there is."""
    for key in ((rule, prop), (rule, ANY), (ANY, ANY)):
        if key in table:
            return table[key][0]
    raise KeyError(rule)


def combined(table: dict, obs: Observation) -> float:
    """Return a fact's confidence: its readings combined as independent evidence."""
    doubt = 1.0
    for rule, prop in obs.readings:
        doubt *= 1.0 - confidence_of(table, rule, prop)
    return 1.0 - doubt


def fold_of(document: str, folds: int) -> int:
    """Return a document's fold, the same on every run."""
    return zlib.crc32(document.encode("utf-8")) % folds


def cross_validated(observations, folds: int, predict) -> list[tuple[float, bool]]:
    """Return (confidence, right) for every fact, each predicted from the other folds."""
    pairs = []
    for fold in range(folds):
        train = [o for o in observations if fold_of(o.document, folds) != fold]
        held = [o for o in observations if fold_of(o.document, folds) == fold]
        pairs += [(predict(train, o), o.right) for o in held]
    return pairs


def per_rule(observations: list[Observation]) -> list[str]:
    """Return a Markdown table: per rule and property, facts, share right and confidence."""
    lexicon = load_lexicon()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for obs in observations:
        for reading in set(obs.readings):
            counts[reading][0] += 1
            counts[reading][1] += obs.right
    lines = ["| rule | property | facts | share right | confidence |", "|---|---|---|---|---|"]
    for (rule, prop), (n, right) in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0])):
        conf = lexicon.confidence(rule)
        lines.append(f"| {rule} | {prop} | {n} | {right / n:.2f} | {conf:.2f} |")
    return lines


def brier(pairs: list[tuple[float, bool]]) -> float:
    """Return the mean squared gap between confidence and outcome (lower is better)."""
    return sum((c - y) ** 2 for c, y in pairs) / len(pairs)


def reliability(pairs: list[tuple[float, bool]]) -> list[str]:
    """Return a Markdown table: per confidence bin, facts, mean confidence, share right."""
    lines = ["| confidence | facts | mean confidence | share right |", "|---|---|---|---|"]
    for low, high in itertools.pairwise(BINS):
        inside = [(c, y) for c, y in pairs if low <= c < high or (high == 1.0 and c == 1.0)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            share = sum(y for _, y in inside) / len(inside)
            lines.append(f"| {low:.2f}–{high:.2f} | {len(inside)} | {mean:.2f} | {share:.2f} |")
    return lines


def main() -> None:
    """Print the reliability of the rules' confidences and the Brier scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path, help="the shared folder (eval/, corpus/)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    observations = []
    for name, (gold, texts) in SOURCES.items():
        found = observe(gold(args.shared), texts(args.shared))
        print(f"{name}: {len(found)} facts, {sum(o.right for o in found)} right")
        observations += found
    current = [(o.current, o.right) for o in observations]
    print("\n".join(["", *per_rule(observations), ""]))
    print("reliability of the confidences in rules.tsv:")
    print("\n".join(reliability(current)))
    print(
        f"\nBrier score of {len(observations)} facts (the fitted ones cross-validated, "
        f"{args.folds} folds):"
    )
    print(f"  rules.tsv as it is          {brier(current):.4f}")
    constant = cross_validated(
        observations, args.folds, lambda train, o: sum(t.right for t in train) / len(train)
    )
    print(f"  one constant                {brier(constant):.4f}")
    for k in PSEUDO_FACTS:
        pairs = cross_validated(
            observations, args.folds, lambda train, o, k=k: combined(fit(train, k), o)
        )
        print(f"  fitted, k = {k:<2}              {brier(pairs):.4f}")


if __name__ == "__main__":
    main()
