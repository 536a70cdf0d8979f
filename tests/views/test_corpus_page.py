"""The page of a corpus in Chromium: a first view that reads, and ways to explore it.

Built from 500 real BBC articles (100 of each topic) when the shared corpus
is beside the project; what the page shows is checked against graph.ttl and
provenance.ttl read with rdflib.
"""

import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.knowledge.ontology import load_ontology

from .pages import CHROMIUM, Page

KG = "https://w3id.org/kg/ontology#"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "bbc"
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed"),
    pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared BBC corpus is not beside it"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A build of 500 BBC articles: its folder, and its facts as rdflib reads them."""
    articles = tmp_path_factory.mktemp("articles")
    for topic in ["business", "entertainment", "politics", "sport", "tech"]:
        (articles / topic).mkdir()
        for path in sorted((CORPUS / topic).glob("*.txt"))[:100]:
            (articles / topic / path.name).symlink_to(path)
    out = tmp_path_factory.mktemp("build")
    subprocess.run(["kg", "build", "-q", str(articles), "-o", str(out)], check=True)
    graph = rdflib.Graph().parse(out / "graph.ttl")
    classes = {URIRef(KG + c) for c in load_ontology().parents}
    entities = {str(s) for s, c in graph.subject_objects(RDF.type) if c in classes}
    facts = [
        (str(s), str(p), str(o))
        for s, p, o in graph
        if str(p).startswith(KG) and str(s) in entities and str(o) in entities
    ]
    return out, graph, entities, facts


def _neighbours(facts) -> dict[str, set[str]]:
    found = defaultdict(set)
    for s, _, o in facts:
        found[s].add(o)
        found[o].add(s)
    return found


def test_the_first_view_shows_linked_entities_and_names_the_best_connected(browser, corpus):
    out, _, entities, facts = corpus
    page = Page(browser, out / "graph.html")
    assert page.errors == []
    shown = set(page.js("kg.visible()"))
    in_facts = {s for s, _, _ in facts} | {o for _, _, o in facts}
    assert len(shown) >= 100
    assert shown == in_facts  # every entity drawn takes part in a drawn fact
    assert len(page.js("kg.visibleFacts()")) == len(facts)
    # at the first zoom, the best-connected are named and a lone pair's names are too small
    scale = page.js("kg.network.getScale()")
    sizes = page.js(
        "Object.fromEntries(kg.data.nodes.map((n) => "
        "[n.id, kg.network.body.nodes[n.id].options.font.size]))"
    )
    named = {i for i in shown if sizes[i] * scale >= 7}  # vis draws no label smaller
    degree = _neighbours(facts)
    best = max(in_facts, key=lambda i: len(degree[i]))
    assert best in named and 10 <= len(named) <= 30
    # entities of the same group are drawn closer together than to the other groups
    groups = page.js("kg.data.groups.length")
    assert 1 < groups < len(in_facts)


def test_search_shows_an_entitys_neighbourhood_and_fades_the_rest(browser, corpus):
    out, graph, _, facts = corpus
    neighbours = _neighbours(facts)
    best = max(neighbours, key=lambda i: len(neighbours[i]))
    page = Page(browser, out / "graph.html")
    page.search(str(graph.value(URIRef(best), RDFS.label)))
    assert set(page.js("kg.focused()")) == {best} | neighbours[best]
    assert page.page.text_content("#trail").endswith(str(graph.value(URIRef(best), RDFS.label)))
    # every other entity drawn is faded
    faded = page.js("kg.visible().filter((id) => kg.nodes.get(id).color === '#dddddd').length")
    assert faded == len(page.js("kg.visible()")) - len(neighbours[best]) - 1
    page.page.select_option("#hops", "2")
    page.search(str(graph.value(URIRef(best), RDFS.label)))
    two_steps = {best} | neighbours[best] | {x for n in neighbours[best] for x in neighbours[n]}
    assert set(page.js("kg.focused()")) == two_steps


def test_double_click_expands_a_neighbour_and_back_returns(browser, corpus):
    out, graph, _, facts = corpus
    neighbours = _neighbours(facts)
    # an entity with a neighbour that has neighbours of its own
    best = max(neighbours, key=lambda i: len(neighbours[i]))
    further = max(neighbours[best], key=lambda i: len(neighbours[i] - neighbours[best]))
    page = Page(browser, out / "graph.html")
    page.search(str(graph.value(URIRef(best), RDFS.label)))
    first = set(page.js("kg.focused()"))
    page.js(f"kg.network.moveTo({{scale: 2, position: kg.network.getPosition({further!r})}})")
    page.page.mouse.dblclick(*page.screen_point([further]))
    assert set(page.js("kg.focused()")) == first | neighbours[further]
    page.page.click("#back")
    assert set(page.js("kg.focused()")) == first
    page.page.click("#trail button")  # the first step of the trail: the whole graph
    assert page.js("kg.focused()") is None
    assert page.js("document.getElementById('back').disabled") is True


def test_the_document_filter_shows_the_facts_of_the_documents_named(browser, corpus):
    out, _, _, facts = corpus
    provenance = rdflib.Graph().parse(out / "provenance.ttl")
    names = dict(provenance.subject_objects(DCTERMS.source))
    read_in = defaultdict(set)
    for statement in provenance.subjects(RDF.type, RDF.Statement):
        key = tuple(str(provenance.value(statement, p)) for p in (RDF.subject, RDF.predicate))
        key += (str(provenance.value(statement, RDF.object)),)
        for document in provenance.objects(statement, PROV.wasDerivedFrom):
            read_in[key].add(str(names[document]))
    page = Page(browser, out / "graph.html")
    for word in ["tech", "sport/00"]:
        expected = {f for f in facts if any(word in name for name in read_in[f])}
        page.page.fill("#document-filter", word)
        page.page.press("#document-filter", "Enter")
        shown = page.js(
            "kg.visibleFacts().map((id) => { const e = kg.data.edges.find((x) => x.id === id);"
            " return [e.from, KG_ + e.property, e.to]; })".replace("KG_", repr(KG))
        )
        assert {tuple(f) for f in shown} == expected
        matching = sum(word in str(n) for n in names.values())
        assert page.page.text_content("#document-count").startswith(f"{matching} document")
    assert page.errors == []


def test_the_switch_shows_the_entities_in_no_fact_and_the_panel_their_documents(browser, corpus):
    out, graph, entities, facts = corpus
    in_facts = {s for s, _, _ in facts} | {o for _, _, o in facts}
    page = Page(browser, out / "graph.html")
    page.page.check("#alone")
    assert set(page.js("kg.visible()")) == entities
    labels = defaultdict(list)
    for entity in entities:
        labels[str(graph.value(URIRef(entity), RDFS.label))].append(entity)
    # an entity in no fact, whose name no other entity bears
    label = min(n for n, found in labels.items() if len(found) == 1 and found[0] not in in_facts)
    alone = labels[label][0]
    page.search(label)
    assert page.page.text_content("#details h2") == label
    details = page.page.text_content("#details")
    assert "Mentioned in" in details and "document" in details
    names = [label] + [str(n) for n in graph.objects(URIRef(alone), rdflib.SKOS.altLabel)]
    quoted = page.page.text_content("#details blockquote")
    assert any(name in quoted for name in names)
    assert page.errors == []
