"""Merging the documents' entities into the corpus' entities.

Across documents, entities with the same top class and the same canonical
name, or spellings of it, are one: each document's entities carry a key
computed from their name alone (``kg.extract.names.entity_key``), and the
corpus merges by key. The class is voted over all mentions, and the label is
the fullest form seen.

Once every document is in, one name is one kind of thing (``settle_kinds``):
the tagger reads a firm as a person in one article out of twenty, and that
article's entity joins the firm the rest of the corpus reads.
"""

from collections import defaultdict

from ..extract.entities import choose_label, local_entities
from ..extract.mentions import Mention
from ..extract.names import normalise
from ..knowledge.lexicon import Lexicon
from ..knowledge.ontology import Ontology
from ..model import Entity, LocalEntity


class EntityIndex:
    """The entities of a corpus, growing document by document.

    Merging is by key alone, so it costs the same whatever the size of the
    corpus, and its result does not depend on the order of the documents
    but for ties in the class vote.
    """

    def __init__(self, lexicon: Lexicon, ontology: Ontology):
        self.lexicon = lexicon
        self.ontology = ontology
        self.entities: dict[str, Entity] = {}

    def add(self, local: LocalEntity) -> Entity:
        """Merge one document's entity into the corpus' entity with its key."""
        entity = self.entities.get(local.key)
        if entity is None:
            entity = self.entities[local.key] = Entity(local.key, local.cls, "")
        entity.names.update(dict(local.names))
        entity.aliases.update(local.aliases)
        entity.country = entity.country or local.country
        entity.votes[local.cls] += local.mentions
        entity.documents += 1
        entity.cls = max(sorted(entity.votes), key=lambda c: (entity.votes[c], len(c)))
        entity.label = choose_label(entity.names, entity.country)
        return entity

    def add_document(self, mentions: list[Mention], tokens: list[str]) -> dict[Mention, Entity]:
        """Consolidate one document's mentions into the corpus' entities.

        Returns:
            The entity of each mention.
        """
        assigned = {}
        for local, group in local_entities(mentions, tokens, self.lexicon, self.ontology):
            entity = self.add(local)
            for m in group:
                assigned[m] = entity
        return assigned


#: how many times more documents must read a name as one kind than as a person
#: for the corpus to settle that it is no person's
SETTLING_RATIO = 3
#: and how many documents at least
SETTLING_DOCUMENTS = 3


def settle_kinds(
    entities: dict[str, Entity], ontology: Ontology, given_names: frozenset[str]
) -> dict[str, str]:
    """Merge a name's person entity into the other kind most documents read it as.

    The tagger reads a firm, a club or a town as a person now and then
    (*Boeing*, *Chelsea*), but seldom in many documents: a name that at
    least ``SETTLING_RATIO`` times more documents read as an organization,
    a place or a work than as a person is not a person's, and its person
    entity joins the most read of them; its facts then stand only if they
    fit that kind. A full name with a given name (``given_names``, the
    lexicon's) stays a person: firms named after people ("Guy Mansfield
    QC") are read as firms more often than their namesakes are named.
    The other way round is not settled, as a band or a club named like a
    person ("Franz Ferdinand", "Crystal Palace") is as common as a person
    read as a firm. ``entities`` is changed in place.

    Returns:
        The key each merged-away entity now goes by.
    """
    by_name: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities.values():
        by_name[normalise(entity.label)].append(entity)
    renamed: dict[str, str] = {}
    for group in by_name.values():
        people = [e for e in group if ontology.top(e.cls) == "Person"]
        others = [e for e in group if ontology.top(e.cls) != "Person"]
        if len(people) != 1 or not others:
            continue
        person = people[0]
        words = person.label.split()
        if len(words) > 1 and words[0] in given_names:
            continue
        main = max(others, key=lambda e: (e.documents, e.key))
        if (
            main.documents >= SETTLING_DOCUMENTS
            and main.documents >= SETTLING_RATIO * person.documents
        ):
            absorb(main, person)
            renamed[person.key] = main.key
            del entities[person.key]
    return renamed


def absorb(into: Entity, entity: Entity) -> None:
    """Merge ``entity``'s names, votes and documents into ``into``, which keeps its label."""
    into.names.update(entity.names)
    into.aliases |= entity.aliases
    into.votes.update(entity.votes)
    into.documents += entity.documents
