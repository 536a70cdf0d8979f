"""A corpus: the documents' records merged into one set of entities and facts.

``Corpus.add`` merges one document's record (``kg.model.DocumentRecord``)
at a time, in input order, so a corpus of any size is built as its records
stream in; ``Corpus.finish`` links the entities to reference entities, if
any, and keeps the facts that fit the ontology and the confidence threshold.
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..extract.pipeline import DEFAULT_MODEL
from ..knowledge.lexicon import load_lexicon
from ..knowledge.ontology import load_ontology
from ..model import CorpusFact, DocumentRecord, Entity, Evidence
from .consolidate import EntityIndex, settle_kinds
from .linking import KnownEntity, link_entities

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
    records on disk streams it from there instead (see ``kg.corpus.shards``).

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
    #: entity keys merged into others (settling kinds, linking), and the key each goes by
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
        """Settle names' kinds, link to ``known`` entities, keep the facts that fit and are sure."""
        ontology = self.index.ontology
        self.renamed = settle_kinds(self.entities, ontology, self.index.lexicon.given_names)
        if known:
            self.renamed.update(link_entities(self.entities, known, ontology))
        if self.renamed:
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
        """Return the fact as it stands after settling and linking merged entities."""
        if not self.renamed:
            return fact
        obj = fact.object if fact.literal else self.key_of(fact.object)
        return CorpusFact(self.key_of(fact.subject), fact.property, obj, fact.literal)

    def key_of(self, key: str) -> str:
        """Return the key an entity goes by after merging (settled kinds, then linking)."""
        while key in self.renamed:
            key = self.renamed[key]
        return key

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


def _fits(fact: CorpusFact, entities: dict[str, Entity], ontology) -> bool:
    """Keep a fact only if its subject and object have the classes the property admits."""
    if fact.subject == fact.object and not fact.literal:
        return False
    if not ontology.fits(entities[fact.subject].cls, ontology.domains[fact.property]):
        return False
    if fact.literal:
        return fact.property in ontology.literal_properties
    return ontology.fits(entities[fact.object].cls, ontology.ranges[fact.property])
