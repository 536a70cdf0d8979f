"""The ontology as kg uses it: classes, their hierarchy, and what each property links.

Everything here is read from ``ontology/kg.ttl``: add a subclass or change a
property's domain there, and extraction and validation follow.
"""

from dataclasses import dataclass
from functools import cache, cached_property

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection

from ..errors import LexiconError
from ..resources import ontology_file
from .vocab import KG

#: The top classes every entity falls under.
TOP_CLASSES = ("Person", "Organization", "Place", "CreativeWork", "Event")


@dataclass(frozen=True)
class Ontology:
    """The parts of the ontology that extraction needs, by local name.

    Attributes:
        parents: each class's direct superclass (top classes map to None).
        domains: each property's acceptable subject classes.
        ranges: each object property's acceptable object classes.
        literal_properties: properties whose values are strings.
    """

    graph: Graph
    parents: dict[str, str | None]
    domains: dict[str, frozenset[str]]
    ranges: dict[str, frozenset[str]]
    literal_properties: frozenset[str]

    def ancestors(self, cls: str) -> tuple[str, ...]:
        """Return ``cls`` and its superclasses, most specific first."""
        found = self._lineages.get(cls)
        return found if found is not None else self._lineage(cls)

    @cached_property  # asked for many times per mention
    def _lineages(self) -> dict[str, tuple[str, ...]]:
        return {cls: self._lineage(cls) for cls in self.parents}

    def _lineage(self, cls: str) -> tuple[str, ...]:
        chain: list[str] = []
        while cls is not None and cls not in chain:
            chain.append(cls)
            cls = self.parents.get(cls)
        return tuple(chain)

    def top(self, cls: str) -> str:
        """Return the top class (Person, Organization, …) that ``cls`` falls under."""
        return self.ancestors(cls)[-1]

    def is_a(self, cls: str, ancestor: str) -> bool:
        """Tell whether ``cls`` is ``ancestor`` or one of its subclasses."""
        return ancestor in self.ancestors(cls)

    def fits(self, cls: str, allowed: frozenset[str]) -> bool:
        """Tell whether ``cls`` falls under one of the ``allowed`` classes."""
        return any(a in allowed for a in self.ancestors(cls))

    def more_specific(self, a: str, b: str) -> str:
        """Return whichever of two classes on one line of descent is deeper."""
        return a if self.is_a(a, b) else b

    @property
    def properties(self) -> frozenset[str]:
        """Return the local names of all fact properties."""
        return frozenset(self.domains)


def _local(iri: URIRef) -> str:
    return str(iri).removeprefix(str(KG._NS))


def _members(graph: Graph, cls: URIRef) -> frozenset[str]:
    """Expand an ``owl:unionOf`` class into its members' local names."""
    union = graph.value(cls, OWL.unionOf)
    if union is None:
        return frozenset({_local(cls)})
    return frozenset(_local(m) for m in Collection(graph, union))


@cache
def load_ontology() -> Ontology:
    """Read ``kg.ttl`` once and return its classes and property signatures."""
    path = ontology_file()
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types on bad Turtle
        raise LexiconError(f"{path}: not valid Turtle ({exc})") from exc
    ns = str(KG._NS)
    parents: dict[str, str | None] = {}
    for cls in graph.subjects(RDF.type, OWL.Class):
        if not str(cls).startswith(ns) or (cls, OWL.unionOf, None) in graph:
            continue
        parent = next(
            (p for p in graph.objects(cls, RDFS.subClassOf) if str(p).startswith(ns)), None
        )
        parents[_local(cls)] = _local(parent) if parent is not None else None
    domains, ranges, literal = {}, {}, set()
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in graph.subjects(RDF.type, kind):
            if not str(prop).startswith(ns):
                continue
            name = _local(prop)
            domains[name] = _members(graph, graph.value(prop, RDFS.domain))
            if kind == OWL.DatatypeProperty:
                literal.add(name)
            else:
                ranges[name] = _members(graph, graph.value(prop, RDFS.range))
    for top in TOP_CLASSES:
        if parents.get(top, "missing") is not None:
            raise LexiconError(f"{path}: top class kg:{top} is missing or has a superclass")
    return Ontology(graph, parents, domains, ranges, frozenset(literal))
