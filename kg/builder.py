"""Building a corpus: documents in, consolidated entities and facts out.

``extract_corpus`` reads every document into a record (``kg.records``, in
the processes ``kg.engines`` runs) and merges the records into a
``Corpus``; ``kg.rdf.to_graph`` turns the result into RDF; ``build`` does
both. ``kg.shards`` builds corpora too large to keep in memory.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .consolidate import Entity, EntityIndex
from .engines import read_corpus
from .iris import DEFAULT_BASE
from .lexicon import load_lexicon
from .linking import KnownEntity, link_entities, load_known
from .ontology import load_ontology
from .pipeline import DEFAULT_MODEL
from .reading import Document
from .records import CorpusFact, DocumentRecord, Evidence
from .sources import read_inputs

__all__ = ["Corpus", "CorpusFact", "Evidence", "build", "extract_corpus"]

#: facts less sure than this are left out by default: the threshold with the
#: best fact F1 on the annotated development articles with the learned
#: classifier, which costs the rules alone nothing (their F1 is the same at
#: every threshold up to it): ``python benchmarks/min_confidence.py
#: ../shared/eval/dev [--learned]``
DEFAULT_MIN_CONFIDENCE = 0.7


@dataclass
class Corpus:
    """The reduce of a build: documents' records merged into entities and facts.

    Records are merged one by one (``add``), in input order; ``finish``
    then links entities to reference ones, if any, and keeps the facts
    whose classes fit and whose confidence is high enough. What is kept per
    fact is its confidence so far, so memory grows with the distinct
    entities and facts, not with the text. The evidence of each fact is
    kept in ``readings`` when that is a list; a build that keeps its
    records on disk streams it from there instead (see ``kg.shards``).

    Attributes:
        documents: the names of the documents, in the order read.
        facts: the distinct facts (after ``finish``: the ones kept).
        readings: every (fact, evidence) pair in reading order, or ``None``.
        model: the spaCy pipeline that read the corpus.
    """

    documents: list[str] = field(default_factory=list)
    facts: set[CorpusFact] = field(default_factory=set)
    readings: list[tuple[CorpusFact, Evidence]] | None = None
    model: str = DEFAULT_MODEL
    #: the product of (1 - confidence) over each fact's evidence
    doubts: dict[CorpusFact, float] = field(default_factory=dict)
    #: entity keys merged into others by linking, and the key each goes by
    renamed: dict[str, str] = field(default_factory=dict)
    index: EntityIndex = field(default_factory=lambda: EntityIndex(load_lexicon(), load_ontology()))

    @property
    def entities(self) -> dict[str, Entity]:
        """Return the entities by key."""
        return self.index.entities

    def add(self, record: DocumentRecord) -> None:
        """Merge one document's record into the corpus."""
        self.documents.append(record.name)
        for local in record.entities:
            self.index.add(local)
        for fact, evidence in record.readings:
            self.facts.add(fact)
            self.doubts[fact] = self.doubts.get(fact, 1.0) * (1.0 - evidence.confidence)
            if self.readings is not None:
                self.readings.append((fact, evidence))

    def confidence(self, fact: CorpusFact) -> float:
        """Return a fact's confidence: its pieces of evidence combined as independent."""
        return round(1.0 - self.doubts.get(fact, 1.0), 4)

    def finish(self, min_confidence: float, known: list[KnownEntity] | None = None) -> None:
        """Link to ``known`` entities, then keep the facts that fit and are sure enough."""
        ontology = self.index.ontology
        if known:
            self.renamed = link_entities(self.entities, known, ontology)
            doubts: dict[CorpusFact, float] = {}
            for fact, doubt in self.doubts.items():
                merged = self.final(fact)
                doubts[merged] = doubts.get(merged, 1.0) * doubt
            self.doubts = doubts
        self.facts = {
            f
            for f in self.doubts
            if _fits(f, self.entities, ontology) and self.confidence(f) >= min_confidence
        }

    def final(self, fact: CorpusFact) -> CorpusFact:
        """Return the fact as it stands after linking merged entities."""
        if not self.renamed:
            return fact
        obj = fact.object if fact.literal else self.renamed.get(fact.object, fact.object)
        return CorpusFact(self.renamed.get(fact.subject, fact.subject), fact.property, obj,
                          fact.literal)  # fmt: skip

    def kept(
        self, readings: Iterable[tuple[CorpusFact, Evidence]] | None = None
    ) -> Iterator[tuple[CorpusFact, Evidence]]:
        """Yield the readings (default: ``self.readings``) of the facts kept, as they stand."""
        for fact, evidence in self.readings if readings is None else readings:
            fact = self.final(fact)
            if fact in self.facts:
                yield fact, evidence

    @property
    def evidence(self) -> dict[CorpusFact, list[Evidence]]:
        """Return every kept fact's evidence, in reading order (needs ``readings``)."""
        found: dict[CorpusFact, list[Evidence]] = {}
        for fact, evidence in self.kept():
            found.setdefault(fact, []).append(evidence)
        return found


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
        known: reference entities to link to (see ``kg.linking``).
        learned: also run the relation classifier (see ``kg.relation_model``).
        workers: parse in this many processes (the output is the same).
        engine: ``local`` or ``dask`` (see ``kg.engines``).
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


def _fits(fact: CorpusFact, entities: dict[str, Entity], ontology) -> bool:
    """Keep a fact only if its subject and object have the classes the property admits."""
    if fact.subject == fact.object and not fact.literal:
        return False
    if not ontology.fits(entities[fact.subject].cls, ontology.domains[fact.property]):
        return False
    if fact.literal:
        return fact.property in ontology.literal_properties
    return ontology.fits(entities[fact.object].cls, ontology.ranges[fact.property])


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
        entities: a file of reference entities to link to (see ``kg.linking``).
        learned: also run the relation classifier trained on CoNLL04 (more
            facts, lower precision; see ``kg.relation_model``).
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
    from .rdf import to_graph

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
