"""Linking to a user's reference entities: ``kg build --entities known.ttl``."""

from collections import Counter
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.corpus.linking import KnownEntity, link_entities, load_known
from kg.errors import InputError
from kg.knowledge.ontology import load_ontology
from kg.model import Entity

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "known-entities.ttl"
EX = "https://example.org/newsroom/"


def entity(label, cls, *names):
    return Entity(f"{cls}:{label.lower()}", cls, label, Counter([label, *names]))


def test_reference_file_is_read_with_classes_names_and_links():
    known = {k.iri: k for k in load_known(EXAMPLE, load_ontology())}
    assert known[EX + "klim-shipenko"].classes == ["Person"]  # schema:Person is kg:Person
    assert "Klim Chipenko" in known[EX + "klim-shipenko"].names
    assert known[EX + "iss"].classes == ["Organization", "Place"]
    assert known[EX + "russia"].same_as == ["http://www.wikidata.org/entity/Q159"]


def test_link_by_name_spelling_and_surname():
    ontology = load_ontology()
    known = [
        KnownEntity(EX + "peresild", "Yulia Peresild", ["Person"], {"Yulia Peresild"}),
        KnownEntity(EX + "roscosmos", "Roscosmos", ["SpaceAgency"], {"Roscosmos", "RKA"}),
    ]
    entities = {
        e.key: e
        for e in [
            entity("Yulia Peressild", "Person"),
            entity("Roscosmos", "Organization"),
            entity("RKA", "Organization"),
        ]
    }
    renamed = link_entities(entities, known, ontology)
    # both names of the agency are one entity now, under the known IRI and class
    assert renamed == {"Organization:roscosmos": "Organization:rka"}
    agency = entities["Organization:rka"]
    assert (agency.iri, agency.label, agency.cls) == (EX + "roscosmos", "Roscosmos", "SpaceAgency")
    person = entities["Person:yulia peressild"]
    assert (person.iri, person.label) == (EX + "peresild", "Yulia Peresild")
    assert "Yulia Peressild" in person.alt_labels

    surname = {"Person:peresild": entity("Peresild", "Person")}
    link_entities(surname, known, ontology)
    assert surname["Person:peresild"].iri == EX + "peresild"


def test_no_link_across_classes_or_when_ambiguous():
    ontology = load_ontology()
    known = [
        KnownEntity(EX + "jordan", "Jordan", ["Country"], {"Jordan"}),
        KnownEntity(EX + "anna-lee", "Anna Lee", ["Person"], {"Anna Lee"}),
        KnownEntity(EX + "tom-lee", "Tom Lee", ["Person"], {"Tom Lee"}),
    ]
    entities = {"Person:jordan": entity("Jordan", "Person"), "Person:lee": entity("Lee", "Person")}
    assert link_entities(entities, known, ontology) == {}
    assert all(e.iri is None for e in entities.values())


def test_build_with_reference_entities(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", "--entities", str(EXAMPLE), "-o", str(out), "-q"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    store = pyoxigraph.Store()
    store.load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)

    def ask(query):
        prefixes = (
            "PREFIX kg: <https://w3id.org/kg/ontology#> "
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "PREFIX owl: <http://www.w3.org/2002/07/owl#> "
            f"PREFIX ex: <{EX}> "
        )
        return store.query(prefixes + query)

    # the mention "Yulia Peressild" is the known Yulia Peresild, with her facts
    assert ask(
        'ASK { ex:yulia-peresild rdfs:label "Yulia Peresild" ; '
        'skos:altLabel "Yulia Peressild" ; kg:actsIn ?film . ?film rdfs:label "The Challenge" }'
    )
    assert ask("ASK { ?film kg:directedBy ex:klim-shipenko }")
    assert ask("ASK { ex:roscosmos kg:directedBy ex:dmitry-rogozin }")
    assert ask("ASK { ex:vladimir-putin owl:sameAs <http://www.wikidata.org/entity/Q7747> }")
    # one node per known entity: nothing is left under a minted IRI for them
    assert not ask('ASK { ?x rdfs:label "Yulia Peressild" }')


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        ("ex:a ex:b", "not valid Turtle"),
        ("<https://x.org/a> a <https://x.org/B> .", "no entity with a skos:prefLabel"),
    ],
)
def test_bad_reference_file_is_one_line_error(tmp_path, content, message):
    path = tmp_path / "known.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_known(path, load_ontology())
    result = CliRunner().invoke(main, ["build", "--entities", str(path), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and message in result.output
    assert not (tmp_path / "graph.ttl").exists()
