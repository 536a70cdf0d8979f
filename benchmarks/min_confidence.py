"""Fact scores on a gold folder at each confidence threshold: how the default was chosen.

    python benchmarks/min_confidence.py ../shared/eval/dev
    python benchmarks/min_confidence.py ../shared/conll04/dev --learned --props worksFor,\
memberOf,directedBy,foundedBy,basedIn,locatedIn,livesIn,bornIn,nationality,killed \
--types Person,Organization,Place

The corpus is extracted once with every fact kept; each threshold then keeps
the facts at least that sure, and the graph is scored as ``kg eval`` scores
it. Prints a Markdown table and the threshold with the best fact F1 (the
lowest such, if several tie).
"""

import argparse
import dataclasses
from pathlib import Path

from kg.builder import extract_corpus
from kg.rdf.graph import to_graph
from kg.views.evaluate import load_gold, score_graph

THRESHOLDS = [round(0.05 * n, 2) for n in range(0, 20)]


def main() -> None:
    """Print precision, recall and F1 of facts at each threshold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="a folder of gold annotations")
    parser.add_argument("--props", help="count only these properties (comma-separated)")
    parser.add_argument("--types", help="count only these top classes (comma-separated)")
    parser.add_argument("--learned", action="store_true", help="also run the relation classifier")
    args = parser.parse_args()
    gold = load_gold(args.gold)
    corpus = extract_corpus(gold.texts, min_confidence=0.0, learned=args.learned)
    print("| threshold | P | R | F1 | facts |\n|---|---|---|---|---|")
    scores = []
    for threshold in THRESHOLDS:
        kept = {f for f in corpus.facts if corpus.confidence(f) >= threshold}
        graph = to_graph(dataclasses.replace(corpus, facts=kept))
        report = score_graph(
            graph,
            gold,
            properties=args.props.split(",") if args.props else None,
            types=args.types.split(",") if args.types else None,
        )
        facts = report.facts
        print(
            f"| {threshold:.2f} | {facts.precision:.3f} | {facts.recall:.3f} "
            f"| {facts.f1:.3f} | {facts.predicted} |"
        )
        scores.append((threshold, facts.f1))
    best = max(f1 for _, f1 in scores)
    chosen = min(t for t, f1 in scores if f1 == best)
    print(f"\nbest fact F1 {best:.3f} from threshold {chosen:.2f}")


if __name__ == "__main__":
    main()
