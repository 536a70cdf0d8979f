"""Compatriots: two people a clause says are of one country share its nationality.

"Hewitt beat fellow Australian Wayne Arthurs" makes Hewitt Australian too;
"Pratt will next face compatriot Alicia Molik" makes Molik whatever the
article says Pratt is.
"""

from spacy.tokens import Token

from ..mentions import Mention

#: the words that say two people share a country
_SHARING = {"fellow", "compatriot", "countryman", "countrywoman"}


class CompatriotRules:
    """Nationality shared between compatriots; mixed into the extraction state."""

    def compatriots(self) -> None:
        """Give each of two compatriots the nationality the article gives the other."""
        for token in self.doc:
            if token.lower_ not in _SHARING:
                continue
            named = self.compatriot_named(token)
            other = self.clause_subject(named) if named is not None else None
            if other is None or _same(other, named):
                continue
            for one, two in ((named, other), (other, named)):
                for country in self.nationalities(one):
                    self.add(two, "nationality", country, "compatriot", token)

    def compatriot_named(self, word: Token) -> Mention | None:
        """Return the person "fellow American X" or "compatriot X" names."""
        after = word.i + 1
        if after < len(self.doc) and self.doc[after].lower_ in self.lexicon.demonyms:
            after += 1  # "fellow American Wayne Arthurs"
        person = self.resolver.mention_at(self.doc[after]) if after < len(self.doc) else None
        if person is None or person.start != after or self.ontology.top(person.cls) != "Person":
            return None
        return person

    def clause_subject(self, person: Mention) -> Mention | None:
        """Return the person who is the subject of the verb a name hangs on."""
        verb = next(
            (t for t in self.doc[person.end - 1].ancestors if t.pos_ in ("VERB", "AUX")), None
        )
        if verb is None:
            return None
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found = self.resolver.resolve(child, frozenset({"Person"}))
                if found is not None and found is not person:
                    return found
        return None

    def nationalities(self, person: Mention) -> list[Mention]:
        """Return the countries the article's facts so far give a person's entity."""
        return [
            f.object for f in self.facts if f.property == "nationality" and _same(f.subject, person)
        ]


def _same(one: Mention, two: Mention) -> bool:
    """Tell whether two mentions are of one entity of the document."""
    return one is two or (bool(one.key) and one.key == two.key)
