"""Provenance: where each fact was read, and the build that read it, in PROV-O.

The facts of ``graph.ttl`` stay direct triples. Each distinct fact is also
described by an ``rdf:Statement`` (standard RDF reification: every triple
store loads it, unlike RDF 1.2 triple terms) with

- ``kg:confidence``: the fact's confidence;
- ``prov:wasDerivedFrom``: each document it was read in;
- ``prov:wasGeneratedBy``: the build;
- ``kg:evidence``: one ``prov:Entity`` per reading, with the document,
  the sentence (``kg:sentence``), its character offsets in the document's
  text (``kg:startOffset``, ``kg:endOffset``), the rule and its confidence.

The build is a ``prov:Activity`` that used the documents and the spaCy
pipeline, was associated with kg (a ``prov:SoftwareAgent``), and has its
start and end times. The times are the only part of a build's output that
changes from one run to the next; set ``SOURCE_DATE_EPOCH`` to fix them.
"""

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from ..corpus.corpus import Corpus
from ..knowledge.vocab import KG
from ..model import CorpusFact, Evidence
from .graph import entity_iris, fact_object


@dataclass(frozen=True)
class Build:
    """What is recorded of one build: the tool, the pipeline and the times."""

    version: str
    pipeline: str
    started: datetime
    ended: datetime


def build_time() -> datetime:
    """Return now, or the time ``SOURCE_DATE_EPOCH`` names, for reproducible output."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC).replace(microsecond=0)


def decimal(value: float) -> Literal:
    """Return a confidence as an ``xsd:decimal`` in canonical form ("0.9", "1.0")."""
    text = f"{value:.4f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def document_iri(base: str, name: str) -> URIRef:
    """Return the IRI that stands for an input document."""
    return URIRef(f"{base}document/{quote(name, safe='_-.~/')}")


def statement_iri(base: str, fact: CorpusFact) -> URIRef:
    """Return the IRI of the reified statement of a fact (stable for the same fact)."""
    return URIRef(f"{base}statement/{_digest(fact.subject, fact.property, fact.object)}")


def provenance_triples(
    corpus: Corpus,
    base: str,
    build: Build,
    iris: dict[str, URIRef] | None = None,
    readings: Iterable[tuple[CorpusFact, Evidence]] | None = None,
    max_evidence: int | None = None,
) -> Iterator[tuple[Node, ...]]:
    """Yield the provenance triples of a corpus, in a deterministic order.

    The build and the documents come first, then one statement per kept
    fact, then the evidence in reading order (each reading is numbered
    within its fact), so the evidence can stream from disk.

    Args:
        corpus: the finished corpus.
        base: the namespace of the IRIs.
        build: what to record of the build.
        iris: the entity IRIs, when the caller has already minted them.
        readings: the kept facts' evidence in reading order (default:
            ``corpus.kept()``).
        max_evidence: record at most this many readings per fact, but
            every document it was read in (for a page that shows a few
            sentences; the files record them all).
    """
    iris = iris or entity_iris(corpus, base)
    activity = URIRef(f"{base}build/{_digest(*corpus.documents, build.pipeline, build.version)}")
    agent = URIRef(f"{base}software/kg-{quote(build.version)}")
    yield activity, RDF.type, PROV.Activity
    yield activity, RDFS.label, Literal(f"kg build of {len(corpus.documents)} document(s)")
    yield activity, PROV.startedAtTime, Literal(build.started.isoformat(), datatype=XSD.dateTime)
    yield activity, PROV.endedAtTime, Literal(build.ended.isoformat(), datatype=XSD.dateTime)
    yield activity, PROV.wasAssociatedWith, agent
    yield activity, KG.pipeline, Literal(build.pipeline)
    yield agent, RDF.type, PROV.SoftwareAgent
    yield agent, RDFS.label, Literal(f"kg {build.version}")
    for name in corpus.documents:
        document = document_iri(base, name)
        yield activity, PROV.used, document
        yield document, RDF.type, PROV.Entity
        yield document, DCTERMS.source, Literal(name)
    statements = {}
    for fact in sorted(corpus.facts, key=lambda f: (f.subject, f.property, f.object)):
        statement = statements[fact] = statement_iri(base, fact)
        yield statement, RDF.type, RDF.Statement
        yield statement, RDF.subject, iris[fact.subject]
        yield statement, RDF.predicate, KG[fact.property]
        yield statement, RDF.object, fact_object(fact, iris)
        yield statement, KG.confidence, decimal(corpus.confidence(fact))
        yield statement, PROV.wasGeneratedBy, activity
    # a fact's readings in one document come together: its last document is enough
    counts: dict[CorpusFact, int] = {}
    last_document: dict[CorpusFact, str] = {}
    for fact, evidence in corpus.kept() if readings is None else readings:
        number = counts[fact] = counts.get(fact, 0) + 1
        statement, document = statements[fact], document_iri(base, evidence.document)
        if last_document.get(fact) != evidence.document:
            last_document[fact] = evidence.document
            yield statement, PROV.wasDerivedFrom, document
        # every document of a fact is named, though only some of its readings are kept
        if max_evidence is not None and number > max_evidence:
            continue
        node = URIRef(f"{statement}/evidence/{number}")
        yield statement, KG.evidence, node
        yield node, RDF.type, PROV.Entity
        yield node, PROV.wasDerivedFrom, document
        yield node, KG.sentence, Literal(evidence.sentence)
        yield node, KG.startOffset, Literal(evidence.start, datatype=XSD.nonNegativeInteger)
        yield node, KG.endOffset, Literal(evidence.end, datatype=XSD.nonNegativeInteger)
        yield node, KG.rule, Literal(evidence.rule)
        yield node, KG.confidence, decimal(evidence.confidence)
