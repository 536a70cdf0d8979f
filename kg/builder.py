"""Building a corpus: documents in, consolidated entities and facts out.

``extract_corpus`` runs the spaCy pipeline over every document and
consolidates the mentions into entities; ``kg.rdf.to_graph`` turns the
result into RDF; ``build`` does both.
"""

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from spacy.tokens import Doc

from . import reading
from .consolidate import Entity, EntityIndex
from .iris import DEFAULT_BASE
from .lexicon import load_lexicon
from .linking import KnownEntity, link_entities, load_known
from .mentions import Mention
from .ontology import load_ontology
from .pipeline import DEFAULT_MODEL, load_pipeline
from .reading import Document, chunks, read_inputs

#: facts less sure than this are left out by default: the threshold with the
#: best fact F1 on the annotated development articles with the learned
#: classifier, which costs the rules alone nothing (their F1 is the same at
#: every threshold up to it): ``python benchmarks/min_confidence.py
#: ../shared/eval/dev [--learned]``
DEFAULT_MIN_CONFIDENCE = 0.7


@dataclass(frozen=True)
class CorpusFact:
    """A fact between entities of the corpus (``object`` is an entity key or a literal)."""

    subject: str
    property: str
    object: str
    literal: bool = False


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the document, the sentence and its offsets, and the rule."""

    document: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass
class Corpus:
    """What a corpus yields: its documents' names, its entities and its facts.

    Attributes:
        documents: the names of the documents, in the order read.
        entities: the entities by key.
        facts: the distinct facts.
        evidence: for each fact, every place it was read.
        model: the spaCy pipeline that read the corpus.
    """

    documents: list[str] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: set[CorpusFact] = field(default_factory=set)
    evidence: dict[CorpusFact, list[Evidence]] = field(default_factory=dict)
    model: str = DEFAULT_MODEL

    def confidence(self, fact: CorpusFact) -> float:
        """Return a fact's confidence: its pieces of evidence combined as independent."""
        doubt = 1.0
        for evidence in self.evidence.get(fact, []):
            doubt *= 1.0 - evidence.confidence
        return round(1.0 - doubt, 4)


def extract_corpus(
    items: Iterable[str | Path | Document],
    model: str = DEFAULT_MODEL,
    on_document: Callable[[Document], None] | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    known: list[KnownEntity] | None = None,
    learned: bool = False,
    workers: int = 1,
) -> Corpus:
    """Extract the entities and facts of a corpus.

    Args:
        items: texts, paths of files or folders, or ``Document`` objects.
        model: the installed spaCy pipeline to use.
        min_confidence: leave out the facts whose confidence is lower.
        known: reference entities to link to (see ``kg.linking``).
        learned: also run the relation classifier (see ``kg.relation_model``).
        workers: parse in this many processes (the output is the same).
        on_document: called with each document once it is processed
            (for progress reporting).

    Returns:
        The corpus' consolidated entities and facts, typed and checked
        against the ontology.
    """
    ontology = load_ontology()
    lexicon = load_lexicon()
    index = EntityIndex(lexicon, ontology)
    corpus = Corpus(model=model)
    documents = list(read_inputs(items))
    for document, offset, piece in _read_pieces(documents, model, learned, workers):
        if offset == 0:
            corpus.documents.append(document.name)
        entity_of = index.add_document(piece.mentions, piece.tokens)
        for fact in piece.facts:
            subject = entity_of[fact.subject]
            if isinstance(fact.object, str):
                found = CorpusFact(subject.key, fact.property, fact.object, literal=True)
            else:
                found = CorpusFact(subject.key, fact.property, entity_of[fact.object].key)
            corpus.facts.add(found)
            evidence = Evidence(
                document.name,
                fact.sentence,
                offset + fact.start,
                offset + fact.start + len(fact.sentence),
                fact.rule,
                fact.confidence if fact.confidence is not None else lexicon.confidence(fact.rule),
            )
            if evidence not in corpus.evidence.setdefault(found, []):
                corpus.evidence[found].append(evidence)
        if on_document is not None and offset + piece.length == len(document.text):
            on_document(document)  # its last piece
    corpus.entities = index.entities
    if known:
        _merge_linked(corpus, link_entities(corpus.entities, known, ontology))
    corpus.facts = {
        f
        for f in corpus.facts
        if _fits(f, corpus.entities, ontology) and corpus.confidence(f) >= min_confidence
    }
    corpus.evidence = {f: e for f, e in corpus.evidence.items() if f in corpus.facts}
    return corpus


@dataclass(frozen=True)
class PieceFact:
    """A fact of one piece of a document, with the sentence it was read in."""

    subject: Mention
    property: str
    object: "Mention | str"
    rule: str
    confidence: float | None
    sentence: str
    start: int  # offset of the sentence in the piece


@dataclass(frozen=True)
class Piece:
    """What the pipeline read in one piece of a document, as plain picklable data.

    The facts refer to the mention objects of ``mentions``; pickling keeps that
    identity, so a piece read in a worker process arrives whole.
    """

    mentions: list[Mention]
    facts: list[PieceFact]
    tokens: list[str]
    length: int


def read_piece(doc: Doc) -> Piece:
    """Return the mentions and facts the kg components put on a parsed ``doc``."""
    facts = []
    for fact in doc._.kg_facts:
        sentence = doc[fact.token].sent
        text = sentence.text.strip()
        start = sentence.start_char + len(sentence.text) - len(sentence.text.lstrip())
        facts.append(
            PieceFact(
                fact.subject, fact.property, fact.object, fact.rule, fact.confidence, text, start
            )
        )
    return Piece(doc._.kg_mentions, facts, [t.text for t in doc], len(doc.text))


def _read_pieces(
    documents: list[Document], model: str, learned: bool, workers: int
) -> Iterator[tuple[Document, int, Piece]]:
    """Yield every piece of every document, read, in order.

    With ``workers`` > 1 the pieces are parsed in that many processes, each
    with its own pipeline; results come back in input order, so the output
    does not depend on the number of workers.
    """
    size = reading.CHUNK_CHARS
    # a long document is read in pieces (see kg.reading.chunks); offsets stay the document's
    located = [(d, offset, text) for d in documents for offset, text in chunks(d.text, size)]
    if workers <= 1 or len(located) < 2:
        nlp = load_pipeline(model, learned=learned)
        texts = ((text, (d, offset)) for d, offset, text in located)
        for doc, (document, offset) in nlp.pipe(texts, as_tuples=True, batch_size=16):
            yield document, offset, read_piece(doc)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_start_worker, initargs=(model, learned)) as pool:
        texts = [text for _, _, text in located]
        for (document, offset, _), piece in zip(
            located, pool.imap(_read_in_worker, texts, chunksize=8), strict=True
        ):
            yield document, offset, piece


_worker_nlp = None


def _start_worker(model: str, learned: bool) -> None:
    global _worker_nlp
    _worker_nlp = load_pipeline(model, learned=learned)


def _read_in_worker(text: str) -> Piece:
    return read_piece(_worker_nlp(text))


def _merge_linked(corpus: Corpus, renamed: dict[str, str]) -> None:
    """Rewrite facts and their evidence for entities merged by linking."""
    if not renamed:
        return
    evidence: dict[CorpusFact, list[Evidence]] = {}
    for fact, found in corpus.evidence.items():
        subject = renamed.get(fact.subject, fact.subject)
        obj = fact.object if fact.literal else renamed.get(fact.object, fact.object)
        merged = evidence.setdefault(CorpusFact(subject, fact.property, obj, fact.literal), [])
        merged += [e for e in found if e not in merged]
    corpus.evidence = evidence
    corpus.facts = set(evidence)


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
        items, model=model, min_confidence=min_confidence, known=known, learned=learned
    )
    return to_graph(corpus, base=base)
