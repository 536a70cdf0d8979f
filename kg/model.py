"""The data that the stages hand on: entities, facts and the record of a document.

Plain, picklable values with no behaviour beyond their own fields, so a
document's record can travel between processes and be kept on disk
(``kg.corpus.records``, ``kg.corpus.shards``), and every stage can use them
without depending on another stage:

- ``LocalEntity``: one entity of one document, as extraction found it;
- ``CorpusFact`` and ``Evidence``: a fact and one place it was read;
- ``DocumentRecord``: everything extraction found in one document;
- ``Entity``: one entity of a whole corpus, its documents' entities merged.
"""

from collections import Counter
from dataclasses import dataclass, field


@dataclass(eq=False)
class Entity:
    """One real-world entity of the corpus, with every name it was given."""

    key: str
    cls: str
    label: str
    names: Counter = field(default_factory=Counter)
    votes: Counter = field(default_factory=Counter)
    #: fuller forms of a name ("Sen. Bob Dole"), other names that never become the label
    aliases: set[str] = field(default_factory=set)
    #: the IRI of the reference entity it was linked to (``kg build --entities``)
    iri: str | None = None
    #: ``owl:sameAs`` links of that reference entity
    same_as: list[str] = field(default_factory=list)
    #: the country's own name, when the entity is a country: always its label
    country: str | None = None
    #: how many documents name it
    documents: int = 0

    @property
    def alt_labels(self) -> list[str]:
        """Return the other surface forms, sorted."""
        return sorted(n for n in set(self.names) | self.aliases if n != self.label)


@dataclass(frozen=True)
class LocalEntity:
    """One entity of one document, as consolidation found it, ready to merge into a corpus.

    Attributes:
        key: the entity's identity across the corpus: its top class and its
            name's spelling key (or normalised name), so that every document
            computes the same key for the same entity on its own.
        cls: the class its mentions' evidence supports.
        names: each surface form and how often it was used.
        aliases: fuller forms that are never the label ("Sen. Bob Dole").
        country: the country's own name, when the entity is a country.
        mentions: how many mentions it has (its weight in the class vote).
        sentence: the sentence of its first mention (shown on the graph page).
    """

    key: str
    cls: str
    names: tuple[tuple[str, int], ...]
    aliases: tuple[str, ...] = ()
    country: str | None = None
    mentions: int = 1
    sentence: str = ""


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


@dataclass(frozen=True)
class DocumentRecord:
    """The entities and facts of one document.

    Attributes:
        name: the document's name.
        entities: its entities, with the corpus keys they merge under; a
            long document read in pieces has one list entry per entity and piece.
        readings: each fact with one piece of evidence, in reading order,
            without repeats.
    """

    name: str
    entities: tuple[LocalEntity, ...]
    readings: tuple[tuple[CorpusFact, Evidence], ...]
