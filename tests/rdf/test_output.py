"""The committed build of the bundled example, and the contract every output meets."""

import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from pyshacl import validate
from rdflib import RDF, RDFS, SKOS, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import kg
from kg.folder import entity_mentions
from kg.rdf.graph import entity_iris
from kg.resources import example_file, ontology_file, shapes_file
from kg.views.html import render_html

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev"
KG = "https://w3id.org/kg/ontology#"


@pytest.fixture(scope="module")
def example_graph():
    return kg.build(example_file())


def _without_times(graph):
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    for prop in (prov.startedAtTime, prov.endedAtTime):
        graph.remove((None, prop, None))
    return graph


def test_committed_output_is_the_build_of_the_example(example_graph, tmp_path):
    """Fails when output/ is stale: run `kg build` and commit the result."""
    kg.write_turtle(example_graph, tmp_path / "api.ttl")
    assert (ROOT / "output" / "graph.ttl").read_bytes() == (tmp_path / "api.ttl").read_bytes()
    provenance = rdflib.Graph().parse(ROOT / "output" / "provenance.ttl")
    records = []
    corpus = kg.extract_corpus([example_file()], on_document=records.append)
    mentions = entity_mentions(corpus, records, entity_iris(corpus, kg.DEFAULT_BASE))
    html = render_html(example_graph, provenance=provenance, mentions=mentions)
    assert (ROOT / "output" / "graph.html").read_text(encoding="utf-8") == html
    subprocess.run(["kg", "build", "-q", "--no-html", "-o", str(tmp_path)], check=True)
    # the command writes the same bytes as the library
    assert (tmp_path / "graph.ttl").read_bytes() == (tmp_path / "api.ttl").read_bytes()
    fresh = _without_times(rdflib.Graph().parse(tmp_path / "provenance.ttl"))
    committed = _without_times(rdflib.Graph().parse(ROOT / "output" / "provenance.ttl"))
    _, only_fresh, only_committed = graph_diff(to_isomorphic(fresh), to_isomorphic(committed))
    assert isomorphic(fresh, committed), (sorted(only_fresh)[:5], sorted(only_committed)[:5])


def test_example_has_the_facts_the_article_states(example_graph):
    store = pyoxigraph.Store()
    store.load(
        example_graph.serialize(format="nt", encoding="utf-8"),
        format=pyoxigraph.RdfFormat.N_TRIPLES,
    )
    rows = store.query(
        f"""PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?s ?p ?o WHERE {{ ?a ?p ?b . ?a rdfs:label ?s . ?b rdfs:label ?o .
                                 FILTER(STRSTARTS(STR(?p), "{KG}")) }}"""
    )
    facts = {(r["s"].value, r["p"].value.removeprefix(KG), r["o"].value) for r in rows}
    assert ("Yulia Peressild", "actsIn", "The Challenge") in facts
    assert ("The Challenge", "directedBy", "Klim Chipenko") in facts
    assert ("Roscosmos", "directedBy", "Dmitri Rogozine") in facts
    assert ("The Challenge", "producedBy", "Konstantin Ernst") in facts
    assert ("Baikonur", "locatedIn", "Kazakhstan") in facts


def test_entity_nodes_have_one_label_and_a_class(example_graph):
    ontology = rdflib.Graph().parse(ontology_file())
    classes = set(ontology.subjects(RDF.type, rdflib.OWL.Class))
    for node in set(example_graph.subjects(RDFS.label, None)):
        assert len(list(example_graph.objects(node, RDFS.label))) == 1
        types = list(example_graph.objects(node, RDF.type))
        assert len(types) == 1 and types[0] in classes
        label = str(example_graph.value(node, RDFS.label))
        assert not label.lower().startswith("the ") or (types[0], None, None) is not None
        assert not label.endswith(("'s", "’s", '"', "'"))
        assert label not in {str(a) for a in example_graph.objects(node, SKOS.altLabel)}


def _conforms(graph):
    conforms, _, text = validate(
        graph,
        shacl_graph=str(shapes_file()),
        ont_graph=str(ontology_file()),
        inference="none",
        allow_warnings=False,
    )
    return conforms, text


def test_example_satisfies_the_shapes(example_graph):
    conforms, text = _conforms(example_graph)
    assert conforms, text


@pytest.mark.skipif(
    not DEV.is_dir(), reason="the shared evaluation texts are not beside the project"
)
def test_dev_corpus_satisfies_the_shapes():
    conforms, text = _conforms(kg.build(sorted(DEV.glob("*.txt"))))
    assert conforms, text


def test_shapes_catch_a_violation():
    graph = rdflib.Graph()
    person, place = URIRef("https://x.org/p"), URIRef("https://x.org/c")
    graph.add((person, RDF.type, URIRef(KG + "Person")))
    graph.add((person, RDFS.label, rdflib.Literal("Ann")))
    graph.add((place, RDF.type, URIRef(KG + "City")))
    graph.add((place, RDFS.label, rdflib.Literal("Oslo")))
    graph.add((person, URIRef(KG + "nationality"), place))  # a city is not a country
    assert not _conforms(graph)[0]


@pytest.mark.skipif(shutil.which("rapper") is None, reason="Raptor's rapper is not installed")
def test_rapper_parses_the_turtle(tmp_path, example_graph):
    path = tmp_path / "graph.ttl"
    path.write_bytes(example_graph.serialize(format="turtle", encoding="utf-8"))
    proc = subprocess.run(
        ["rapper", "-i", "turtle", "-c", str(path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    counted = re.search(r"returned (\d+) triples", proc.stderr)
    assert counted is not None, proc.stderr
    assert int(counted.group(1)) == len(example_graph)
