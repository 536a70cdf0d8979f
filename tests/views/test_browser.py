"""graph.html as a person sees it: Debian's Chromium, driven headless through Playwright."""

import subprocess
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.knowledge.ontology import load_ontology
from kg.views.html import write_html

from .pages import CHROMIUM, Page

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

KG = "https://w3id.org/kg/ontology#"
EVIL = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    out = tmp_path_factory.mktemp("example")
    subprocess.run(["kg", "build", "-q", "-o", str(out)], check=True)
    return out


def test_example_draws_every_entity_and_fact_offline(browser, example):
    page = Page(browser, example / "graph.html")
    assert all(url.startswith(("file:", "data:", "blob:")) for url in page.requests), page.requests
    assert page.errors == []
    graph = rdflib.Graph().parse(example / "graph.ttl")
    classes = {URIRef(KG + c) for c in load_ontology().parents}
    entities = {s for s, c in graph.subject_objects(RDF.type) if c in classes}
    facts = [(s, p, o) for s, p, o in graph if str(p).startswith(KG) and o in entities]
    in_facts = {s for s, _, _ in facts} | {o for _, _, o in facts}
    # first the entities that take part in facts, then, on request, every entity
    assert page.js("kg.network.body.nodeIndices.length") == len(in_facts) < len(entities)
    assert page.js("kg.network.body.edgeIndices.length") == len(facts)
    page.page.check("#alone")
    assert page.js("kg.network.body.nodeIndices.length") == len(entities)
    summary = page.page.text_content("#summary")
    assert f"{len(entities)} entities" in summary and "1 document ·" in summary
    # what a person sees: the canvas has the drawing on it, and a screenshot can be taken
    inked = page.js(
        """(() => {
        const canvas = document.querySelector("#graph canvas");
        const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
        let inked = 0;
        for (let i = 3; i < pixels.data.length; i += 4) if (pixels.data[i] > 0) inked += 1;
        return inked;
    })()"""
    )
    assert inked > 2000
    assert page.page.screenshot().startswith(b"\x89PNG")


def test_readme_shows_the_screenshot():
    root = Path(__file__).resolve().parents[2]
    assert "![The graph of the bundled example](docs/graph.png)" in (root / "README.md").read_text(
        encoding="utf-8"
    )
    assert (root / "docs" / "graph.png").read_bytes().startswith(b"\x89PNG")


def test_search_finds_an_entity_by_any_name_and_focuses_it(browser, example):
    page = Page(browser, example / "graph.html")
    page.search("iss")  # an other name of the International Space Station
    selected = page.js("kg.network.getSelectedNodes()")
    assert len(selected) == 1
    assert page.page.text_content("#details h2") == "International Space Station"
    # the view is fitted to the entity and what is around it, all of it on the canvas
    assert selected[0] in page.js("kg.focused()")
    width, height = page.js(
        "[kg.network.canvas.frame.clientWidth, kg.network.canvas.frame.clientHeight]"
    )
    for node in page.js("kg.focused()"):
        x, y = page.js(f"Object.values(kg.network.canvasToDOM(kg.network.getPosition({node!r})))")
        assert 0 <= x <= width and 0 <= y <= height


def test_class_filter_hides_the_other_classes(browser, example):
    page = Page(browser, example / "graph.html")
    page.page.check("#alone")  # every entity, those in no fact (left) included
    page.page.uncheck("#classes input[value=Person]")
    hidden = page.js("kg.data.nodes.map((n) => [n.top, Boolean(kg.nodes.get(n.id).hidden)])")
    assert hidden and all(is_hidden == (top == "Person") for top, is_hidden in hidden)
    # no fact of a hidden entity stays drawn
    assert page.js(
        """kg.data.edges.every((e) => !(kg.nodes.get(e.from).hidden || kg.nodes.get(e.to).hidden)
                                      || kg.edges.get(e.id).hidden)"""
    )


def _hostile(tmp_path) -> Path:
    graph, provenance = Graph(), Graph()
    evil, film = URIRef("https://x.org/person/evil"), URIRef("https://x.org/work/film")
    graph.add((evil, RDF.type, URIRef(KG + "Person")))
    graph.add((evil, RDFS.label, Literal(EVIL)))
    graph.add((film, RDF.type, URIRef(KG + "Film")))
    graph.add((film, RDFS.label, Literal("The </script> Film")))
    graph.add((evil, URIRef(KG + "actsIn"), film))
    statement = URIRef("https://x.org/statement/1")
    evidence = URIRef("https://x.org/statement/1/evidence/1")
    provenance.add((statement, RDF.type, RDF.Statement))
    provenance.add((statement, RDF.subject, evil))
    provenance.add((statement, RDF.predicate, URIRef(KG + "actsIn")))
    provenance.add((statement, RDF.object, film))
    provenance.add((statement, URIRef(KG + "confidence"), Literal(0.8)))
    provenance.add((statement, URIRef(KG + "evidence"), evidence))
    provenance.add((evidence, URIRef(KG + "sentence"), Literal(f'"{EVIL}" stars in it\\.')))
    path = tmp_path / "hostile.html"
    write_html(graph, path, provenance=provenance)
    return path


def test_hostile_names_show_as_text(browser, tmp_path):
    page = Page(browser, _hostile(tmp_path))
    page.search("img src")
    assert page.page.text_content("#details h2") == EVIL
    assert EVIL in page.page.text_content("#details blockquote")
    assert page.js("document.querySelectorAll('img').length") == 0
    assert page.dialogs == [] and page.errors == []


def test_clicking_a_fact_shows_its_confidence_and_source(browser, tmp_path):
    page = Page(browser, _hostile(tmp_path))
    page.click_at(["https://x.org/person/evil", "https://x.org/work/film"])
    assert page.page.text_content("#details h2") == f"{EVIL} — acts in — The </script> Film"
    assert "confidence: 0.8" in page.page.text_content("#details")
    page.click_at(["https://x.org/work/film"])
    assert page.page.text_content("#details h2") == "The </script> Film"


def test_confidence_slider_hides_less_sure_facts(browser, tmp_path):
    page = Page(browser, _hostile(tmp_path))
    assert page.js("kg.edges.get('e0').hidden") in (None, False)
    page.page.fill("#confidence", "0.9")
    page.page.dispatch_event("#confidence", "input")
    assert page.js("kg.edges.get('e0').hidden") is True


def test_max_nodes_is_said_on_the_page(browser, tmp_path):
    graph = rdflib.Graph().parse(
        data=f"""@prefix kg: <{KG}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <https://x.org/a> a kg:Person ; rdfs:label "A" ; kg:worksFor <https://x.org/b> .
        <https://x.org/b> a kg:Organization ; rdfs:label "B" .
        <https://x.org/c> a kg:Place ; rdfs:label "C" .""",
        format="turtle",
    )
    path = tmp_path / "few.html"
    write_html(graph, path, max_nodes=2)
    page = Page(browser, path)
    assert page.js("kg.network.body.nodeIndices.length") == 2
    assert page.page.text_content("#truncated") == (
        "The page holds the 2 best-connected entities of 3; build with --max-nodes N to hold more."
    )


def test_a_large_graph_opens_laid_out_and_still(browser, tmp_path):
    graph = Graph()
    for n in range(600):
        node = URIRef(f"https://x.org/p/{n}")
        graph.add((node, RDF.type, URIRef(KG + "Person")))
        graph.add((node, RDFS.label, Literal(f"Person {n}")))
        graph.add((node, URIRef(KG + "killed"), URIRef(f"https://x.org/p/{(n * 7 + 1) % 600}")))
    path = tmp_path / "large.html"
    write_html(graph, path)
    page = Page(browser, path)
    assert page.js("kg.network.body.nodeIndices.length") == 600
    assert page.js("kg.network.physics.physicsEnabled") is False
    # each entity stands where the page was written to put it
    placed = page.js(
        "kg.data.nodes.every((n) => { const p = kg.network.getPosition(n.id);"
        " return Math.abs(p.x - n.x) < 1 && Math.abs(p.y - n.y) < 1; })"
    )
    assert placed
    assert page.errors == []
