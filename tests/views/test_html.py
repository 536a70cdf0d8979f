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
