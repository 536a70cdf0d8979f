"""The interactive HTML view of a graph: one self-contained file, no network needed.

The graph is turned into a networkx graph (entities as nodes, facts as
edges), laid out by vis-network in the browser. The vis-network script and
style that pyvis ships are inlined, so the page opens offline. Names reach
the page only as JSON data and are put into the page with ``textContent``,
never as HTML, so a name like ``<img src=x onerror=alert(1)>`` shows as text.
"""

import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from .ontology import TOP_CLASSES, load_ontology
from .rdf import write_atomically
from .vocab import KG

#: One colour per top class, readable on white, for nodes and the legend.
CLASS_COLOURS = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "Place": "#59a14f",
    "CreativeWork": "#b07aa1",
    "Event": "#e15759",
}


def _local(iri) -> str:
    return str(iri).removeprefix(str(KG._NS))


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Return the entities and facts of ``graph`` as a networkx multigraph.

    Each node carries ``label``, ``cls`` (its class), ``top`` (its top class),
    ``names`` (other names) and ``details`` (literal facts such as
    occupations); each edge carries ``property``.
    """
    ontology = load_ontology()
    g = nx.MultiDiGraph()
    for node, cls in graph.subject_objects(RDF.type):
        local = _local(cls)
        if local not in ontology.parents:
            continue
        g.add_node(
            str(node),
            label=str(graph.value(node, RDFS.label) or node),
            cls=local,
            top=ontology.top(local),
            names=sorted(str(n) for n in graph.objects(node, SKOS.altLabel)),
            details=[],
        )
    for s, p, o in sorted(graph):
        prop = _local(p)
        if prop not in ontology.properties or str(s) not in g:
            continue
        if isinstance(o, Literal):
            g.nodes[str(s)]["details"].append(f"{prop}: {o}")
        elif str(o) in g:
            g.add_edge(str(s), str(o), property=prop)
    return g


def _tooltip(data: dict) -> str:
    lines = [data["label"], f"class: {data['cls']}"]
    if data["names"]:
        lines.append("also: " + ", ".join(data["names"]))
    lines.extend(data["details"])
    return "\n".join(lines)


def _vis_asset(name: str) -> str:
    return (resources.files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def _script_json(value) -> str:
    """Serialise ``value`` as JSON that cannot close or break a <script> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def render_html(graph: Graph, title: str = "Knowledge graph") -> str:
    """Return a self-contained HTML page that shows ``graph`` interactively."""
    g = to_networkx(graph)
    nodes = [
        {
            "id": node,
            "label": data["label"],
            "title": _tooltip(data),
            "color": CLASS_COLOURS[data["top"]],
        }
        for node, data in sorted(g.nodes(data=True))
    ]
    edges = [
        {"from": s, "to": o, "label": data["property"], "arrows": "to"}
        for s, o, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["property"]))
    ]
    legend = [{"name": top, "color": CLASS_COLOURS[top]} for top in TOP_CLASSES]
    values = {
        "TITLE": _escape_text(title),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "VIS_JS": _vis_asset("vis-network.min.js"),
        "DATA": _script_json({"nodes": nodes, "edges": edges, "legend": legend}),
    }
    # one pass, so that no inserted text is ever scanned for markers again
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], _TEMPLATE)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(graph: Graph, path: Path, title: str = "Knowledge graph") -> None:
    """Write the interactive view of ``graph`` to ``path``, atomically."""
    write_atomically(Path(path), render_html(graph, title).encode("utf-8"))


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>
  html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; }
  #graph { position: absolute; inset: 0; }
  #legend { position: absolute; top: 12px; left: 12px; background: #fffe;
            border: 1px solid #ccc; border-radius: 6px; padding: 8px 12px; font-size: 14px; }
  #legend h1 { font-size: 15px; margin: 0 0 6px; }
  #legend div { display: flex; align-items: center; gap: 6px; margin: 3px 0; }
  #legend span.swatch { width: 14px; height: 14px; border-radius: 50%; display: inline-block; }
  div.vis-tooltip { white-space: pre-line; }
</style>
<script>@@VIS_JS@@</script>
</head>
<body>
<div id="graph"></div>
<div id="legend"><h1>@@TITLE@@</h1></div>
<script>
const data = @@DATA@@;
// Tooltips are elements filled with textContent, so names are never parsed as HTML.
function textElement(text) {
  const element = document.createElement("div");
  element.textContent = text;
  element.style.whiteSpace = "pre-line";
  return element;
}
for (const node of data.nodes) { node.title = textElement(node.title); }
const legend = document.getElementById("legend");
for (const entry of data.legend) {
  const row = document.createElement("div");
  const swatch = document.createElement("span");
  swatch.className = "swatch";
  swatch.style.background = entry.color;
  const name = document.createElement("span");
  name.textContent = entry.name;
  row.append(swatch, name);
  legend.append(row);
}
const network = new vis.Network(
  document.getElementById("graph"),
  { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) },
  {
    nodes: { shape: "dot", size: 14, font: { size: 14 } },
    edges: {
      font: { size: 11, align: "middle" }, color: { color: "#999" }, smooth: { type: "dynamic" },
    },
    physics: { stabilization: { iterations: 300 }, barnesHut: { springLength: 140 } },
    interaction: { hover: true, tooltipDelay: 150 },
  }
);
network.once("stabilizationIterationsDone", () => network.setOptions({ physics: false }));
</script>
</body>
</html>
"""
