"""Merging the documents' entities into the corpus' entities.

Across documents, entities with the same top class and the same canonical
name, or spellings of it, are one: each document's entities carry a key
computed from their name alone (``kg.extract.names.entity_key``), and the
corpus merges by key. The class is voted over all mentions, and the label is
the fullest form seen.
"""

from ..extract.entities import choose_label, local_entities
from ..extract.mentions import Mention
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
