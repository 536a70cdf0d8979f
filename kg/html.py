"""The interactive HTML view of a graph: one self-contained file, no network needed.

The graph is turned into a networkx graph (entities as nodes, facts as
edges) and drawn by vis-network in the browser. The vis-network script and
style that pyvis ships are inlined, so the page opens offline. The page
offers a summary, a search box over every name, filters by class and by
property, a confidence slider, and a panel with an entity's names, facts and
the sentences they were read from (or a fact's confidence and sources), when
the provenance graph is given.

Everything that comes from the input reaches the page only as JSON data and
is put into the page with ``textContent``, never as HTML, so a name like
``<img src=x onerror=alert(1)>`` shows as text.
"""

import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, SKOS

from .files import write_atomically
from .ontology import TOP_CLASSES, load_ontology
from .vocab import KG

#: One colour and shape per top class, for nodes and the legend.
CLASS_STYLES = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    "CreativeWork": ("#b07aa1", "diamond"),
    "Event": ("#e15759", "star"),
}


def _local(iri) -> str:
    return str(iri).removeprefix(str(KG._NS))


def to_networkx(graph: Graph, provenance: Graph | None = None) -> nx.MultiDiGraph:
    """Return the entities and facts of ``graph`` as a networkx multigraph.

    Each node carries ``label``, ``cls`` (its class), ``top`` (its top class),
    ``names`` (other names) and ``details`` (literal facts such as
    occupations); each edge carries ``property``, ``confidence`` (or
    ``None``) and ``sources`` (document and sentence pairs), the last two
    read from ``provenance`` when it is given.
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
    support = _support(provenance) if provenance is not None else {}
    for s, p, o in sorted(graph):
        prop = _local(p)
        if prop not in ontology.properties or str(s) not in g:
            continue
        if isinstance(o, Literal):
            g.nodes[str(s)]["details"].append(f"{prop}: {o}")
        elif str(o) in g:
            confidence, sources = support.get((s, p, o), (None, []))
            g.add_edge(str(s), str(o), property=prop, confidence=confidence, sources=sources)
    return g


def _support(provenance: Graph) -> dict[tuple, tuple[float | None, list[dict]]]:
    """Return, for each fact, its confidence and the sentences it was read from."""
    names = {d: str(n) for d, n in provenance.subject_objects(DCTERMS.source)}
    support = {}
    for statement in provenance.subjects(RDF.type, RDF.Statement):
        key = (
            provenance.value(statement, RDF.subject),
            provenance.value(statement, RDF.predicate),
            provenance.value(statement, RDF.object),
        )
        value = provenance.value(statement, KG.confidence)
        sources = []
        for evidence in sorted(provenance.objects(statement, KG.evidence)):
            document = provenance.value(evidence, PROV.wasDerivedFrom)
            source = {
                "document": names.get(document, str(document or "")),
                "sentence": str(provenance.value(evidence, KG.sentence) or ""),
            }
            if source not in sources:
                sources.append(source)
        support[key] = (float(value) if value is not None else None, sources)
    return support


def _summary(graph: Graph, provenance: Graph | None) -> dict:
    """Return the documents and build date the provenance records, if any."""
    summary = {"documents": None, "built": None}
    if provenance is not None:
        for activity in provenance.subjects(RDF.type, PROV.Activity):
            summary["documents"] = len(set(provenance.objects(activity, PROV.used)))
            ended = provenance.value(activity, PROV.endedAtTime)
            summary["built"] = str(ended)[:10] if ended is not None else None
    return summary


def page_data(graph: Graph, provenance: Graph | None = None, max_nodes: int | None = None) -> dict:
    """Return what the page draws: nodes, edges, classes, properties and a summary.

    With ``max_nodes``, only that many entities are kept, the best connected
    first (ties by name), with the facts between them.
    """
    ontology = load_ontology()
    g = to_networkx(graph, provenance)
    entities, facts = g.number_of_nodes(), g.number_of_edges()
    literal_facts = sum(len(d["details"]) for _, d in g.nodes(data=True))
    if max_nodes is not None and entities > max_nodes:
        ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), g.nodes[n]["label"], n))
        g = g.subgraph(ranked[:max_nodes]).copy()
    nodes = [
        {
            "id": node,
            "label": data["label"],
            "cls": data["cls"],
            "top": data["top"],
            "names": data["names"],
            "details": data["details"],
            "degree": g.degree(node),
        }
        for node, data in sorted(g.nodes(data=True))
    ]
    edges = []
    for number, (s, o, data) in enumerate(
        sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["property"]))
    ):
        edges.append(
            {
                "id": f"e{number}",
                "from": s,
                "to": o,
                "property": data["property"],
                "confidence": data["confidence"],
                "sources": data["sources"],
            }
        )
    used = sorted({e["property"] for e in edges})
    properties = [
        {"name": p, "label": str(ontology.graph.value(KG[p], RDFS.label) or p)} for p in used
    ]
    classes = [
        {"name": top, "color": CLASS_STYLES[top][0], "shape": CLASS_STYLES[top][1]}
        for top in TOP_CLASSES
    ]
    summary = _summary(graph, provenance)
    summary.update(
        entities=entities,
        facts=facts + literal_facts,
        shown=len(nodes) if len(nodes) < entities else None,
    )
    return {
        "nodes": nodes,
        "edges": edges,
        "classes": classes,
        "properties": properties,
        "summary": summary,
    }


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


def render_html(
    graph: Graph,
    title: str = "Knowledge graph",
    provenance: Graph | None = None,
    max_nodes: int | None = None,
) -> str:
    """Return a self-contained HTML page that shows ``graph`` interactively.

    Args:
        graph: the entities and facts.
        title: the page's title.
        provenance: the provenance graph, for confidences and source sentences.
        max_nodes: draw only this many entities, the best connected.
    """
    data = page_data(graph, provenance, max_nodes)
    data["title"] = title
    values = {
        "TITLE": _escape_text(title),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "VIS_JS": _vis_asset("vis-network.min.js"),
        "DATA": _script_json(data),
    }
    # one pass, so that no inserted text is ever scanned for markers again
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], _TEMPLATE)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(
    graph: Graph,
    path: Path,
    title: str = "Knowledge graph",
    provenance: Graph | None = None,
    max_nodes: int | None = None,
) -> None:
    """Write the interactive view of ``graph`` to ``path``, atomically (see ``render_html``)."""
    page = render_html(graph, title, provenance=provenance, max_nodes=max_nodes)
    write_atomically(Path(path), page.encode("utf-8"))


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>@@TITLE@@</title>
<style>@@VIS_CSS@@</style>
<style>
  html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; font-size: 14px; }
  #graph { position: absolute; inset: 0; }
  .panel { position: absolute; background: #fffffff2; border: 1px solid #ccc;
           border-radius: 6px; padding: 8px 12px; overflow: auto; }
  #controls { top: 12px; left: 12px; width: 250px; max-height: calc(100% - 48px); }
  #details { top: 12px; right: 12px; width: 320px; max-height: calc(100% - 48px); }
  #details:empty { display: none; }
  h1 { font-size: 16px; margin: 0 0 4px; }
  h2 { font-size: 15px; margin: 0 0 6px; }
  h3 { font-size: 13px; margin: 10px 0 4px; color: #555; }
  #summary, #truncated { color: #444; margin: 0 0 8px; }
  #search { width: 100%; box-sizing: border-box; margin: 4px 0 8px; padding: 4px; }
  label.filter { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
  span.swatch { width: 12px; height: 12px; display: inline-block; }
  ul { margin: 0; padding-left: 18px; }
  li { margin: 2px 0; }
  blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #ccc; color: #333; }
  .source { color: #777; font-size: 12px; }
  div.vis-tooltip { white-space: pre-line; }
</style>
<script>@@VIS_JS@@</script>
</head>
<body>
<div id="graph"></div>
<div id="controls" class="panel">
  <h1 id="title"></h1>
  <p id="summary"></p>
  <p id="truncated" hidden></p>
  <input id="search" type="search" placeholder="Find an entity by any name"
         aria-label="Find an entity">
  <h3>Classes</h3><div id="classes"></div>
  <h3>Properties</h3><div id="properties"></div>
  <div id="confidence-box" hidden>
    <h3>Confidence at least <span id="confidence-value">0</span></h3>
    <input id="confidence" type="range" min="0" max="1" step="0.05" value="0"
           aria-label="Minimum confidence">
  </div>
</div>
<div id="details" class="panel" aria-live="polite"></div>
<script>
"use strict";
const data = @@DATA@@;
// Every text from the input goes into the page through textContent, never as HTML.
function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const edgesById = new Map(data.edges.map((e) => [e.id, e]));
const propertyLabel = new Map(data.properties.map((p) => [p.name, p.label]));
const style = new Map(data.classes.map((c) => [c.name, c]));

document.getElementById("title").textContent = data.title;
const s = data.summary;
const parts = [];
function count(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
if (s.documents !== null) parts.push(count(s.documents, "document"));
parts.push(count(s.entities, "entity").replace(/entitys$/, "entities"), count(s.facts, "fact"));
if (s.built) parts.push("built " + s.built);
document.getElementById("summary").textContent = parts.join(" · ");
if (s.shown !== null) {
  const note = document.getElementById("truncated");
  note.textContent = "Showing the " + s.shown + " best-connected of " + s.entities + " entities.";
  note.hidden = false;
}

const nodes = new vis.DataSet(data.nodes.map((n) => ({
  id: n.id, label: n.label, value: n.degree + 1,
  color: style.get(n.top).color, shape: style.get(n.top).shape,
  title: element("div", n.label + "\\n" + n.cls),
})));
const edges = new vis.DataSet(data.edges.map((e) => ({
  id: e.id, from: e.from, to: e.to, label: propertyLabel.get(e.property), arrows: "to",
})));

function checkbox(container, name, text, swatch) {
  const label = element("label", undefined, "filter");
  const box = element("input");
  box.type = "checkbox";
  box.checked = true;
  box.value = name;
  box.addEventListener("change", applyFilters);
  label.append(box);
  if (swatch) {
    const mark = element("span", undefined, "swatch");
    mark.style.background = swatch;
    label.append(mark);
  }
  label.append(element("span", text));
  container.append(label);
}
for (const c of data.classes) checkbox(document.getElementById("classes"), c.name, c.name, c.color);
for (const p of data.properties) checkbox(document.getElementById("properties"), p.name, p.label);
const slider = document.getElementById("confidence");
if (data.edges.some((e) => e.confidence !== null)) {
  document.getElementById("confidence-box").hidden = false;
  slider.addEventListener("input", () => {
    document.getElementById("confidence-value").textContent = slider.value;
    applyFilters();
  });
}

function checked(id) {
  return new Set([...document.querySelectorAll("#" + id + " input:checked")].map((b) => b.value));
}
function applyFilters() {
  const classes = checked("classes");
  const properties = checked("properties");
  const least = Number(slider.value);
  const shown = new Set(data.nodes.filter((n) => classes.has(n.top)).map((n) => n.id));
  nodes.update(data.nodes.map((n) => ({ id: n.id, hidden: !shown.has(n.id) })));
  edges.update(data.edges.map((e) => ({
    id: e.id,
    hidden: !(shown.has(e.from) && shown.has(e.to) && properties.has(e.property)
              && (e.confidence === null || e.confidence >= least)),
  })));
}

const details = document.getElementById("details");
function sources(list, into) {
  for (const source of list) {
    const quote = element("blockquote", source.sentence);
    quote.append(element("div", source.document, "source"));
    into.append(quote);
  }
}
function factLine(e) {
  return byId.get(e.from).label + " — " + propertyLabel.get(e.property) + " — "
    + byId.get(e.to).label;
}
function showNode(id) {
  const n = byId.get(id);
  details.replaceChildren(element("h2", n.label), element("div", "class: " + n.cls));
  if (n.names.length) details.append(element("div", "also: " + n.names.join(", ")));
  const facts = element("ul");
  for (const d of n.details) facts.append(element("li", d));
  const linked = data.edges.filter((e) => e.from === id || e.to === id);
  for (const e of linked) facts.append(element("li", factLine(e)));
  if (facts.childElementCount) details.append(element("h3", "Facts"), facts);
  const seen = new Set();
  const read = linked.flatMap((e) => e.sources).filter((source) => {
    const key = source.document + "\u0000" + source.sentence;
    return seen.has(key) ? false : seen.add(key);
  });
  if (read.length) {
    details.append(element("h3", "Read in"));
    sources(read, details);
  }
}
function showEdge(id) {
  const e = edgesById.get(id);
  details.replaceChildren(element("h2", factLine(e)));
  if (e.confidence !== null) details.append(element("div", "confidence: " + e.confidence));
  if (e.sources.length) {
    details.append(element("h3", "Read in"));
    sources(e.sources, details);
  }
}

function normal(text) { return text.normalize("NFKC").toLowerCase().trim(); }
function find(query) {
  const wanted = normal(query);
  if (!wanted) return null;
  const names = (n) => [n.label, ...n.names].map(normal);
  return data.nodes.find((n) => names(n).includes(wanted))
    || data.nodes.find((n) => names(n).some((name) => name.startsWith(wanted)))
    || data.nodes.find((n) => names(n).some((name) => name.includes(wanted)))
    || null;
}
const search = document.getElementById("search");
search.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  const found = find(search.value);
  if (!found) {
    details.replaceChildren(element("div", "No entity is named " + search.value));
    return;
  }
  network.selectNodes([found.id]);
  network.focus(found.id, { scale: 1.2 });
  showNode(found.id);
});

const large = data.nodes.length > 500;
const network = new vis.Network(document.getElementById("graph"), { nodes, edges }, {
  layout: { improvedLayout: !large },
  nodes: { font: { size: 14 }, scaling: { min: 8, max: 30 } },
  edges: {
    font: { size: 11, align: "middle" }, color: { color: "#999" },
    smooth: large ? false : { type: "dynamic" },
  },
  physics: {
    solver: "barnesHut",
    barnesHut: { springLength: 140, gravitationalConstant: -4000, theta: large ? 1.0 : 0.5 },
    stabilization: { iterations: large ? 60 : 300, updateInterval: 50 },
  },
  interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: large },
});
network.on("click", (params) => {
  if (params.nodes.length) showNode(params.nodes[0]);
  else if (params.edges.length) showEdge(params.edges[0]);
  else details.replaceChildren();
});
// settle, then freeze: a large graph stays still once laid out
function ready() {
  network.setOptions({ physics: false });
  document.body.dataset.ready = "true";
}
network.once("stabilizationIterationsDone", ready);
if (!data.nodes.length) ready();
window.kg = { network, nodes, edges, data };
</script>
</body>
</html>
"""
