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

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from .builder import Corpus, CorpusFact
from .errors import KGError
from .iris import DEFAULT_BASE, check_base, mint
from .ontology import load_ontology
from .vocab import KG

#: Output syntaxes: name -> (file extension, rdflib format, holds quads)
FORMATS = {
    "turtle": ("ttl", "turtle", False),
    "nt": ("nt", "nt", False),
    "nq": ("nq", "nquads", True),
    "trig": ("trig", "trig", True),
    "jsonld": ("jsonld", "json-ld", True),
    "rdfxml": ("rdf", "pretty-xml", False),
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
    """Yield the triples of the entities and facts, in a deterministic order.

    ``iris`` are the entity IRIs, when the caller has already minted them.
    """
    iris = iris or entity_iris(corpus, base)
    for key in sorted(corpus.entities):
        entity = corpus.entities[key]
        yield iris[key], RDF.type, KG[entity.cls]
        yield iris[key], RDFS.label, Literal(entity.label)
        for name in entity.alt_labels:
            yield iris[key], SKOS.altLabel, Literal(name)
        for other in entity.same_as:
            yield iris[key], OWL.sameAs, URIRef(other)
    for fact in sorted(corpus.facts, key=lambda f: (f.subject, f.property, f.object)):
        yield iris[fact.subject], KG[fact.property], fact_object(fact, iris)


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


def _escape(text: str) -> str:
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
    raise TypeError(f"no blank nodes in kg output, got {term!r}")


def nt_lines(triples: Iterable[tuple[Node, ...]], graph: URIRef | None = None) -> Iterator[str]:
    """Yield one N-Triples (or, with ``graph``, N-Quads) line per triple."""
    suffix = f" {nt_term(graph)} .\n" if graph is not None else " .\n"
    for s, p, o in triples:
        yield f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{suffix}"


# ------------------------------------------------------------------ files


@contextmanager
def atomic_file(path: Path):
    """Open ``path`` for writing text through a temporary file renamed on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            # on disk before the rename: a crash never leaves an empty file under the name
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file private; give it the mode a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
        _sync_folder(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is still atomic
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so ``path`` is never half-written."""
    with atomic_file(path) as handle:
        handle.write(data.decode("utf-8"))


def write_turtle(graph: Graph, path: Path) -> None:
    """Write ``graph`` as Turtle to ``path``, atomically."""
    write_atomically(path, graph.serialize(format="turtle", encoding="utf-8"))


def write_outputs(corpus: Corpus, folder: Path, formats: list[str], base: str, build) -> list[Path]:
    """Write the corpus' graph and provenance in each of ``formats``.

    Args:
        corpus: the extracted corpus.
        folder: where to write.
        formats: names from ``FORMATS``.
        base: the namespace of entity IRIs.
        build: the ``kg.provenance.Build`` to record.

    Returns:
        The paths written.
    """
    from .provenance import provenance_triples

    base = valid_base(base)
    folder = Path(folder)
    provenance_graph = URIRef(f"{base}provenance")
    written = []

    iris = entity_iris(corpus, base)  # once, for every syntax written

    def triples():
        return graph_triples(corpus, base, iris)

    def provenance():
        return provenance_triples(corpus, base, build, iris)

    for name in formats:
        extension, rdflib_format, quads = FORMATS[name]
        if name in ("nt", "nq"):
            targets = (
                [(f"graph.{extension}", [(triples, None), (provenance, provenance_graph)])]
                if quads
                else [
                    (f"graph.{extension}", [(triples, None)]),
                    (f"provenance.{extension}", [(provenance, None)]),
                ]
            )
            for filename, parts in targets:
                with atomic_file(folder / filename) as handle:
                    for make, graph in parts:
                        handle.writelines(nt_lines(make(), graph))
                written.append(folder / filename)
        elif quads:
            dataset = Dataset()
            _bind(dataset, base)
            for triple in triples():
                dataset.add(triple)
            named = dataset.graph(provenance_graph)
            for triple in provenance():
                named.add(triple)
            path = folder / f"graph.{extension}"
            write_atomically(path, dataset.serialize(format=rdflib_format, encoding="utf-8"))
            written.append(path)
        else:
            for filename, make in (
                (f"graph.{extension}", triples),
                (f"provenance.{extension}", provenance),
            ):
                graph = _bind(Graph(), base)
                for triple in make():
                    graph.add(triple)
                path = folder / filename
                write_atomically(path, graph.serialize(format=rdflib_format, encoding="utf-8"))
                written.append(path)
    return written
