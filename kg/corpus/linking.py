"""Linking entities to a user's reference entities (``kg build --entities known.ttl``).

A reference file is RDF (Turtle, or any syntax rdflib reads) that describes
known entities: an IRI, a class (a kg class, or a class the ontology declares
equivalent, such as ``schema:Person``), a ``skos:prefLabel`` (or
``rdfs:label``), any number of ``skos:altLabel``, and optionally
``owl:sameAs`` links (to Wikidata, say). An extracted entity links to a
known one of the same top class when one of its names equals one of the
known names, or is a spelling of it ("Yulia Peressild" for "Yulia Peresild"),
or is a surname that ends exactly one known full name. A linked entity takes
the known IRI, canonical name and class, keeps its own names as other names,
and carries the ``owl:sameAs`` links; extracted entities that link to one
known entity become one.
"""

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import OWL, RDF, RDFS, URIRef
from rdflib.namespace import SKOS

from ..errors import InputError
from ..extract.names import normalise, spelling_key, spelling_variants_allowed
from ..knowledge.ontology import Ontology
from ..knowledge.vocab import KG
from ..model import Entity
from ..read.rdf_files import read_graph
from .consolidate import absorb


@dataclass
class KnownEntity:
    """An entity of the user's reference file."""

    iri: str
    label: str
    classes: list[str]  # its kg classes: maybe several (a Place and an Organization)
    names: set[str] = field(default_factory=set)  # every label, as written
    same_as: list[str] = field(default_factory=list)


def load_known(path: Path, ontology: Ontology) -> list[KnownEntity]:
    """Read the known entities of a reference file.

    Raises:
        InputError: the file cannot be read or parsed, or names no entity.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file of known entities")
    graph = read_graph([path])
    classes = _class_names(ontology)
    known = []
    subjects = set(graph.subjects(SKOS.prefLabel)) | set(graph.subjects(RDFS.label))
    for node in sorted(s for s in subjects if isinstance(s, URIRef)):
        label = graph.value(node, SKOS.prefLabel) or graph.value(node, RDFS.label)
        names = {str(label)} | {str(n) for n in graph.objects(node, SKOS.altLabel)}
        found = sorted({classes[t] for t in graph.objects(node, RDF.type) if t in classes})
        same_as = sorted(str(o) for o in graph.objects(node, OWL.sameAs))
        known.append(KnownEntity(str(node), str(label), found, names, same_as))
    if not known:
        raise InputError(f"{path}: no entity with a skos:prefLabel or rdfs:label")
    return known


def _class_names(ontology: Ontology) -> dict[URIRef, str]:
    """Map kg's class IRIs, and the IRIs declared equivalent to them, to kg class names."""
    names = {}
    for cls in ontology.parents:
        names[KG[cls]] = cls
        for other in ontology.graph.objects(KG[cls], OWL.equivalentClass):
            names.setdefault(other, cls)
    return names


class Linker:
    """Finds the known entity an extracted entity names, if exactly one fits."""

    def __init__(self, known: list[KnownEntity], ontology: Ontology):
        self.ontology = ontology
        self.by_name: dict[str, list[KnownEntity]] = {}
        self.by_spelling: dict[str, list[KnownEntity]] = {}
        self.by_surname: dict[str, list[KnownEntity]] = {}
        for entity in known:
            for name in sorted(entity.names):
                self._index(self.by_name, normalise(name), entity)
                self._index(self.by_spelling, spelling_key(name), entity)
                if len(name.split()) > 1:
                    self._index(self.by_surname, normalise(name.split()[-1]), entity)

    @staticmethod
    def _index(index: dict, key: str, entity: KnownEntity) -> None:
        if entity not in index.setdefault(key, []):
            index[key].append(entity)

    def link(self, entity: Entity) -> KnownEntity | None:
        """Return the known entity ``entity`` names: by name, then spelling, then surname."""
        top = self.ontology.top(entity.cls)
        names = sorted(set(entity.names) | entity.aliases | {entity.label})

        def fitting(candidates):
            found = []
            for candidate in candidates:
                if candidate not in found and (
                    not candidate.classes
                    or top in {self.ontology.top(c) for c in candidate.classes}
                ):
                    found.append(candidate)
            return found

        exact = fitting(k for n in names for k in self.by_name.get(normalise(n), []))
        if exact:
            return exact[0] if len(exact) == 1 else None
        spelled = fitting(
            k
            for n in names
            if spelling_variants_allowed(n, top)
            for k in self.by_spelling.get(spelling_key(n), [])
        )
        if spelled:
            return spelled[0] if len(spelled) == 1 else None
        if top == "Person" and len(entity.label.split()) == 1:
            by_surname = fitting(self.by_surname.get(normalise(entity.label), []))
            if len(by_surname) == 1:
                return by_surname[0]
        return None


def _class_for(target: KnownEntity, extracted: str, ontology: Ontology) -> str:
    """Return the known class under the extracted entity's top class, most specific first."""
    top = ontology.top(extracted)
    fitting = [c for c in target.classes if ontology.top(c) == top]
    if not fitting:
        return extracted
    return max(fitting, key=lambda c: (len(ontology.ancestors(c)), c))


def link_entities(
    entities: dict[str, Entity], known: list[KnownEntity], ontology: Ontology
) -> dict[str, str]:
    """Link extracted entities to known ones, merging those that link to one.

    ``entities`` is changed in place: a linked entity takes the known IRI,
    label and class, and the extracted entities linked to one known entity
    are merged into the first of them (by key).

    Returns:
        The key each merged-away entity now goes by.
    """
    linker = Linker(known, ontology)
    first_of: dict[str, str] = {}
    renamed: dict[str, str] = {}
    for key in sorted(entities):
        entity = entities[key]
        target = linker.link(entity)
        if target is None:
            continue
        if target.iri in first_of:
            into = entities[first_of[target.iri]]
            absorb(into, entity)
            renamed[key] = into.key
            del entities[key]
            continue
        first_of[target.iri] = key
        entity.aliases |= set(entity.names) | target.names
        entity.label = target.label
        entity.cls = _class_for(target, entity.cls, ontology)
        entity.iri = target.iri
        entity.same_as = list(target.same_as)
    return renamed
