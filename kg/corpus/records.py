"""What one document yields, as plain data: its entities and its facts with their evidence.

Reading a corpus is a map and a reduce. The map reads one document with
the spaCy pipeline and consolidates its mentions into entities
(``read_documents``); its result, a ``DocumentRecord``, depends on that
document alone, so any process or machine can make it. The reduce
(``kg.corpus.corpus.Corpus.add``) merges records into the corpus by entity key.

A record is plain data that pickles (to and from worker processes) and
round-trips through one line of JSON (``to_json``/``from_json``), the form
in which a build keeps its records on disk (see ``kg.corpus.shards``).
"""

import json
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..extract.entities import local_entities
from ..knowledge.lexicon import load_lexicon
from ..knowledge.ontology import load_ontology
from ..model import CorpusFact, DocumentRecord, Evidence, LocalEntity
from ..read.text import Document, chunks


def read_documents(nlp: Language, documents: Iterable[Document]) -> list[DocumentRecord]:
    """Read documents with a pipeline made by ``kg.load_pipeline``, one record each.

    Long documents are read in pieces (``kg.read.text.chunks``); offsets stay
    the document's. The spaCy strings the documents add are freed afterwards
    (see ``Reader``, which frees them less often, for a stream of batches).
    """
    reader = Reader(nlp)
    try:
        return reader.read(documents)
    finally:
        reader.close()


#: documents read in one spaCy memory zone: its strings, lexemes and cached
#: tokenisations are kept that long, then freed
ZONE_DOCUMENTS = 1000


class Reader:
    """Reads batches of documents into records with one pipeline, in bounded memory.

    spaCy keeps every string, lexeme and tokenisation it meets, so a process
    that reads a large corpus grows without end; a memory zone frees them.
    A zone per batch would make spaCy meet every rare word anew in each
    batch, so a zone spans ``ZONE_DOCUMENTS`` documents.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._zone: ExitStack | None = None
        self._documents = 0

    def read(self, documents: Iterable[Document]) -> list[DocumentRecord]:
        """Return the record of each document, in order."""
        documents = list(documents)
        if self._zone is None:
            self._zone = ExitStack()
            self._zone.enter_context(self.nlp.memory_zone())
        pieces = [(text, (d, offset)) for d in documents for offset, text in chunks(d.text)]
        found: dict[str, tuple[list, list]] = {d.name: ([], []) for d in documents}
        for doc, (document, offset) in self.nlp.pipe(pieces, as_tuples=True, batch_size=16):
            entities, readings = found[document.name]
            _read_piece(doc, document.name, offset, entities, readings)
        self._documents += len(documents)
        if self._documents >= ZONE_DOCUMENTS:
            self.close()
        return [
            DocumentRecord(d.name, tuple(found[d.name][0]), tuple(dict.fromkeys(found[d.name][1])))
            for d in documents
        ]

    def close(self) -> None:
        """Free what spaCy allocated since the zone began (no parsed ``Doc`` may be used after)."""
        if self._zone is not None:
            self._zone.close()
        self._zone, self._documents = None, 0


def _read_piece(doc: Doc, name: str, offset: int, entities: list, readings: list) -> None:
    """Add the entities and facts the kg components put on one parsed piece."""
    lexicon = load_lexicon()
    grouped = local_entities(doc._.kg_mentions, [t.text for t in doc], lexicon, load_ontology())
    for local, group in grouped:
        first = doc[min(m.start for m in group)].sent
        entities.append(replace(local, sentence=first.text.strip()))
    for fact in doc._.kg_facts:
        if isinstance(fact.object, str):
            found = CorpusFact(fact.subject.key, fact.property, fact.object, literal=True)
        else:
            found = CorpusFact(fact.subject.key, fact.property, fact.object.key)
        sentence = doc[fact.token].sent
        text = sentence.text.strip()
        start = offset + sentence.start_char + len(sentence.text) - len(sentence.text.lstrip())
        confidence = fact.confidence
        if confidence is None:
            confidence = lexicon.confidence(fact.rule)
        readings.append(
            (found, Evidence(name, text, start, start + len(text), fact.rule, confidence))
        )


def to_json(record: DocumentRecord) -> str:
    """Return a record as one line of JSON."""
    return json.dumps(
        {
            "name": record.name,
            "entities": [
                [e.key, e.cls, e.names, e.aliases, e.country, e.mentions, e.sentence]
                for e in record.entities
            ],
            "readings": [
                [f.subject, f.property, f.object, f.literal, e.sentence, e.start, e.end, e.rule,
                 e.confidence]
                for f, e in record.readings
            ],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )  # fmt: skip


def from_json(line: str) -> DocumentRecord:
    """Return the record of a line written by ``to_json``."""
    data = json.loads(line)
    name = data["name"]
    # records written before entities kept their first sentence have six fields
    entities = tuple(
        LocalEntity(key, cls, tuple((n, c) for n, c in names), tuple(aliases), *rest)
        for key, cls, names, aliases, *rest in data["entities"]
    )
    readings = tuple(
        (CorpusFact(s, p, o, literal), Evidence(name, sentence, start, end, rule, confidence))
        for s, p, o, literal, sentence, start, end, rule, confidence in data["readings"]
    )
    return DocumentRecord(name, entities, readings)
