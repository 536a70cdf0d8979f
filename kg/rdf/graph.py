"""The corpus as RDF: entity IRIs, the triples of entities and facts, an rdflib graph.

Every entity gets one IRI under the base (``kg.rdf.iris``), or the IRI of
the reference entity it was linked to; its class, its label and other
names, and every kept fact between entities become triples of the kg
ontology. ``kg.rdf.write`` streams the same triples to files.
"""

from collections.abc import Iterator

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from ..corpus.corpus import Corpus
from ..errors import KGError
from ..knowledge.ontology import load_ontology
from ..knowledge.vocab import KG
from ..model import CorpusFact
from .iris import DEFAULT_BASE, check_base, mint
from .ntriples import nt_term


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
    """Yield the triples of the entities and facts, sorted as their N-Triples lines sort.

    Each entity's triples come together (its class, names, links and the
    facts it is the subject of), so that Turtle groups them under it.
    ``iris`` are the entity IRIs, when the caller has already minted them.
    """
    iris = iris or entity_iris(corpus, base)
    facts_of: dict[str, list[CorpusFact]] = {}
    for fact in corpus.facts:
        facts_of.setdefault(fact.subject, []).append(fact)
    for key in sorted(corpus.entities, key=lambda k: iris[k]):
        entity, iri = corpus.entities[key], iris[key]
        triples = [(iri, RDF.type, KG[entity.cls]), (iri, RDFS.label, Literal(entity.label))]
        triples += [(iri, SKOS.altLabel, Literal(name)) for name in entity.alt_labels]
        triples += [(iri, OWL.sameAs, URIRef(other)) for other in entity.same_as]
        triples += [(iri, KG[f.property], fact_object(f, iris)) for f in facts_of.get(key, [])]
        yield from sorted(triples, key=lambda t: (nt_term(t[1]), nt_term(t[2])))


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
