"""Facts between places: one place lies within another.

"Baikonur, Kazakhstan", "Ceará, in north-eastern Brazil", "the Norfolk
village of Happisburgh".
"""

from ...knowledge.places import load_places
from ..mentions import Mention

_DIRECTIONS = {"north", "south", "east", "west", "centre", "center", "heart", "outskirts"}


class PlaceRules:
    """Rules for places within places; mixed into the extraction state."""

    def place_pairs(self) -> None:
        """Read "Baikonur, Kazakhstan" and "Guilderland, Albany County, New York" as locatedIn.

        Places joined by commas name each a place within the next, when they
        end in a larger one: a pair, or a chain whose only country is its
        last. "Paris, London and Berlin" is a list, and so is a run of two
        countries.
        """
        places = [m for m in self.mentions if self.ontology.top(m.cls) == "Place"]
        starts = {m.start: m for m in places}
        seen: set[int] = set()
        for first in places:
            if first.start in seen:
                continue
            chain = [first]
            while chain[-1].end < len(self.doc) and self.doc[chain[-1].end].text == ",":
                following = starts.get(chain[-1].end + 1)
                if following is None:
                    break
                chain.append(following)
            seen.update(m.start for m in chain)
            if len(chain) < 2 or self.listed(chain):
                continue
            for i, inner in enumerate(chain[:-1]):
                for outer in chain[i + 1 :]:
                    if self.town(inner) and self.town(outer):
                        continue  # "Plymouth, Liverpool": two towns are side by side
                    comma = self.doc[inner.end]
                    self.add(inner, "locatedIn", outer, "place-comma-place", comma)
                # "Portland, Ore.": the pair is also how the text names the city
                following = chain[i + 1]
                inner.aliases.append(" ".join(self.doc[inner.start : following.end].text.split()))
        for inner in places:
            self.place_comma_in(inner)
        self.settlement_of()
        self.place_descriptions()

    def town(self, place: Mention) -> bool:
        """Tell whether a place is a city or town, by its class or by its name."""
        known = load_places().get(place.name)
        return place.cls == "City" or any(p.cls == "City" for p in known)

    def listed(self, chain: list[Mention]) -> bool:
        """Tell whether comma-joined places are a list rather than places within places."""
        last = chain[-1]
        after = self.doc[last.end] if last.end < len(self.doc) else None
        before = self.doc[chain[0].start - 1] if chain[0].start > 0 else None
        if after is not None and after.lower_ in ("and", "or", "&"):
            return True  # "Paris, London and Berlin"
        if before is not None and before.text == ",":
            return True  # the tail of a longer list
        return any(m.cls == "Country" for m in chain[:-1])

    def place_descriptions(self) -> None:
        """Read "Westmere is a hamlet in Guilderland" and "Mola, a town in Apulia"."""
        for mention in self.mentions:
            if self.ontology.top(mention.cls) != "Place":
                continue
            root = self.doc[mention.end - 1]
            for noun in self.appositives(root) + self.copular_nouns(root):
                if self.ontology.top(self.noun_class(noun) or "") != "Place":
                    continue
                for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        outer = self.resolver.resolve(pobj, frozenset({"Place"}))
                        if outer is not None and outer is not mention:
                            self.add(mention, "locatedIn", outer, "place-described", prep)

    def place_comma_in(self, inner: Mention) -> None:
        """Read "Ceará, in north-eastern Brazil" and "Coyoacán, in the south of the capital"."""
        tokens = self.doc[inner.end : inner.end + 2]
        if inner.cls == "Country" or len(tokens) < 2:
            return
        if tokens[0].text != "," or tokens[1].lower_ != "in":
            return
        for pobj in (c for c in tokens[1].children if c.dep_ == "pobj"):
            target = pobj
            if pobj.lower_ in _DIRECTIONS:  # "the south of X"
                of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                target = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            outer = self.resolver.resolve(target, frozenset({"Place"})) if target else None
            if outer is not None and outer is not inner:
                self.add(inner, "locatedIn", outer, "place-comma-in", tokens[1])

    def settlement_of(self) -> None:
        """Read "the Norfolk village of Happisburgh", "the Canadian province of Alberta".

        A place noun (village, city, province …) with "of" and a place names
        that place; a place or a demonym before the noun names where it lies.
        """
        for noun in self.tokens:
            cls = self.lexicon.class_nouns.get(noun.lemma_.lower())
            # "the Kunene Province of Angola" is a name, and lies in what follows it
            if cls is None or self.ontology.top(cls) != "Place" or not noun.is_lower:
                continue
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = next(
                (
                    self.resolver.mention_at(c)
                    for c in (of.children if of else [])
                    if c.dep_ == "pobj"
                ),
                None,
            )
            if place is None or self.ontology.top(place.cls) != "Place":
                continue
            for modifier in noun.children:
                region = self.resolver.mention_at(modifier)
                if modifier.dep_ == "compound" and region is not None and cls == "City":
                    if region is not place and self.ontology.top(region.cls) == "Place":
                        self.add(place, "locatedIn", region, "settlement-of", noun)
                elif modifier.dep_ == "amod" and modifier.lower_ in self.lexicon.demonyms:
                    if place.cls != "Country":
                        country = self.country(modifier, self.lexicon.demonyms[modifier.lower_])
                        self.add(place, "locatedIn", country, "settlement-of", noun)
