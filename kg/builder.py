"""Building a graph in memory: ``kg.build(texts) -> rdflib.Graph``.

``extract_corpus`` reads every document into a record (``kg.corpus.records``,
in the processes ``kg.corpus.engines`` runs) and merges the records into a
``Corpus``; ``kg.rdf.graph.to_graph`` turns the result into RDF; ``build``
does both. ``kg.folder.build_folder`` builds corpora too large to keep in
memory, with the records on disk.
"""

from collections.abc import Callable, Iterable
from pathlib import Path

from rdflib import Graph

from .corpus.corpus import DEFAULT_MIN_CONFIDENCE, Corpus
from .corpus.engines import read_corpus
from .corpus.linking import KnownEntity, load_known
from .extract.pipeline import DEFAULT_MODEL
from .knowledge.ontology import load_ontology
from .model import DocumentRecord
from .rdf.graph import to_graph
from .rdf.iris import DEFAULT_BASE
from .read.sources import read_inputs
from .read.text import Document

__all__ = ["build", "extract_corpus"]


def extract_corpus(
    items: Iterable[str | Path | Document],
    model: str = DEFAULT_MODEL,
    on_document: Callable[[DocumentRecord], None] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    known: list[KnownEntity] | None = None,
    learned: bool = False,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Corpus:
    """Extract the entities and facts of a corpus, in memory.

    Args:
        items: texts, paths of files or folders, or ``Document`` objects.
        model: the installed spaCy pipeline to use.
        min_confidence: leave out the facts whose confidence is lower.
        known: reference entities to link to (see ``kg.corpus.linking``).
        learned: also run the relation classifier (see ``kg.extract.relation_model``).
        workers: parse in this many processes (the output is the same).
        engine: ``local`` or ``dask`` (see ``kg.corpus.engines``).
        scheduler: the Dask scheduler's address, for ``engine="dask"``.
        on_document: called with each document's record once it is read
            (for progress reporting).

    Returns:
        The corpus' consolidated entities and facts, typed and checked
        against the ontology, with every fact's evidence.
    """
    corpus = Corpus(model=model, readings=[])
    records = read_corpus(read_inputs(items), model, learned, workers, engine, scheduler)
    for record in records:
        corpus.add(record)
        if on_document is not None:
            on_document(record)
    corpus.finish(min_confidence, known)
    return corpus


def build(
    items: Iterable[str | Path | Document] | str | Path,
    model: str = DEFAULT_MODEL,
    base: str = DEFAULT_BASE,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    entities: str | Path | None = None,
    learned: bool = False,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Graph:
    """Build the knowledge graph of news texts.

    Args:
        items: the texts of articles, paths of files or folders (``.txt``,
            ``.md``, ``.html``), or ``Document`` objects; a single one is
            accepted too.
        model: the installed spaCy pipeline to use.
        base: the namespace under which entity IRIs are minted.
        min_confidence: leave out the facts whose confidence is lower.
        entities: a file of reference entities to link to (see ``kg.corpus.linking``).
        learned: also run the relation classifier trained on CoNLL04 (more
            facts, lower precision; see ``kg.extract.relation_model``).
        workers: parse in this many processes (the graph is the same).
        engine: ``local``, or ``dask`` to parse on a Dask cluster.
        scheduler: the address of the Dask scheduler (else a local cluster
            of ``workers`` processes).

    Returns:
        An rdflib ``Graph``: one node per entity with its class, canonical
        name and other names, and one triple per fact.

    Example:
        >>> import kg
        >>> graph = kg.build(["Russian actress Yulia Peresild stars in the film."])
    """
    if isinstance(items, (str, Path, Document)):
        items = [items]
    known = load_known(Path(entities), load_ontology()) if entities is not None else None
    corpus = extract_corpus(
        items,
        model=model,
        min_confidence=min_confidence,
        known=known,
        learned=learned,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
    )
    return to_graph(corpus, base=base)
