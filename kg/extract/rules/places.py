"""Where things are: one place within another, an organization's seat.

"Baikonur, Kazakhstan", "Ceará, in north-eastern Brazil", "the Norfolk
village of Happisburgh", "Kassala in eastern Sudan", "the E3 exhibition in
Los Angeles", "Siemens, a firm in Munich", "Bristol-based".
"""

from spacy.tokens import Token

from ...knowledge.places import load_places
from ..mentions import Mention

#: properties whose place a comma chain widens ("in Edmonton, Alberta"); an
#: organization's seat stays the town named, as annotators of news read it
_CHAINED = ("locatedIn",)
#: the rules whose facts make a chain of places: "Edmonton, Alberta", "Kassala in Sudan",
#: "Ceara, in Brazil"
_LINKS = ("place-comma-place", "place-in-place", "place-comma-in")
#: a city this large is meant by its name even where a region shares it (Berlin, Tokyo)
_BIG_CITY = 1_000_000
_DIRECTIONS = {"north", "south", "east", "west", "centre", "center", "heart", "outskirts", "part"}


#: words before a home that say it is no longer, or not yet, where its owner lives
_FORMER_HOME = {"former", "old", "childhood", "future", "second", "holiday"}


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
                # "Barcelona, northeastern Spain": the words of a part lead on
                after = chain[-1].end + 1
                following = starts.get(after) or starts.get(self.past_parts(after))
                if following is None or self.placed_apart(following):
                    break
                chain.append(following)
            seen.update(m.start for m in chain)
            if len(chain) < 2 or self.listed(chain):
                continue
            for i, inner in enumerate(chain[:-1]):
                for outer in chain[i + 1 :]:
                    if self.side_by_side(inner, outer):
                        continue
                    comma = self.doc[inner.end]
                    self.add(inner, "locatedIn", outer, "place-comma-place", comma)
                # "Portland, Ore.": the pair is also how the text names the city
                following = chain[i + 1]
                if following.start == inner.end + 1:
                    pair = self.doc[inner.start : following.end].text
                    inner.aliases.append(" ".join(pair.split()))
        for inner in places:
            self.place_comma_in(inner)
            self.place_in_place(inner)
        self.settlement_of()
        self.place_descriptions()
        self.place_chains()
        self.homes()

    def homes(self) -> None:
        """Read where a person lives off their home: "his Malibu home", "her house in Leeds"."""
        for noun in self.nouns:
            if noun.lemma_.lower() not in self.lexicon.home_nouns:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None or any(c.lower_ in _FORMER_HOME for c in noun.children):
                continue  # "a house in Leeds" is no one's; "his former home" is not his now
            person = self.resolver.resolve(owner, frozenset({"Person"}))
            if person is None:
                continue
            compounds = [c for c in noun.children if c.dep_ == "compound"]
            for token in compounds + _objects(noun, "in"):
                place = self.resolver.mention_at(token)
                if place is not None and self.ontology.top(place.cls) == "Place":
                    if place.cls != "Country":
                        self.add(person, "livesIn", place, "home", noun)

    def place_chains(self) -> None:
        """Carry a place's fact along the chain that names it.

        "a freeway in Edmonton, Alberta, Canada", "a lake in Gogebic County in
        the U.S.": what lies in Edmonton, named so, lies in Alberta and in
        Canada too, as the chain says; and on along a longer chain ("a river
        in X County, New Jersey, in the United States").
        """
        chained: dict[int, list] = {}  # id of a place -> the chain's facts about it
        for fact in self.facts:
            if fact.rule in _LINKS:
                chained.setdefault(id(fact.subject), []).append(fact)
        carried = {(id(f.subject), f.property, id(f.object)) for f in self.facts}
        todo = [f for f in self.facts if f.property in _CHAINED]
        while todo:
            fact = todo.pop()
            for link in chained.get(id(fact.object), []):
                # a comma chain's own facts already join each place with every later one
                if fact.rule == link.rule == "place-comma-place":
                    continue
                key = (id(fact.subject), fact.property, id(link.object))
                # only where the chain follows the name the fact was read from
                if link.object is fact.subject or fact.token >= link.token or key in carried:
                    continue
                carried.add(key)
                before = len(self.facts)
                comma = self.doc[link.token]
                self.add(fact.subject, fact.property, link.object, "place-chain", comma)
                todo.extend(self.facts[before:])

    def inside_out(self, inner: Mention, outer: Mention) -> bool:
        """Tell whether ``inner`` is a country and ``outer`` a town or region, which holds none.

        "a school in the United States, located in the California town of
        Ojai": the parser may hang the place on the wrong name.
        """
        if not self.is_country(inner) or self.is_country(outer):
            return False
        return outer.cls == "City" or bool(load_places().get(outer.name))

    def place_at(self, token: Token) -> Mention | None:
        """Return the place named at ``token``, if a place is named there."""
        mention = self.resolver.mention_at(token)
        if mention is None or self.ontology.top(mention.cls) != "Place":
            return None
        return mention

    def town(self, place: Mention) -> bool:
        """Tell whether a place is a city or town, by its class or by its name."""
        known = load_places().get(place.name)
        return place.cls == "City" or any(p.cls == "City" for p in known)

    def side_by_side(self, inner: Mention, outer: Mention) -> bool:
        """Tell whether two places named one after the other are two towns.

        "Plymouth, Liverpool" names two towns; "Montreal, Quebec" names a
        city and a province that shares a city's name, unless
        that city is a large one ("Munich, Berlin").
        """
        if not (self.town(inner) and self.town(outer)):
            return False
        # a region anywhere: the gazetteer knows only the larger towns ("Sudbury, Ontario"
        # is in no town of Canada it lists)
        known = load_places().get(outer.name)
        region = any(p.cls == "Place" for p in known)
        big = any(p.cls == "City" and p.population >= _BIG_CITY for p in known)
        return not region or big

    def past_parts(self, i: int) -> int:
        """Return the index after the words of a part ("north-eastern") from ``i`` on."""
        parts = self.lexicon.place_parts
        while i < len(self.doc) and (
            self.doc[i].lower_ in parts
            or (self.doc[i].text == "-" and i > 0 and self.doc[i - 1].lower_ in parts)
        ):
            i += 1
        return i

    def placed_apart(self, place: Mention) -> bool:
        """Tell whether a place after a comma is no container of the one before it.

        "Beaumont, Texas, Richardson's hometown": an owner; "A in B, C in D":
        a list of places, each placed in its own.
        """
        after = self.doc[place.end] if place.end < len(self.doc) else None
        if after is None:
            return False
        if after.tag_ == "POS":
            return True
        if after.lower_ != "in" or place.end + 1 >= len(self.doc):
            return False
        return self.place_at(self.doc[place.end + 1]) is not None

    def listed(self, chain: list[Mention]) -> bool:
        """Tell whether comma-joined places are a list rather than places within places."""
        last = chain[-1]
        after = self.doc[last.end] if last.end < len(self.doc) else None
        before = self.doc[chain[0].start - 1] if chain[0].start > 0 else None
        if after is not None and after.lower_ in ("and", "or", "&"):
            return True  # "Paris, London and Berlin"
        if before is not None and before.text in (",", ";"):
            return True  # the tail of a longer list, or of a team sheet's line
        if after is not None and after.text == "," and self.name_listed_at(last.end + 1):
            return True  # "Dudek, Finnan, Hyypia, Carragher": a team sheet's surnames
        # "Manchester, Liverpool, Leicester, Somerset": two towns side by side make a list,
        # unless a country closes it ("Bodmin, Cornwall, England")
        pairs = zip(chain, chain[1:], strict=False)
        if not self.is_country(chain[-1]) and any(self.side_by_side(a, b) for a, b in pairs):
            return True
        return any(m.cls == "Country" for m in chain[:-1])

    def name_listed_at(self, i: int) -> bool:
        """Tell whether a one-word name at ``i`` is a list's item: "Hyypia,", "Priet (Ryan 79)"."""
        if i + 1 >= len(self.doc):
            return False
        return self.doc[i].pos_ == "PROPN" and self.doc[i + 1].text in (",", ";", "(")

    def place_descriptions(self) -> None:
        """Read "Westmere is a hamlet in Guilderland", "Mola, a town located in Apulia".

        Also "Yerevan, the capital of Armenia" and "Leninakan, Armenia's
        second-largest city": a place noun describing a place lies in the place
        it is "of", or whose it is.
        """
        for mention in self.mentions:
            if self.ontology.top(mention.cls) != "Place":
                continue
            root = self.doc[mention.end - 1]
            for noun in self.appositives(root) + self.copular_nouns(root):
                if self.kind_of(noun) != "Place":
                    continue
                # "Armenia's second city", "the capital of Armenia"
                owners = [c for c in noun.children if c.dep_ == "poss"] + _objects(noun, "of")
                for owner in owners:
                    place = self.place_at(owner)
                    if place is not None and place is not mention:
                        self.add(mention, "locatedIn", place, "place-described", owner)
                # "a lake located in Gogebic County": or on the participle that seats it
                seats = [noun, *self.seating_participles(noun)]
                preps = [c for h in seats for c in h.children if c.dep_ == "prep"]
                for prep in (p for p in preps if p.lower_ == "in"):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        named = self.place_named(pobj)
                        outer = named and self.resolver.resolve(named, frozenset({"Place"}))
                        if outer is not None and outer is not mention:
                            self.add(mention, "locatedIn", outer, "place-described", prep)

    def seating_participles(self, noun: Token) -> list[Token]:
        """Return the participles that seat a noun in a place: "a lake located in X"."""
        seating = self.lexicon.seating_verbs
        return [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in seating]

    def place_named(self, token: Token) -> Token | None:
        """Return the word naming the place ``token`` stands for, if any.

        "the south of X", "the town of X", "the east of the province of X": a
        direction or a lowercase place noun with "of" stands for the place
        after "of"; a direction alone for none; any other word for itself.
        """
        cls = self.lexicon.class_nouns.get(token.lemma_.lower())
        place_noun = cls is not None and self.ontology.top(cls) == "Place" and token.is_lower
        if token.lower_ not in _DIRECTIONS and not place_noun:
            return token
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if named is not None:
            return self.place_named(named)
        return token if place_noun else None

    def place_comma_in(self, inner: Mention) -> None:
        """Read "Ceará, in north-eastern Brazil" and "Coyoacán, in the south of the capital".

        Also "Gmina Wielbark, within Szczytno County".
        """
        tokens = self.doc[inner.end : inner.end + 2]
        if inner.cls == "Country" or len(tokens) < 2:
            return
        if tokens[0].text != "," or tokens[1].lower_ not in ("in", "within"):
            return
        for pobj in (c for c in tokens[1].children if c.dep_ == "pobj"):
            named = self.place_named(pobj)
            outer = named and self.resolver.resolve(named, frozenset({"Place"}))
            if outer is not None and outer is not inner:
                self.add(inner, "locatedIn", outer, "place-comma-in", tokens[1])

    def place_in_place(self, inner: Mention) -> None:
        """Read "Kassala in eastern Sudan", "Brixton in south London" as locatedIn.

        A place right after "in", itself right after a place, holds it,
        whatever the parser hangs "in" on; so does a place after "of" and a
        part ("the Rocky Mountains of central Colorado") or after a region's
        name ("the Kotayk Province of Armenia"), and a known place or
        country after "in the" ("Nassau in the Bahamas"). A country lies in nothing this way
        ("Wales beat England in Cardiff"), and two towns are two towns
        ("from Leeds in Bristol").
        """
        start = inner.end + 1
        # "Nassau in the Bahamas", "the Kunene River in the Kunene Province": after "the",
        # only names that are places by their own words ("Newcastle in the Premiership")
        definite = start < len(self.doc) and self.doc[start].lower_ == "the"
        if definite and self.surely_place(inner):
            start += 1
        after = self.past_parts(start)  # "in eastern Sudan"
        if self.is_country(inner) or after >= len(self.doc):
            return
        prep = self.doc[inner.end]
        # "the Rocky Mountains of central Colorado", "the Kotayk Province of Armenia":
        # "of" and a part, or "of" after a region's name, say where too
        regional = self.place_headed(inner)
        if not (prep.lower_ == "in" or (prep.lower_ == "of" and (after > start or regional))):
            return
        outer = self.place_at(self.doc[after])
        if outer is None or outer is inner:
            return
        if definite and not (self.surely_place(outer) or self.is_country(outer)):
            return
        if self.doc[outer.end - 1].head.i != prep.i or self.side_by_side(inner, outer):
            return
        self.add(inner, "locatedIn", outer, "place-in-place", prep)

    def surely_place(self, mention: Mention) -> bool:
        """Tell whether a name is a place by its own words: known, or a river's, a county's.

        Not a name the tagger alone calls a place ("Slowdowns in the US").
        """
        return bool(load_places().get(mention.name)) or self.place_headed(mention)

    def place_headed(self, mention: Mention) -> bool:
        """Tell whether a name of several words ends in a place's word: "Kotayk Province"."""
        head_class = self.lexicon.name_class(mention.name.split()[-1].lower())
        return " " in mention.name and self.ontology.top(head_class or "") == "Place"

    def settlement_of(self) -> None:
        """Read "the Norfolk village of Happisburgh", "the Canadian province of Alberta".

        A place noun (village, city, province …) with "of" and a place names
        that place; a place or a demonym before the noun names where it lies.
        Before a region's noun, the place is the region's own name, and "of"
        says where it lies: "the Lazio region of Italy".
        """
        for noun in self.tokens:
            cls = self.lexicon.class_nouns.get(noun.lemma_.lower())
            # "the Kunene Province of Angola" is a name, and lies in what follows it
            if cls is None or self.ontology.top(cls) != "Place" or not noun.is_lower:
                continue
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobjs = [c for c in (of.children if of else []) if c.dep_ == "pobj"]
            place = self.place_at(pobjs[0]) if pobjs else None
            if place is None:
                continue
            for modifier in noun.children:
                region = self.place_at(modifier)
                if modifier.dep_ == "compound" and region is not None:
                    if region is not place:
                        inner, outer = (place, region) if cls == "City" else (region, place)
                        self.add(inner, "locatedIn", outer, "settlement-of", noun)
                elif modifier.dep_ == "amod" and modifier.lower_ in self.lexicon.demonyms:
                    if place.cls != "Country":
                        country = self.country(modifier, self.lexicon.demonyms[modifier.lower_])
                        self.add(place, "locatedIn", country, "settlement-of", noun)

    def hyphen_participle(self, mention: Mention, place_token: Token, participle: Token) -> None:
        """Read "Bristol-based", "Austrian-born": a place and a verb rule with prep:in."""
        evidence: list[tuple[Mention, str]] = []
        place = self.resolver.resolve(place_token, frozenset({"Place"}), evidence)
        if place is None and place_token.lower_ in self.lexicon.demonyms:
            place = self.country(place_token, self.lexicon.demonyms[place_token.lower_])
        if place is None:
            return
        for rule in self.lexicon.verbs.get(participle.lemma_.lower(), []):
            if rule.object == "prep:in" and self.ontology.fits(
                mention.cls, self.domain(rule.property)
            ):
                for other, cls in evidence:
                    other.evidence.append(cls)
                self.add(mention, rule.property, place, "hyphen-participle", participle)

    def organization_location(self, mention: Mention, root: Token) -> None:
        """Read "<organization> in <place>" and "<organization>, of <place>" as basedIn.

        "<event> in <place>" is locatedIn. "The E3 exhibition in Los Angeles":
        the noun a name modifies holds the place too, and so does a noun that
        describes it ("Pointr is a startup company based in London", "Ojai, a
        school in California").
        """
        if self.ontology.is_a(mention.cls, "SportsTeam"):
            return  # "beaten by the Springboks in South Africa": where a team played
        if self.ontology.is_a(mention.cls, "PoliticalParty"):
            return  # "the Lib Dems in South Shropshire": a party's local branch, not its seat
        top = self.ontology.top(mention.cls)
        prop = "locatedIn" if top == "Event" else "basedIn"
        heads = [root]
        named = self.lexicon.name_class(root.head.lower_) if root.dep_ == "compound" else None
        # "the E3 exhibition in X"; not "an EU summit in X", which is no organization
        if named is not None and self.ontology.top(named) == top:
            heads.append(root.head)
        for noun in self.appositives(root) + self.copular_nouns(root):
            if self.kind_of(noun) == top:
                heads.append(noun)
                # "a company based in X": the participle holds the place
                heads += self.seating_participles(noun)
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "in":
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        named = self.place_named(pobj)  # "in the province of Ankara"
                        place = self.place_at(named) if named is not None else None
                        if place is not None:
                            self.add(mention, prop, place, "organization-in-place", child)
        # "Bradley First Air, of Ottawa, Canada": a firm and its town, set off by commas
        after = self.doc[mention.end : mention.end + 3]
        if top == "Organization" and len(after) == 3 and [t.text for t in after[:2]] == [",", "of"]:
            place = self.place_at(after[2])
            if place is not None and place.start == after[2].i:
                self.add(mention, prop, place, "organization-of-place", after[1])

    def feature(self, place: Mention) -> bool:
        """Tell whether a place is a feature or a building, no seat: "Channel Tunnel operator X"."""
        words = place.name.lower().split()
        return len(words) > 1 and self.lexicon.name_heads.get(words[-1]) == "Place"


def _objects(head: Token, preposition: str) -> list[Token]:
    """Return the objects of ``head``'s preposition: "Leeds" of "her flat in Leeds"."""
    return [
        pobj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
