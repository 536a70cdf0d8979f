"""The HTML graph as data and markup: self-contained, names never in the markup."""

import re

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.views.html import render_html, to_networkx

KG = "https://w3id.org/kg/ontology#"
EVIL = "<img src=x onerror=alert(1)>"


def _graph():
    graph = Graph()
    evil, film = URIRef("https://x.org/person/evil"), URIRef("https://x.org/work/film")
    graph.add((evil, RDF.type, URIRef(KG + "Person")))
    graph.add((evil, RDFS.label, Literal(EVIL)))
    graph.add((evil, URIRef(KG + "occupation"), Literal("</script><b>actor</b>")))
    graph.add((film, RDF.type, URIRef(KG + "Film")))
    graph.add((film, RDFS.label, Literal("The Film")))
    graph.add((evil, URIRef(KG + "actsIn"), film))
    return graph


def test_networkx_view_has_entities_and_facts():
    g = to_networkx(_graph())
    assert g.number_of_nodes() == 2
    assert [d["property"] for _, _, d in g.edges(data=True)] == ["actsIn"]
    assert g.nodes["https://x.org/work/film"]["top"] == "CreativeWork"


def test_page_loads_nothing_from_the_network():
    page = render_html(_graph())
    assert not re.search(r"<(script|link|img)[^>]+(src|href)\s*=", page, re.IGNORECASE)
    assert "vis.Network" in page


def test_names_never_reach_the_markup():
    page = render_html(_graph())
    assert EVIL not in page
    assert "</script><b>" not in page


def test_max_nodes_keeps_the_best_connected():
    from kg.views.html import page_data

    graph = _graph()
    lonely = URIRef("https://x.org/place/nowhere")
    graph.add((lonely, RDF.type, URIRef(KG + "Place")))
    graph.add((lonely, RDFS.label, Literal("Nowhere")))
    data = page_data(graph, max_nodes=2)
    assert sorted(n["label"] for n in data["nodes"]) == [EVIL, "The Film"]
    assert (data["summary"]["shown"], data["summary"]["entities"]) == (2, 3)
    assert page_data(graph)["summary"]["shown"] is None


def _provenance_of_acts_in(documents: list[str]) -> Graph:
    """A provenance graph: the film fact read in each of ``documents``, one sentence each."""
    from rdflib.namespace import DCTERMS, PROV

    provenance = Graph()
    statement = URIRef("https://x.org/statement/1")
    provenance.add((statement, RDF.type, RDF.Statement))
    provenance.add((statement, RDF.subject, URIRef("https://x.org/person/evil")))
    provenance.add((statement, RDF.predicate, URIRef(KG + "actsIn")))
    provenance.add((statement, RDF.object, URIRef("https://x.org/work/film")))
    for n, name in enumerate(documents):
        document = URIRef(f"https://x.org/document/{n}")
        provenance.add((document, DCTERMS.source, Literal(name)))
        provenance.add((statement, PROV.wasDerivedFrom, document))
    # only the first reading is kept, as for a page of a large corpus
    evidence = URIRef("https://x.org/statement/1/evidence/1")
    provenance.add((statement, URIRef(KG + "evidence"), evidence))
    provenance.add((evidence, PROV.wasDerivedFrom, URIRef("https://x.org/document/0")))
    provenance.add((evidence, URIRef(KG + "sentence"), Literal("She stars in The Film.")))
    return provenance


def test_a_fact_lists_every_document_it_was_read_in_and_an_entity_those_that_mention_it():
    from kg.views.html import page_data

    graph = _graph()
    lonely = URIRef("https://x.org/place/nowhere")
    graph.add((lonely, RDF.type, URIRef(KG + "Place")))
    graph.add((lonely, RDFS.label, Literal("Nowhere")))
    mentions = {
        "https://x.org/place/nowhere": [("b.txt", "Nowhere is far."), ("c.txt", "")],
        "https://x.org/work/film": [("a.txt", "She stars in The Film.")],
    }
    data = page_data(graph, _provenance_of_acts_in(["a.txt", "b.txt"]), mentions=mentions)
    assert data["documents"] == ["a.txt", "b.txt", "c.txt"]
    (fact,) = data["edges"]
    assert fact["documents"] == [0, 1] and len(fact["sources"]) == 1
    nodes = {n["label"]: n for n in data["nodes"]}
    assert nodes["Nowhere"]["documents"] == [1, 2]
    assert nodes["Nowhere"]["sentences"] == [[1, "Nowhere is far."]]  # no sentence kept for c
    # the entities in facts form a group; the one in none is in no group and said apart
    assert nodes["The Film"]["group"] == nodes[EVIL]["group"] == 0
    assert nodes["Nowhere"]["group"] is None and data["summary"]["alone"] == 1
    assert data["groups"] == [{"id": 0, "label": EVIL, "size": 2}]
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])


def test_max_nodes_keeps_the_most_mentioned_of_the_entities_in_no_fact():
    from kg.views.html import page_data

    graph = _graph()
    for name in ["Aaa", "Zzz"]:
        place = URIRef(f"https://x.org/place/{name}")
        graph.add((place, RDF.type, URIRef(KG + "Place")))
        graph.add((place, RDFS.label, Literal(name)))
    mentions = {"https://x.org/place/Zzz": [("a.txt", ""), ("b.txt", "")]}
    data = page_data(graph, max_nodes=3, mentions=mentions)
    assert sorted(n["label"] for n in data["nodes"]) == sorted([EVIL, "The Film", "Zzz"])
