"""Train the relation classifier on CoNLL04 and write ``ontology/models/relations.json``.

Usage:
    python scripts/train_relation_model.py ../shared/conll04 [--model NAME] [--out PATH]

Every sentence of ``train/`` is parsed by the kg pipeline; each ordered pair
of its mentions that a type signature admits is an example, related when the
gold annotation has a fact from the one to the other (mentions are matched to
gold entities by normalised name, as ``kg eval`` does). The threshold is the
one that maximises pair-level F1 on ``dev/``. The run is deterministic: the
same data and pipeline give the same file.
"""

import argparse
import json
from pathlib import Path

from kg.extract.names import normalise
from kg.extract.pipeline import DEFAULT_MODEL, load_pipeline
from kg.extract.relation_model import candidate_pairs, pair_features, signature_of, train
from kg.knowledge.ontology import load_ontology
from kg.read.text import read_file

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "ontology" / "models" / "relations.json"


def gold_ids(doc, mention, names: dict[str, set[str]]) -> set[str]:
    """Return the gold entities whose names match a mention's name, styled or as tagged."""
    forms = {normalise(n) for n in (mention.name, *mention.aliases)}
    forms.add(normalise(doc[mention.start : mention.end].text))
    return {eid for eid, n in names.items() if n & forms}


def examples(folder: Path, nlp, ontology) -> list[tuple[str, list[str], bool]]:
    """Return (signature, features, related) for every candidate pair in ``folder``."""
    found = []
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        names = {
            eid: {normalise(n) for n in entity["names"]} for eid, entity in gold["entities"].items()
        }
        related = {(f["s"], f["o"]) for f in gold["facts"] if isinstance(f["o"], str)}
        doc = nlp(read_file(folder / gold["text"]).text)
        mentions = doc._.kg_mentions

        ids = {id(m): gold_ids(doc, m, names) for m in mentions}
        for a, b, group in candidate_pairs(doc, mentions, ontology):
            label = any((s, o) in related for s in ids[id(a)] for o in ids[id(b)])
            found.append((signature_of(a, b, ontology), pair_features(doc, a, b, group), label))
    return found


def best_threshold(model, dev) -> tuple[float, float]:
    """Return the threshold with the best pair-level F1 on ``dev``, and that F1."""
    scored = [(model.probability(s, f), label) for s, f, label in dev]
    positives = sum(label for _, label in scored)
    best = (0.5, 0.0)
    for step in range(5, 96, 5):
        threshold = step / 100
        predicted = [label for p, label in scored if p >= threshold]
        right = sum(predicted)
        if not predicted or not right:
            continue
        precision, recall = right / len(predicted), right / positives
        f1 = 2 * precision * recall / (precision + recall)
        if f1 > best[1]:
            best = (threshold, f1)
    return best


def main() -> None:
    """Train on ``train/``, pick the threshold on ``dev/``, write the model."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conll04", type=Path, help="the CoNLL04 folder with train/ and dev/")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to parse with")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the model")
    args = parser.parse_args()
    nlp = load_pipeline(args.model, learned=False)
    ontology = load_ontology()
    train_set = examples(args.conll04 / "train", nlp, ontology)
    dev_set = examples(args.conll04 / "dev", nlp, ontology)
    model = train(train_set)
    model.threshold, f1 = best_threshold(model, dev_set)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    positives = sum(label for *_, label in train_set)
    print(
        f"{len(train_set)} training pairs ({positives} related), {len(model.weights)} weights; "
        f"dev pair F1 {f1:.2f} at threshold {model.threshold}; written to {args.out}"
    )


if __name__ == "__main__":
    main()
