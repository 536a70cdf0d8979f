r"""Writing the graph and its provenance to files, in six syntaxes, streamed.

``graph.<ext>`` holds the entities and the facts; ``provenance.<ext>`` holds
where each fact was read (see ``kg.rdf.provenance``). The quad syntaxes
(N-Quads, TriG) hold both in one file: facts in the default graph,
provenance in the named graph ``<base>provenance``.

N-Triples and N-Quads are written line by line from the corpus, never
through an in-memory RDF graph (``kg.rdf.ntriples``); the other syntaxes are
made from those files by pyoxigraph's streaming serialisers. Every file is
written to a temporary file first and renamed (``kg.files``), so an
interrupted build never leaves a half-written file.
"""

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph
from rdflib import OWL, RDF, RDFS, Graph
from rdflib.namespace import PROV, SKOS

from ..corpus.corpus import Corpus
from ..files import atomic_file, staging_folder
from ..knowledge.vocab import KG
from ..model import CorpusFact, Evidence
from .graph import entity_iris, graph_triples, valid_base
from .ntriples import nt_lines
from .provenance import provenance_triples

#: Output syntaxes: name -> (file extension, rdflib format, holds quads)
FORMATS = {
    "turtle": ("ttl", "turtle", False),
    "nt": ("nt", "nt", False),
    "nq": ("nq", "nquads", True),
    "trig": ("trig", "trig", True),
    "jsonld": ("jsonld", "json-ld", True),
    "rdfxml": ("rdf", "xml", False),
}


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
        build: the ``kg.rdf.provenance.Build`` to record.
        readings: returns the kept facts' evidence in reading order
            (default: the corpus' own, ``corpus.kept()``).

    Returns:
        The paths written.
    """
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
