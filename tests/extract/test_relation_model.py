"""The learned relation classifier: features, training, the shipped model in the pipeline."""

import json
import subprocess
import sys
from pathlib import Path

from rdflib import RDFS

import kg
from kg.extract.relation_model import (
    RelationModel,
    dependency_path,
    learned_property,
    pair_features,
    path_tokens,
    train,
)
from kg.knowledge.lexicon import load_lexicon
from kg.knowledge.ontology import load_ontology
from kg.knowledge.vocab import KG
from kg.read.text import clean_text

ROOT = Path(__file__).resolve().parents[2]


def learned(nlp, text):
    doc = nlp(clean_text(text))
    return {
        (f.subject.name, f.property, f.object.name): f.confidence
        for f in doc._.kg_facts
        if f.rule == "learned"
    }


def test_dependency_path_joins_two_names_through_their_common_head(nlp):
    doc = nlp("Anna Berg lives in Duluth.")
    arcs, words = dependency_path(doc[1], doc[4])
    assert arcs == ["nsubj<", ">prep", ">pobj"]
    assert words == ["live", "in"]
    rising, falling = path_tokens(doc[1], doc[4])
    assert [t.text for t in rising] == ["Berg", "lives"]
    assert [t.text for t in falling] == ["in", "Duluth"]


def test_pair_features_hold_the_words_between_and_the_order(nlp):
    doc = nlp("Ed Marsh, a Republican from Omaha, spoke.")
    mentions = doc._.kg_mentions
    person = next(m for m in mentions if m.name == "Ed Marsh")
    place = next(m for m in mentions if m.name == "Omaha")
    features = pair_features(doc, person, place, mentions)
    assert "order=ab" in features
    assert "bw=from" in features
    assert "order=ba" in pair_features(doc, place, person, mentions)


def test_training_separates_what_the_features_separate():
    examples = [("Person>Place", ["bw=of", "bias"], True)] * 20
    examples += [("Person>Place", ["bw=said", "bias"], False)] * 20
    model = train(examples, epochs=10)
    assert model.probability("Person>Place", ["bw=of", "bias"]) > 0.8
    assert model.probability("Person>Place", ["bw=said", "bias"]) < 0.2
    # the weights belong to the signature: another pair type learned nothing
    assert model.probability("Place>Place", ["bw=of", "bias"]) == 0.5


def test_training_is_reproducible():
    examples = [("Person>Place", [f"w={i % 7}", "bias"], i % 3 == 0) for i in range(60)]
    assert train(examples).weights == train(examples).weights


def test_model_file_round_trip(tmp_path):
    model = RelationModel({"Person>Place|bias": 1.25, "Person>Place|tiny": 1e-6}, threshold=0.4)
    path = tmp_path / "model.json"
    model.save(path)
    again = RelationModel.load(path)
    assert again.threshold == 0.4
    assert again.weights == {"Person>Place|bias": 1.25}  # negligible weights are dropped


def test_learned_property_takes_the_most_specific_row():
    table = load_lexicon().learned_relations
    ontology = load_ontology()
    assert learned_property("Person", "City", table, ontology) == "livesIn"
    assert learned_property("Person", "Country", table, ontology) == "nationality"
    assert learned_property("Person", "Company", table, ontology) == "worksFor"
    assert learned_property("Person", "PoliticalParty", table, ontology) == "memberOf"
    assert learned_property("Organization", "City", table, ontology) == "basedIn"
    assert learned_property("Person", "Person", table, ontology) is None


def test_the_shipped_model_reads_what_no_rule_reads(learned_nlp, rules_nlp):
    text = "Ed Marsh, an Omaha Republican, spoke."
    assert learned(rules_nlp, text) == {}
    found = learned(learned_nlp, text)
    assert found.get(("Ed Marsh", "livesIn", "Omaha"), 0) >= 0.7


def test_no_learned_fact_under_negation_or_from_a_demonym(learned_nlp):
    assert ("Ed Marsh", "livesIn", "Omaha") not in learned(
        learned_nlp, "Ed Marsh denied that he was an Omaha Republican."
    )
    found = learned(learned_nlp, "Mr Blair has been a leading advocate of Turkish membership.")
    assert not any(o == "Turkey" for _, _, o in found)


def test_min_confidence_filters_learned_facts():
    text = "Ed Marsh, an Omaha Republican, spoke."

    def lives_in(graph):
        return [str(graph.value(o, RDFS.label)) for o in graph.objects(None, KG.livesIn)]

    assert lives_in(kg.build(text, min_confidence=0.0, learned=True)) == ["Omaha"]
    assert lives_in(kg.build(text, min_confidence=1.0, learned=True)) == []
    assert lives_in(kg.build(text, min_confidence=0.0)) == []  # the rules alone by default


def test_training_script_writes_the_same_model_twice(tmp_path):
    # a tiny shared folder: each annotated set holds two sentences in the gold format,
    # each with a related pair and an unrelated one
    sentences = [
        ("Ed Marsh, a longtime Omaha resident, met Jo Kay.", "ed", "Ed Marsh", "omaha", "Omaha"),
        ("Ann Cole, 40, of Tulsa, was hurt by Tim Ross.", "ann", "Ann Cole", "tulsa", "Tulsa"),
    ]
    for split in ("eval/bbc", "conll04/train", "conll04/dev", "redocred/dev"):
        folder = tmp_path / split
        folder.mkdir(parents=True)
        for n, (text, pid, person, lid, place) in enumerate(sentences):
            (folder / f"{n}.txt").write_text(text, encoding="utf-8")
            gold = {
                "text": f"{n}.txt",
                "entities": {
                    pid: {"type": "Person", "names": [person]},
                    lid: {"type": "Place", "names": [place]},
                },
                "facts": [{"s": pid, "p": "livesIn", "o": lid}],
            }
            (folder / f"{n}.json").write_text(json.dumps(gold), encoding="utf-8")
    script = ROOT / "scripts" / "train_relation_model.py"
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / f"{run}.json"
        process = subprocess.run(
            [sys.executable, str(script), str(tmp_path), "--folds", "2", "--out", str(out)],
            capture_output=True,
            text=True,
        )
        assert process.returncode == 0, process.stderr[-2000:]
        assert "cross-validated" in process.stdout
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
