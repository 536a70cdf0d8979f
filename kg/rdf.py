"""Writing RDF: the corpus as an rdflib graph, and Turtle written safely."""

import os
import tempfile
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from .builder import Corpus
from .errors import KGError
from .iris import DEFAULT_BASE, check_base, mint
from .ontology import load_ontology
from .vocab import KG


def to_graph(corpus: Corpus, base: str = DEFAULT_BASE) -> Graph:
    """Return the RDF graph of a corpus: entities with class and names, and facts.

    Raises:
        KGError: ``base`` is not an absolute IRI.
    """
    try:
        base = check_base(base)
    except ValueError as exc:
        raise KGError(str(exc)) from exc
    ontology = load_ontology()
    graph = Graph()
    graph.bind("kg", KG._NS)
    graph.bind("skos", SKOS)
    graph.bind("id", Namespace(base))
    iris: dict[str, URIRef] = {}
    taken: set[URIRef] = set()
    for key in sorted(corpus.entities):
        entity = corpus.entities[key]
        iri = mint(base, ontology.top(entity.cls), entity.label)
        suffix = 2
        while iri in taken:  # two names that differ only in punctuation
            iri = mint(base, ontology.top(entity.cls), f"{entity.label} {suffix}")
            suffix += 1
        taken.add(iri)
        iris[key] = iri
    for key, entity in corpus.entities.items():
        iri = iris[key]
        graph.add((iri, RDF.type, KG[entity.cls]))
        graph.add((iri, RDFS.label, Literal(entity.label)))
        for name in entity.alt_labels:
            graph.add((iri, SKOS.altLabel, Literal(name)))
    for fact in corpus.facts:
        obj = Literal(fact.object) if fact.literal else iris[fact.object]
        graph.add((iris[fact.subject], KG[fact.property], obj))
    return graph


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so ``path`` is never half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp creates the file private; give it the mode a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_turtle(graph: Graph, path: Path) -> None:
    """Write ``graph`` as Turtle to ``path``, atomically."""
    write_atomically(path, graph.serialize(format="turtle", encoding="utf-8"))
