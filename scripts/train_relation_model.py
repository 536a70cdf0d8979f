"""Train the relation classifier on all the annotated text, scored by cross-validation.

Usage:
    pip install -e '.[train]'
    python scripts/train_relation_model.py ../shared [--folds 5] [--out PATH]

The annotated documents are the real BBC articles (``eval/bbc``), CoNLL04's
training and development sentences (``conll04/train``, ``conll04/dev``;
``conll04/test`` is kept for the reported score) and Re-DocRED's 500
Wikipedia documents (``redocred/dev``). Every document is parsed by the kg
pipeline; each ordered pair of its mentions that a type signature admits is
an example, related when the gold annotation has a fact from the one to the
other (mentions matched to gold entities by normalised name, as ``kg eval``
matches them).

The figure of a learned component is its cross-validated one: documents are
split into ``--folds`` folds (by document, each source spread over all
folds); each fold is read by a model trained on the other folds, and the
facts of the whole build (rules and classifier together, as ``kg build
--learned`` makes them) are scored against the gold of each source, beside
the rules alone on the same documents, at each threshold. The model written
to ``--out`` is then trained on every document, with the threshold given by
``--threshold``. The run is deterministic.
"""

import argparse
import json
import zlib
from collections import defaultdict
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from kg.builder import build
from kg.extract.names import normalise
from kg.extract.pipeline import DEFAULT_MODEL, load_pipeline
from kg.extract.relation_model import RelationModel, candidate_pairs, pair_features, signature_of
from kg.knowledge.ontology import load_ontology
from kg.read.text import read_file
from kg.views.evaluate import Gold, Score, load_gold, score_graph

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "ontology" / "models" / "relations.json"
#: where the annotated documents are, under the shared folder, and what each set scores
SOURCES = {
    "bbc": (["eval/bbc"], {}),
    "conll04": (
        ["conll04/train", "conll04/dev"],
        {
            "properties": "worksFor memberOf directedBy foundedBy basedIn locatedIn livesIn "
            "bornIn nationality killed".split(),
            "types": ["Person", "Organization", "Place"],
        },
    ),
    "redocred": (
        ["redocred/dev"],
        {
            "properties": "actsIn directedBy producedBy worksFor memberOf foundedBy basedIn "
            "locatedIn livesIn bornIn nationality".split()
        },
    ),
}
THRESHOLDS = (0.5, 0.7, 0.8, 0.9)


def gold_ids(doc, mention, names: dict[str, set[str]]) -> set[str]:
    """Return the gold entities whose names match a mention's name, styled or as tagged."""
    forms = {normalise(n) for n in (mention.name, *mention.aliases)}
    forms.add(normalise(doc[mention.start : mention.end].text))
    return {eid for eid, n in names.items() if n & forms}


def examples_of(gold_path: Path, nlp, ontology) -> list[tuple[str, dict, bool]]:
    """Return (signature, features, related) for every candidate pair of one document."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    names = {
        eid: {normalise(n) for n in entity["names"]} for eid, entity in gold["entities"].items()
    }
    related = {(f["s"], f["o"]) for f in gold["facts"] if isinstance(f["o"], str)}
    doc = nlp(read_file(gold_path.parent / gold["text"]).text)
    mentions = doc._.kg_mentions
    ids = {id(m): gold_ids(doc, m, names) for m in mentions}
    found = []
    for a, b, group in candidate_pairs(doc, mentions, ontology):
        label = any((s, o) in related for s in ids[id(a)] for o in ids[id(b)])
        signature = signature_of(a, b, ontology)
        features = {f"{signature}|{f}": 1 for f in pair_features(doc, a, b, group)}
        found.append((signature, features, label))
    return found


def fit(examples: list[tuple[str, dict, bool]], threshold: float) -> RelationModel:
    """Fit an L2 logistic regression and return it as kg's model (weights by feature)."""
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([features for _, features, _ in examples])
    y = [label for *_, label in examples]
    regression = LogisticRegression(C=1.0, max_iter=2000, class_weight=None)
    regression.fit(x, y)
    weights = dict(zip(vectorizer.get_feature_names_out(), regression.coef_[0], strict=True))
    # the intercept joins every signature's bias
    for signature in {s for s, _, _ in examples}:
        key = f"{signature}|bias"
        weights[key] = weights.get(key, 0.0) + float(regression.intercept_[0])
    return RelationModel({k: float(v) for k, v in weights.items()}, threshold)


def fold_of(path: Path, folds: int) -> int:
    """Return the fold of a document: fixed by its name, spread evenly."""
    return zlib.crc32(path.name.encode("utf-8")) % folds


def subset(gold: Gold, texts: list[Path]) -> Gold:
    """Return the gold of some of a source's texts (entity ids are shared across files)."""
    keep = {t.name for t in texts}
    files = {t.with_suffix(".json").name for t in texts}
    facts = [f for f in gold.facts if f["file"] in files]
    return Gold([t for t in gold.texts if t.name in keep], gold.entities, facts)


def add(total: Score, part: Score) -> None:
    """Add the counts of ``part`` to ``total``."""
    total.right_predicted += part.right_predicted
    total.predicted += part.predicted
    total.found += part.found
    total.expected += part.expected


def main() -> None:
    """Cross-validate, print the scores, and write the model trained on every document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path, help="the shared folder (eval/, conll04/, redocred/)")
    parser.add_argument(
        "--folds", type=int, default=5, help="folds of the cross-validation (0: none)"
    )
    parser.add_argument("--threshold", type=float, default=0.7, help="threshold of the model")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to parse with")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the model")
    args = parser.parse_args()
    rules_nlp = load_pipeline(args.model, learned=False)
    ontology = load_ontology()

    golds, documents = {}, []  # documents: (source, gold file)
    for source, (folders, _) in SOURCES.items():
        for folder in folders:
            golds[(source, folder)] = load_gold(args.shared / folder)
            documents += [
                (source, folder, p) for p in sorted((args.shared / folder).glob("*.json"))
            ]
    examples = {path: examples_of(path, rules_nlp, ontology) for _, _, path in documents}
    print(f"{len(documents)} documents, {sum(map(len, examples.values()))} candidate pairs")

    learned_nlp = load_pipeline(args.model, learned=True)
    component = learned_nlp.get_pipe("kg_facts")
    totals: dict[tuple[str, str], Score] = defaultdict(Score)
    for fold in range(max(args.folds, 0)):
        training = [
            e for _, _, p in documents if fold_of(p, args.folds) != fold for e in examples[p]
        ]
        model = fit(training, THRESHOLDS[0])
        for (source, folder), gold in golds.items():
            texts = [
                args.shared / folder / json.loads(p.read_text(encoding="utf-8"))["text"]
                for s, f, p in documents
                if (s, f) == (source, folder) and fold_of(p, args.folds) == fold
            ]
            if not texts:
                continue
            part = subset(gold, texts)
            options = SOURCES[source][1]
            add(totals[(source, "rules")], score_graph(build(texts), part, **options).facts)
            for threshold in THRESHOLDS:
                model.threshold = threshold
                component.model = model
                graph = build(texts, learned=True)
                add(
                    totals[(source, f"learned {threshold}")],
                    score_graph(graph, part, **options).facts,
                )
        print(f"fold {fold + 1}/{args.folds} done", flush=True)

    if args.folds > 0:
        report(totals)
    model = fit([e for _, _, p in documents for e in examples[p]], args.threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"\nmodel trained on all {len(documents)} documents written to {args.out}")


def report(totals: dict[tuple[str, str], Score]) -> None:
    """Print the cross-validated scores of whole builds, by source and reader."""
    print(
        "\nfacts of whole builds, each fold read by a model trained on the others "
        "(cross-validated):"
    )
    print(f"{'source':<10}{'reader':<16}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for (source, reader), score in sorted(totals.items()):
        print(
            f"{source:<10}{reader:<16}{score.precision:7.2f}{score.recall:7.2f}{score.f1:7.2f}"
            f"{score.predicted:7d}{score.expected:7d}"
        )


if __name__ == "__main__":
    main()
