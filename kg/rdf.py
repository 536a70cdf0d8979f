r"""Writing RDF: the corpus as triples, an rdflib graph, and files in six syntaxes.

``graph.<ext>`` holds the entities and the facts; ``provenance.<ext>`` holds
where each fact was read (see ``kg.provenance``). The quad syntaxes (N-Quads,
TriG) hold both in one file: facts in the default graph, provenance in the
named graph ``<base>provenance``.

N-Triples and N-Quads are written line by line from the corpus, never
through an in-memory RDF graph, in the canonical form that Raptor's
``rapper -o ntriples`` also writes (ASCII, ``\\uXXXX`` escapes). Every file
is written to a temporary file first and renamed, so an interrupted build
never leaves a half-written file.
"""

import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from .builder import Corpus
from .errors import KGError
from .files import atomic_file, staging_folder
from .iris import DEFAULT_BASE, check_base, mint
from .ontology import load_ontology
from .records import CorpusFact, Evidence
from .vocab import KG

#: Output syntaxes: name -> (file extension, rdflib format, holds quads)
FORMATS = {
    "turtle": ("ttl", "turtle", False),
    "nt": ("nt", "nt", False),
    "nq": ("nq", "nquads", True),
    "trig": ("trig", "trig", True),
    "jsonld": ("jsonld", "json-ld", True),
    "rdfxml": ("rdf", "xml", False),
}


def valid_base(base: str) -> str:
    """Return ``base`` normalised, or raise ``KGError`` when it cannot prefix IRIs."""
    try:
        return check_base(base)
    except ValueError as exc:
        raise KGError(str(exc)) from exc


def entity_iris(corpus: Corpus, base: str) -> dict[str, URIRef]:
    """Return the IRI of every entity of the corpus, by entity key."""
    ontology = load_ontology()
    # entities linked to a user's reference file keep its IRIs; no minted IRI may take one
    iris: dict[str, URIRef] = {
        key: URIRef(entity.iri) for key, entity in corpus.entities.items() if entity.iri
    }
    taken: set[URIRef] = set(iris.values())
    for key in sorted(corpus.entities):
        entity = corpus.entities[key]
        if entity.iri:
            continue
        iri = mint(base, ontology.top(entity.cls), entity.label)
        suffix = 2
        while iri in taken:  # two names that differ only in punctuation
            iri = mint(base, ontology.top(entity.cls), f"{entity.label} {suffix}")
            suffix += 1
        taken.add(iri)
        iris[key] = iri
    return iris


def fact_object(fact: CorpusFact, iris: dict[str, URIRef]) -> Node:
    """Return the RDF object of a fact: an entity IRI, or a literal."""
    return Literal(fact.object) if fact.literal else iris[fact.object]


def graph_triples(
    corpus: Corpus, base: str, iris: dict[str, URIRef] | None = None
) -> Iterator[tuple[Node, Node, Node]]:
    """Yield the triples of the entities and facts, sorted as their N-Triples lines sort.

    Each entity's triples come together (its class, names, links and the
    facts it is the subject of), so that Turtle groups them under it.
    ``iris`` are the entity IRIs, when the caller has already minted them.
    """
    iris = iris or entity_iris(corpus, base)
    facts_of: dict[str, list[CorpusFact]] = {}
    for fact in corpus.facts:
        facts_of.setdefault(fact.subject, []).append(fact)
    for key in sorted(corpus.entities, key=lambda k: iris[k]):
        entity, iri = corpus.entities[key], iris[key]
        triples = [(iri, RDF.type, KG[entity.cls]), (iri, RDFS.label, Literal(entity.label))]
        triples += [(iri, SKOS.altLabel, Literal(name)) for name in entity.alt_labels]
        triples += [(iri, OWL.sameAs, URIRef(other)) for other in entity.same_as]
        triples += [(iri, KG[f.property], fact_object(f, iris)) for f in facts_of.get(key, [])]
        yield from sorted(triples, key=lambda t: (nt_term(t[1]), nt_term(t[2])))


def _bind(graph: Graph, base: str) -> Graph:
    graph.bind("kg", KG._NS)
    graph.bind("skos", SKOS)
    graph.bind("prov", PROV)
    graph.bind("id", Namespace(base))
    return graph


def to_graph(corpus: Corpus, base: str = DEFAULT_BASE) -> Graph:
    """Return the RDF graph of a corpus: entities with class and names, and facts.

    Raises:
        KGError: ``base`` is not an absolute IRI.
    """
    base = valid_base(base)
    graph = _bind(Graph(), base)
    for triple in graph_triples(corpus, base):
        graph.add(triple)
    return graph


# ------------------------------------------------------------------ N-Triples


_PLAIN = re.compile(r'[^"\\\x00-\x1f\x7f-\U0010ffff]*')


def _escape(text: str) -> str:
    if _PLAIN.fullmatch(text):  # printable ASCII without quotes or backslashes: most text
        return text
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F or 0x7F < code <= 0xFFFF:
            out.append(f"\\u{code:04X}")
        elif code > 0xFFFF:
            out.append(f"\\U{code:08X}")
        else:
            out.append(char)
    return "".join(out)


def nt_term(term: Node) -> str:
    """Return a term in canonical N-Triples syntax."""
    if isinstance(term, URIRef):
        return f"<{_escape(str(term))}>"
    if isinstance(term, Literal):
        text = f'"{_escape(str(term))}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def nt_lines(triples: Iterable[tuple[Node, ...]], graph: URIRef | None = None) -> Iterator[str]:
    """Yield one N-Triples (or, with ``graph``, N-Quads) line per triple."""
    suffix = f" {nt_term(graph)} .\n" if graph is not None else " .\n"
    for s, p, o in triples:
        yield f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{suffix}"


#: the prefixes of the Turtle, TriG and RDF/XML kg writes, for the graph and the provenance
GRAPH_PREFIXES = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "skos": str(SKOS),
    "kg": str(KG._NS),
}
PROVENANCE_PREFIXES = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": str(PROV),
    "dcterms": "http://purl.org/dc/terms/",
    "kg": str(KG._NS),
}

_OXIGRAPH_FORMATS = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
    "rdfxml": pyoxigraph.RdfFormat.RDF_XML,
}


def write_turtle(graph: Graph, path: Path) -> None:
    """Write ``graph`` as Turtle to ``path``, atomically, its triples in N-Triples order."""
    lines = "".join(sorted(nt_lines(graph))).encode("utf-8")
    triples = (q.triple for q in pyoxigraph.parse(lines, pyoxigraph.RdfFormat.N_TRIPLES))
    _serialize(triples, Path(path), "turtle", GRAPH_PREFIXES)


def _serialize(statements: Iterable, target: Path, name: str, prefixes: dict[str, str]) -> None:
    with atomic_file(target, binary=True) as handle:
        pyoxigraph.serialize(statements, handle, _OXIGRAPH_FORMATS[name], prefixes=prefixes)


def _convert(
    sources: list[tuple[Path, str | None]], target: Path, name: str, prefixes: dict[str, str]
) -> None:
    """Write N-Triples files to ``target`` in syntax ``name``, streaming, with pyoxigraph.

    Each source goes into the named graph given with it, or the default graph.
    """
    quads = FORMATS[name][2]

    def statements():
        for path, graph in sources:
            node = pyoxigraph.NamedNode(graph) if graph else pyoxigraph.DefaultGraph()
            for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_TRIPLES):
                if quads:
                    yield pyoxigraph.Quad(quad.subject, quad.predicate, quad.object, node)
                else:
                    yield quad.triple

    _serialize(statements(), target, name, prefixes)


def write_outputs(
    corpus: Corpus,
    folder: Path,
    formats: list[str],
    base: str,
    build,
    readings: Callable[[], Iterable[tuple[CorpusFact, Evidence]]] | None = None,
) -> list[Path]:
    """Write the corpus' graph and provenance in each of ``formats``.

    Both are streamed to N-Triples first, line by line; the other syntaxes
    are made from those files by pyoxigraph's streaming serialisers, so no
    syntax needs the graph in memory.

    Args:
        corpus: the extracted corpus.
        folder: where to write.
        formats: names from ``FORMATS``.
        base: the namespace of entity IRIs.
        build: the ``kg.provenance.Build`` to record.
        readings: returns the kept facts' evidence in reading order
            (default: the corpus' own, ``corpus.kept()``).

    Returns:
        The paths written.
    """
    from .provenance import provenance_triples

    base = valid_base(base)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    iris = entity_iris(corpus, base)  # once, for every syntax written
    evidence = readings() if readings is not None else corpus.kept()
    written = []
    with staging_folder(folder) as scratch:
        graph_nt, provenance_nt = scratch / "graph.nt", scratch / "provenance.nt"
        for path, triples in (
            (graph_nt, graph_triples(corpus, base, iris)),
            (provenance_nt, provenance_triples(corpus, base, build, iris, evidence)),
        ):
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.writelines(nt_lines(triples))
        provenance_graph = f"{base}provenance"
        for name in formats:
            extension = FORMATS[name][0]
            if name == "nt":
                for source in (graph_nt, provenance_nt):
                    target = folder / f"{source.stem}.nt"
                    with atomic_file(target, binary=True) as handle, open(source, "rb") as lines:
                        shutil.copyfileobj(lines, handle, 1 << 20)
                    written.append(target)
            elif name == "nq":
                target = folder / "graph.nq"
                with atomic_file(target) as handle:
                    with open(graph_nt, encoding="utf-8") as lines:
                        shutil.copyfileobj(lines, handle, 1 << 20)
                    suffix = f" <{provenance_graph}> .\n"
                    with open(provenance_nt, encoding="utf-8") as lines:
                        handle.writelines(line[:-3] + suffix for line in lines)
                written.append(target)
            elif FORMATS[name][2]:
                target = folder / f"graph.{extension}"
                sources = [(graph_nt, None), (provenance_nt, provenance_graph)]
                _convert(sources, target, name, {**GRAPH_PREFIXES, **PROVENANCE_PREFIXES})
                written.append(target)
            else:
                for source, prefixes in (
                    (graph_nt, GRAPH_PREFIXES),
                    (provenance_nt, PROVENANCE_PREFIXES),
                ):
                    target = folder / f"{source.stem}.{extension}"
                    _convert([(source, None)], target, name, prefixes)
                    written.append(target)
    return written
