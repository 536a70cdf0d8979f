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

from ..files import write_atomically
from ..knowledge.ontology import TOP_CLASSES, load_ontology
from ..knowledge.vocab import KG

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


def _page_asset(name: str) -> str:
    """Return one of the page's files: its template, script or style (``kg/views/page/``)."""
    return (resources.files("kg.views") / "page" / name).read_text(encoding="utf-8")


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
        "PAGE_CSS": _page_asset("graph.css"),
        "PAGE_JS": _page_asset("graph.js"),
    }
    # one pass, so that no inserted text is ever scanned for markers again
    return re.sub(r"@@([A-Z_]+)@@", lambda m: values[m.group(1)], _page_asset("graph.html"))


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
