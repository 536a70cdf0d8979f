"""MkDocs hook: the ontology page's tables, generated from ``ontology/kg.ttl`` at build time.

A page holding ``<!-- ontology: classes -->`` or ``<!-- ontology: properties -->``
gets the table of the classes (in tree order) or of the properties, read
from the ontology itself, so the documentation cannot drift from it.
"""

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "kg.ttl"
KG = "https://w3id.org/kg/ontology#"
PREFIXES = {
    KG: "kg:",
    "https://schema.org/": "schema:",
    "http://www.wikidata.org/entity/": "wd:",
    "http://www.wikidata.org/prop/direct/": "wdt:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "http://www.w3.org/2002/07/owl#": "owl:",
}


def _short(term) -> str:
    text = str(term)
    for namespace, prefix in PREFIXES.items():
        if text.startswith(namespace):
            return prefix + text[len(namespace) :]
    return text


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _ours(graph: Graph, kind) -> list[URIRef]:
    return sorted(s for s in graph.subjects(RDF.type, kind) if str(s).startswith(KG))


def class_table(graph: Graph) -> str:
    """Return the Markdown table of the classes, each after its parent."""
    classes = _ours(graph, OWL.Class)
    parent = {c: graph.value(c, RDFS.subClassOf) for c in classes}
    rows = []

    def visit(cls, depth):
        equivalent = ", ".join(sorted(_short(e) for e in graph.objects(cls, OWL.equivalentClass)))
        name = "&nbsp;&nbsp;" * depth + f"`{_short(cls)}`"
        rows.append(f"| {name} | {_cell(graph.value(cls, RDFS.comment))} | {equivalent} |")
        for child in sorted(c for c in classes if parent[c] == cls):
            visit(child, depth + 1)

    for root in sorted(c for c in classes if parent[c] is None):
        visit(root, 0)
    return "| class | what it is | equivalent to |\n|---|---|---|\n" + "\n".join(rows)


def property_table(graph: Graph) -> str:
    """Return the Markdown table of the properties facts are made of."""
    rows = []
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in _ours(graph, kind):
            aligned = sorted(
                _short(o)
                for p in (OWL.equivalentProperty, RDFS.subPropertyOf, OWL.inverseOf)
                for o in graph.objects(prop, p)
            )
            rows.append(
                f"| `{_short(prop)}` | {_short(graph.value(prop, RDFS.domain) or '')} "
                f"| {_short(graph.value(prop, RDFS.range) or '')} "
                f"| {_cell(graph.value(prop, RDFS.comment))} | {', '.join(aligned)} |"
            )
    header = "| property | domain | range | what it states | aligned with |"
    return header + "\n|---|---|---|---|---|\n" + "\n".join(rows)


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Replace the ontology markers of a page with the generated tables."""
    if "<!-- ontology:" not in markdown:
        return markdown
    graph = Graph().parse(ONTOLOGY, format="turtle")
    markdown = markdown.replace("<!-- ontology: classes -->", class_table(graph))
    return markdown.replace("<!-- ontology: properties -->", property_table(graph))
