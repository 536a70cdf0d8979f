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
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import DCTERMS, PROV, SKOS

from ..files import write_atomically
from ..knowledge.ontology import TOP_CLASSES, load_ontology
from ..knowledge.vocab import KG
from .layout import layout

#: One colour and shape per top class, for nodes and the legend.
CLASS_STYLES = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#f28e2b", "square"),
    "Place": ("#59a14f", "triangle"),
    "CreativeWork": ("#b07aa1", "diamond"),
    "Event": ("#e15759", "star"),
}

#: the sentences of an entity's mentions the page keeps: the first documents' ones
PAGE_SENTENCES = 5


def _local(iri) -> str:
    return str(iri).removeprefix(str(KG._NS))


def to_networkx(graph: Graph, provenance: Graph | None = None) -> nx.MultiDiGraph:
    """Return the entities and facts of ``graph`` as a networkx multigraph.

    Each node carries ``label``, ``cls`` (its class), ``top`` (its top class),
    ``names`` (other names) and ``details`` (literal facts such as
    occupations); each edge carries ``property``, ``confidence`` (or
    ``None``), ``sources`` (document and sentence pairs) and ``documents``
    (the names of every document it was read in), the last three read from
    ``provenance`` when it is given.
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
            confidence, sources, documents = support.get((s, p, o), (None, [], []))
            g.add_edge(
                str(s),
                str(o),
                property=prop,
                confidence=confidence,
                sources=sources,
                documents=documents,
            )
    return g


def _support(provenance: Graph) -> dict[tuple, tuple[float | None, list[dict], list[str]]]:
    """Return, for each fact, its confidence, the sentences it was read from and its documents."""
    names = _document_names(provenance)
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
        read_in = provenance.objects(statement, PROV.wasDerivedFrom)
        documents = {names.get(d, str(d)) for d in read_in}
        documents |= {source["document"] for source in sources}
        support[key] = (float(value) if value is not None else None, sources, sorted(documents))
    return support


def _document_names(provenance: Graph) -> dict:
    """Return each document's name (its ``dcterms:source``) by its IRI."""
    return {d: str(n) for d, n in provenance.subject_objects(DCTERMS.source)}


def _summary(graph: Graph, provenance: Graph | None) -> dict:
    """Return the documents and build date the provenance records, if any."""
    summary = {"documents": None, "built": None}
    if provenance is not None:
        for activity in provenance.subjects(RDF.type, PROV.Activity):
            summary["documents"] = len(set(provenance.objects(activity, PROV.used)))
            ended = provenance.value(activity, PROV.endedAtTime)
            summary["built"] = str(ended)[:10] if ended is not None else None
    return summary


def _kept(g: nx.MultiDiGraph, max_nodes: int | None, mentions: Mapping) -> list[str]:
    """Return the entities the page holds: the best connected first, then the most mentioned."""
    ranked = sorted(
        g.nodes, key=lambda n: (-g.degree(n), -len(mentions.get(n, ())), g.nodes[n]["label"], n)
    )
    return ranked if max_nodes is None else ranked[:max_nodes]


def page_data(
    graph: Graph,
    provenance: Graph | None = None,
    max_nodes: int | None = None,
    mentions: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> dict:
    """Return what the page draws: entities, facts, groups, documents, classes and a summary.

    Each entity gets a place (``x``, ``y``) and, when it takes part in a
    fact, a group (see ``kg.views.layout``). With ``max_nodes``, only that
    many entities are kept, the best connected first (ties by name), with
    the facts between them. Documents are numbered (``documents``); an
    entity lists the documents that mention it and a fact those it was
    read in, by number.

    Args:
        graph: the entities and facts.
        provenance: the provenance graph: facts' confidences, sentences
            and documents.
        max_nodes: the most entities to keep.
        mentions: for each entity's IRI, the documents that mention it,
            each with the sentence of a mention there ("" if none is kept).
    """
    ontology = load_ontology()
    mentions = mentions or {}
    g = to_networkx(graph, provenance)
    entities, facts = g.number_of_nodes(), g.number_of_edges()
    literal_facts = sum(len(d["details"]) for _, d in g.nodes(data=True))
    kept = _kept(g, max_nodes, mentions)
    g = g.subgraph(kept).copy()
    linked = nx.Graph(g.to_undirected())
    alone = [n for n in kept if not linked.degree(n)]
    linked.remove_nodes_from(alone)
    # the entities without facts are ringed by class, then name
    alone.sort(key=lambda n: (TOP_CLASSES.index(g.nodes[n]["top"]), g.nodes[n]["label"], n))
    positions, groups = layout(linked, alone)
    names = set(_document_names(provenance).values()) if provenance is not None else set()
    names |= {document for found in mentions.values() for document, _ in found}
    names |= {d for _, _, found in g.edges(data="documents") for d in found}
    documents = sorted(names)
    number = {name: n for n, name in enumerate(documents)}
    nodes = []
    for node, data in sorted(g.nodes(data=True)):
        found = mentions.get(node, ())
        nodes.append(
            {
                "id": node,
                "label": data["label"],
                "cls": data["cls"],
                "top": data["top"],
                "names": data["names"],
                "details": data["details"],
                "degree": g.degree(node),
                "x": positions[node][0],
                "y": positions[node][1],
                "group": groups.get(node),
                "documents": sorted({number[d] for d, _ in found}),
                "sentences": [[number[d], s] for d, s in found if s][:PAGE_SENTENCES],
            }
        )
    edges = []
    for n, (s, o, data) in enumerate(
        sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["property"]))
    ):
        edges.append(
            {
                "id": f"e{n}",
                "from": s,
                "to": o,
                "property": data["property"],
                "confidence": data["confidence"],
                "sources": data["sources"],
                "documents": [number[d] for d in data["documents"]],
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
        alone=len(alone),
    )
    return {
        "nodes": nodes,
        "edges": edges,
        "groups": _groups(g, groups),
        "documents": documents,
        "classes": classes,
        "properties": properties,
        "summary": summary,
    }


def _groups(g: nx.MultiDiGraph, groups: dict[str, int]) -> list[dict]:
    """Return each group's size and name: the name of its best-connected entity."""
    members: dict[int, list[str]] = {}
    for node, number in groups.items():
        members.setdefault(number, []).append(node)
    found = []
    for number in sorted(members):
        head = min(members[number], key=lambda n: (-g.degree(n), g.nodes[n]["label"], n))
        found.append({"id": number, "label": g.nodes[head]["label"], "size": len(members[number])})
    return found


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
    mentions: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> str:
    """Return a self-contained HTML page that shows ``graph`` interactively.

    Args:
        graph: the entities and facts.
        title: the page's title.
        provenance: the provenance graph, for confidences and source sentences.
        max_nodes: draw only this many entities, the best connected.
        mentions: the documents that mention each entity (see ``page_data``).
    """
    data = page_data(graph, provenance, max_nodes, mentions)
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
    mentions: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> None:
    """Write the interactive view of ``graph`` to ``path``, atomically (see ``render_html``)."""
    page = render_html(graph, title, provenance=provenance, max_nodes=max_nodes, mentions=mentions)
    write_atomically(Path(path), page.encode("utf-8"))
