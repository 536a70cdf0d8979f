"""The HTML graph: self-contained, and names shown as text, checked in a real browser."""

import re
import shutil
import subprocess

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.html import render_html, to_networkx

KG = "https://w3id.org/kg/ontology#"
EVIL = "<img src=x onerror=alert(1)>"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


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


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_browser_renders_graph_legend_and_text_tooltips(tmp_path):
    # After the page's own script has run, put every tooltip element into the
    # page: had a name been parsed as HTML, an <img> would appear.
    probe = """<script>
    window.addEventListener("load", () => {
      for (const node of data.nodes) document.body.append(node.title);
      document.title = "images:" + document.querySelectorAll("img").length
        + " canvas:" + document.querySelectorAll("canvas").length;
    });
    </script></body>"""
    page = render_html(_graph()).replace("</body>", probe)
    path = tmp_path / "graph.html"
    path.write_text(page, encoding="utf-8")
    proc = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    dom = proc.stdout
    assert "<title>images:0 canvas:1</title>" in dom, proc.stderr[-2000:]
    assert EVIL.replace("<", "&lt;").replace(">", "&gt;") in dom
    for top in ("Person", "Organization", "Place", "CreativeWork", "Event"):
        assert f"<span>{top}</span>" in dom
