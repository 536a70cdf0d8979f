"""Facts between places: one place lies within another.

"Baikonur, Kazakhstan", "Ceará, in north-eastern Brazil", "the Norfolk
village of Happisburgh".
"""

from ..mentions import Mention

_DIRECTIONS = {"north", "south", "east", "west", "centre", "center", "heart", "outskirts"}


class PlaceRules:
    """Rules for places within places; mixed into the extraction state."""

    def place_pairs(self) -> None:
        """Read "Baikonur, Kazakhstan" (a place, a comma, a larger place) as locatedIn."""
        places = [m for m in self.mentions if self.ontology.top(m.cls) == "Place"]
        starts = {m.start: m for m in places}
        ends = {m.end: m for m in places}
        for inner in places:
            comma = inner.end
            outer = starts.get(comma + 1)
            if outer is None or self.doc[comma].text != ",":
                continue
            after = self.doc[outer.end] if outer.end < len(self.doc) else None
            if after is not None and (
                after.lower_ in ("and", "or") or (after.text == "," and outer.end + 1 in starts)
            ):
                continue  # a list of places, not a place and its region
            before = self.doc[inner.start - 1] if inner.start > 0 else None
            if before is not None and before.text == "," and inner.start - 1 in ends:
                continue
            if inner.cls == "Country":
                continue
            self.add(inner, "locatedIn", outer, "place-comma-place", self.doc[comma])
            # "Portland, Ore.": the pair is also how the text names the city
            inner.aliases.append(" ".join(self.doc[inner.start : outer.end].text.split()))
        for inner in places:
            self.place_comma_in(inner)
        self.settlement_of()

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
        """Read "the Norfolk village of Happisburgh": the named settlement lies in the region."""
        for noun in self.tokens:
            if self.lexicon.class_nouns.get(noun.lemma_.lower()) != "City":
                continue
            region = next(
                (
                    self.resolver.mention_at(c)
                    for c in noun.children
                    if c.dep_ == "compound" and self.resolver.mention_at(c) is not None
                ),
                None,
            )
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = next(
                (
                    self.resolver.mention_at(c)
                    for c in (of.children if of else [])
                    if c.dep_ == "pobj"
                ),
                None,
            )
            if region is not None and place is not None and region is not place:
                tops = {self.ontology.top(region.cls), self.ontology.top(place.cls)}
                if tops == {"Place"}:
                    self.add(place, "locatedIn", region, "settlement-of", noun)
