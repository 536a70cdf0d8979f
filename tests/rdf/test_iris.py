import re
from collections import Counter

import pyoxigraph
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.corpus.corpus import Corpus
from kg.model import Entity
from kg.rdf.graph import entity_iris
from kg.rdf.iris import DEFAULT_BASE, check_base, mint


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40), st.sampled_from(["Person", "Place", "CreativeWork"]))
def test_any_name_gives_an_iri_that_round_trips_through_turtle(name, cls):
    iri = mint(DEFAULT_BASE, cls, name)
    assert iri == mint(DEFAULT_BASE, cls, name)
    assert str(iri).startswith(f"{DEFAULT_BASE}{cls.lower()}/")
    assert not set(str(iri)) & set(' <>"{}|\\^`\n\t')
    graph = rdflib.Graph()
    graph.add((iri, rdflib.RDFS.label, rdflib.Literal(name)))
    turtle = graph.serialize(format="turtle", encoding="utf-8")
    assert set(rdflib.Graph().parse(data=turtle, format="turtle")) == set(graph)
    quads = list(pyoxigraph.parse(turtle, format=pyoxigraph.RdfFormat.TURTLE))
    assert [q.subject.value for q in quads] == [str(iri)]


def test_readable_iris():
    assert str(mint(DEFAULT_BASE, "Person", "Yulia Peressild")).endswith("/person/Yulia_Peressild")
    assert str(mint(DEFAULT_BASE, "Place", "Ceará")).endswith("/place/Cear%C3%A1")


def test_base_is_checked():
    assert check_base("https://example.org/kg") == "https://example.org/kg/"
    for bad in ("example.org/", "https://exa mple.org/", "ftp://x/"):
        try:
            check_base(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad} accepted")


# RFC 3987 ipath-segment characters as kg mints them: unreserved ASCII and %XX escapes
_SEGMENT = re.compile(r"(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=20), min_size=2, max_size=8, unique=True))
def test_different_names_never_share_an_iri(labels):
    corpus = Corpus()
    for n, label in enumerate(labels):
        corpus.entities[f"Person:{n}"] = Entity(f"Person:{n}", "Person", label, Counter([label]))
    iris = entity_iris(corpus, DEFAULT_BASE)
    assert len(set(iris.values())) == len(labels)  # "A B" and "A_B" too
    for iri in iris.values():
        assert str(iri).startswith(DEFAULT_BASE + "person/")
        assert _SEGMENT.fullmatch(str(iri).removeprefix(DEFAULT_BASE + "person/"))
