"""Typing mentions before the fact rules: describing nouns, titles, ages, datelines.

``ClassRules.classify`` gives every mention evidence for its class from its
context (the noun before it, an apposition, a copula, "a film titled X", a
job title, an age in commas, a dateline, the last word of its name), then
groups the mentions of one entity as consolidation will and lets them share
the class the evidence favours.
"""

import re

from spacy.tokens import Token

from ...knowledge.lexicon import AGENT_ENDINGS
from ...knowledge.places import TAGGED_POPULATION, load_places
from ..entities import choose_class, group_mentions
from ..mentions import Mention, styled_start
from ..missed_names import reads_as_person
from ..spans import in_age

#: a person's name written with an initial: "C Cusiter", "J. Dunbar"
_INITIALLED = re.compile(r"^[A-Z]\.? [A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$")


class ClassRules:
    """Rules that type mentions; mixed into the extraction state."""

    def after_place_comma(self, mention: Mention) -> bool:
        """Tell whether a name closes "in <place>, <name>," as the place's region.

        Not a person's name opening with a given name: "the senator from
        Ohio, John Glenn," names the senator.
        """
        before = mention.start - 2
        if before < 0 or self.doc[mention.start - 1].text != ",":
            return False
        words = mention.name.split()
        if mention.cls == "Person" and len(words) > 1 and words[0] in self.lexicon.given_names:
            return False
        place = self.resolver.mention_at(self.doc[before])
        if place is None or self.ontology.top(place.cls) != "Place" or place.end != before + 1:
            return False
        prep = self.doc[place.start : place.end].root.head
        following = self.doc[mention.end].text if mention.end < len(self.doc) else "."
        return prep.lower_ in ("in", "at", "from", "near") and following in (",", ".", ";")

    def in_dateline(self, mention: Mention) -> bool:
        """Tell whether a name opens a dateline ("Seville, Spain (AP) —", "DAYTON, Ohio (AP)")."""
        sent = self.doc[mention.start].sent
        if mention.start != sent.start:
            return False
        last = [t for t in sent if not t.is_space][-1]
        if last.text in ("—", "–", "-", "--"):
            return True
        # without a dash: a news agency in brackets after the place and its region
        for token in self.doc[mention.end : mention.end + 8]:
            if token.text == "(":
                agency = self.resolver.mention_at(self.doc[token.i + 1])
                return agency is not None and self.ontology.is_a(agency.cls, "NewsOrganization")
            if token.text not in (",", ".") and not token.text[:1].isupper():
                return False
        return False

    def in_place_context(self, mention: Mention) -> bool:
        """Tell whether the words around a name make it a place.

        "northeast of Boise", "a nurse from Halifax", "families of Grimsby",
        "its Kent farm", "the town of St. Clair", and a name in apposition to a place: "in
        Sriharikota, Andhra Pradesh,".
        """
        root = self.doc[mention.start : mention.end].root
        if root.dep_ == "compound" and root.head.lemma_.lower() in self.lexicon.place_nouns:
            return True
        if self.after_place_comma(mention):
            return True
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in ("of", "from", "near"):
            return False
        head = prep.head
        # "the town of St. Clair", "the province of Barcelona"
        # (not "the member countries of the OECD", which belong to it)
        place_noun = head.tag_ == "NN" and self.kind_of(head) == "Place"
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if prep.lower_ == "of" and place_noun and definite:
            return True
        if {head.lower_, head.lemma_.lower()} & self.lexicon.place_heads:
            return True
        # "a nurse from Halifax": a job title
        return prep.lower_ == "from" and head.lower_ in self.lexicon.titles

    def followed_by_age(self, mention: Mention) -> bool:
        """Tell whether a name is followed by an age in commas: "Nunes, 22, who …"."""
        after = self.doc[mention.end : mention.end + 3]
        return (
            len(after) == 3
            and after[0].text == ","
            and after[1].like_num
            and after[1].text.isdigit()
            and 0 < int(after[1].text) < 120
            and after[2].text in (",", ".")
        )

    def preceded_by_age(self, mention: Mention) -> bool:
        """Tell whether an age comes right before a name: "Sudanese 18-year-old X"."""
        before = self.doc[mention.start - 1] if mention.start > 0 else None
        if before is None or before.lower_ != "old" or not in_age(before):
            return False
        # not a name that describes a noun: "22-year-old Liverpool student X"
        return self.doc[mention.end - 1].dep_ != "compound"

    def classify(self) -> None:
        """Type every mention by its describing nouns, then by vote over its document entity.

        A class noun is evidence for its class and a job title for Person;
        the mentions of one entity (grouped as consolidation will group
        them) then share the class most of the evidence supports.
        """
        called_names = set()
        for mention in self.mentions:
            if mention.name.split()[-1] in self.lexicon.org_suffixes and " " in mention.name:
                mention.evidence.append("Organization")  # "Van Leeuwen Logistics"
            head = _head_word(mention.name).lower()
            country = mention.name.lower() in self.lexicon.countries  # "Soviet Union"
            # "Eric Brewer" is a person's name, though a brewer is a firm; a name head
            # names organizations alone ("Michael Foods")
            personal = (
                mention.cls == "Person"
                and mention.name.split()[0] in self.lexicon.given_names
                and head not in self.lexicon.name_heads
            )
            if " " in mention.name and self.lexicon.name_class(head) and not (country or personal):
                mention.evidence.append(self.lexicon.name_class(head))  # "West Midlands Police"
            known_place = self.ontology.top(mention.cls) == "Place" and bool(
                load_places().taggable(mention.name)
            )
            # "the film Vera Drake": a class noun right before a name says what that name
            # names in the whole article, whatever it looks like
            called = False
            for noun in self.describing_nouns(mention):
                cls = self.noun_class(noun)
                if cls is not None:
                    # not a doer's noun: "wine maker Robert Mondavi" is a firm, but "games
                    # maker Peter Molyneux" and "publisher Jason O-Grady" are people
                    called = called or (
                        noun.i == mention.start - 1 and not noun.lower_.endswith(AGENT_ENDINGS)
                    )
                    self.resolver.describe(mention, noun)
                    if not (mention.cls == "Country" and self.ontology.top(cls) == "Place"):
                        mention.evidence.append(cls)
                elif (
                    noun.tag_ != "NNS"
                    and self.title_at(noun, list(self.doc[max(0, noun.i - 3) : noun.i]))[0]
                ):
                    # "analysts Gartner": a plural title before a name is no person's
                    mention.evidence.append("Person")
                elif noun.i > mention.start and self.doer_noun(noun) and not known_place:
                    # "Van Rourke, a bond strategist"; but an ending is weak evidence, and
                    # "Kuala Lumpur, … the world's tallest skyscraper" stays a city
                    mention.evidence.append("Person")
                elif self.person_noun(noun):
                    mention.evidence.append("Person")  # "Brazilian youngster Marta"
            if self.in_dateline(mention):
                mention.evidence.append("Place")  # "MEXICO CITY (AP) —"
            if self.in_place_context(mention):
                mention.evidence.append("Place")
            words = mention.name.split()
            if len(words) > 1 and (
                {words[0], words[-1]} & self.lexicon.team_words
                or words[-1] in self.lexicon.team_suffixes
                or (
                    words[-1] in self.lexicon.town_team_suffixes
                    and load_places().taggable(" ".join(words[:-1]))
                    and not load_places().get(mention.name)
                )
            ):
                mention.evidence.append("SportsTeam")  # "Club América", "FC Porto"
            if self.followed_by_age(mention) or self.preceded_by_age(mention):
                mention.evidence.append("Person")  # "Marchbank, 58, …", "18-year-old X"
            if self.owns_person_noun(mention):
                mention.evidence.append("Person")  # "Kennedy's widow", "Lennon's killer"
            example_of = self.example_of(mention)
            if example_of is not None:
                mention.evidence.append(example_of)  # "companies such as Adam Opel"
            if called:
                called_names.add(mention.name)
            following = self.doc[mention.end] if mention.end < len(self.doc) else None
            named = self.noun_class(following) if following is not None else None
            if following is not None and named is None and following.i + 1 < len(self.doc):
                named = self.pair_class(
                    following, self.doc[following.i + 1]
                )  # "X operating system"
            before = self.doc[mention.start - 1] if mention.start > 0 else None
            if before is not None and before.tag_ == "JJ" and before.i > 0:
                if self.doc[before.i - 1].tag_ == "POS":
                    before = self.doc[before.i - 1]  # "Mozilla's new X browser"
            if (
                named
                and following.is_lower
                and (
                    self.ontology.top(named) == self.ontology.top(mention.cls)
                    # "the Herald newspaper", "Mozilla's X browser"; but "the London
                    # firm" is in London
                    or (
                        before is not None
                        and (before.lower_ == "the" or self.owned_by_organization(before))
                        and not load_places().get(mention.name)
                        # "the Channel 4 documentary Tideline" describes Tideline
                        and not self.doc[following.i + 1 : following.i + 2].text[:1].isupper()
                    )
                )
            ):
                mention.evidence.append(named)  # "the Carry On films": a film
                if self.ontology.is_a(named, mention.cls) or self.ontology.is_a(mention.cls, named):
                    # "his 19 Entertainment company ... The company was set up by him"
                    self.resolver.describe(mention, following)
            if mention.cls == "Person" and following is not None:
                cls = self.noun_class(following)
                if cls and self.ontology.top(cls) == "Organization":
                    mention.evidence.append("Place")  # "Manchester band", "Paris company"
        for mention in self.mentions:
            if mention.name not in called_names and (
                reads_as_person(mention.name, self.lexicon) or _INITIALLED.match(mention.name)
            ):
                mention.evidence.append("Person")  # "Ai Sugiyama", tagged a building; "C Cusiter"
        self.known_places()
        self.bracketed_groups()
        self.organizations_before_titles()
        tokens = [t.text for t in self.tokens]
        groups = group_mentions(self.mentions, tokens, self.lexicon, self.ontology)
        for number, group in enumerate(groups):
            cls = choose_class(group, self.ontology)
            for mention in group:
                mention.cls = cls
                mention.key = f"#{number}"
        self.resolver.regrouped()

    def owned_by_organization(self, mark: Token) -> bool:
        """Tell whether a possessive mark follows an organization's name: "Microsoft's"."""
        owner = self.resolver.mention_at(self.doc[mark.i - 1]) if mark.tag_ == "POS" else None
        return owner is not None and self.ontology.top(owner.cls) == "Organization"

    def organizations_before_titles(self) -> None:
        """Type "Euronext" in "Euronext chief Jean-Francois Theodore" as an organization.

        A name right before a job title that is followed by a person's name
        is whom the person works for, not a person: unless it is a known
        place, which may name a team ("England coach X") or a country.
        """
        places = load_places()
        for mention in self.mentions:
            if places.get(mention.name) or mention.name.lower() in self.lexicon.countries:
                continue
            i = mention.end
            if i >= len(self.doc) or self.doc[i].lower_ not in self.lexicon.titles:
                continue
            title = self.lexicon.titles[self.doc[i].lower_]
            if title.relation not in ("directedBy", "worksFor", "memberOf"):
                continue
            person = self.resolver.mention_at(self.doc[i + 1]) if i + 1 < len(self.doc) else None
            if person is not None and person is not mention and person.cls == "Person":
                mention.evidence.append("Organization")

    def bracketed_groups(self) -> None:
        """Type "Saracens" in "I Fullarton (Saracens)": what follows a person in brackets.

        A name in brackets after a person's name is where the person belongs:
        an organization, unless it is a known place (a club named after a
        town is made a team by the fact rules) or a work the article names
        by its class noun elsewhere (a nominee's film).
        """
        places = load_places()
        # "Phil Davis (Vera Drake)" in a list of nominees: a work the article called one
        works = {
            m.name
            for m in self.mentions
            if any(self.ontology.top(e) == "CreativeWork" for e in m.evidence)
        }
        for person in self.mentions:
            if person.cls != "Person" or person.end + 2 >= len(self.doc):
                continue
            if self.doc[person.end].text != "(":
                continue
            other = self.resolver.mention_at(self.doc[person.end + 1])
            if other is None or other.start != person.end + 1 or other is person:
                continue
            if self.doc[other.end].text in (")", ",") and not (
                places.get(other.name) or other.name in works
            ):
                other.evidence.append("Organization")

    def person_noun(self, noun: Token) -> bool:
        """Tell whether a noun only ever names a person: "youngster", not "pretty-boy"."""
        before = self.doc[noun.i - 1] if noun.i > 0 else None
        return (
            noun.lower_ in self.lexicon.title_words.get("person", ())
            and noun.pos_ == "NOUN"
            and not (before is not None and before.tag_ == "HYPH")
        )

    def example_of(self, mention: Mention) -> str | None:
        """Return the class of the kind a name is given as an example of, if any.

        "companies such as Adam Opel and X", "bands including Talking Heads":
        the names listed after a plural class noun are of its class. Not a
        place, nor a name whose possessive follows ("firms such as Russia's Yukos").
        """
        if mention.end < len(self.doc) and self.doc[mention.end].tag_ == "POS":
            return None
        if self.ontology.top(mention.cls) == "Place":
            return None
        first = mention
        root = self.doc[mention.start : mention.end].root
        if root.dep_ == "conj" and root.head.i < mention.start:
            listed = self.resolver.mention_at(root.head)  # a later name of the list
            first = listed if listed is not None else mention
        before = self.doc[max(0, first.start - 3) : first.start]
        if [t.lower_ for t in before[-2:]] == ["such", "as"] and len(before) == 3:
            kind = before[0]
        elif len(before) >= 2 and before[-1].lower_ in ("including", "like"):
            kind = before[-2]
        else:
            return None
        return self.lexicon.class_nouns.get(kind.lemma_.lower()) if kind.tag_ == "NNS" else None

    def owns_person_noun(self, mention: Mention) -> bool:
        """Tell whether a name owns a noun only ever said of people: "Kennedy's assassin".

        Not when a name follows the noun: "Arsenal's teenager Ethan Nwaneri"
        names the club's player.
        """
        root = self.doc[mention.start : mention.end].root
        owned = root.head
        named_next = owned.i + 1 < len(self.doc) and owned.i + 1 in self.resolver.at
        return (
            root.dep_ == "poss"
            and mention.end < len(self.doc)
            and self.doc[mention.end].tag_ == "POS"
            and self.person_noun(owned)
            and not named_next
        )

    def known_places(self) -> None:
        """Type the names of known places (``kg.knowledge.places``) as places.

        A country is never a person ("Six Nations leaders Ireland"), whatever
        a title before it suggests. A lone word that names a city or a region,
        spelt as the place is, is a place rather than a person, unless the
        text also uses it in a person's full name ("Michael Jackson ...
        Jackson said") or after an honorific ("President Kennedy").
        """
        places = load_places()
        name_parts = {
            word
            for m in self.mentions
            if self.ontology.top(m.cls) == "Person" and " " in m.name
            for word in m.name.split()
        }
        # "President Kennedy", "Mr Lincoln": a name after an honorific is someone's
        styled = {
            m.name for m in self.mentions if styled_start(self.doc, m.start, self.lexicon) < m.start
        }
        for mention in self.mentions:
            if places.is_country(mention.name) or mention.name.lower() in self.lexicon.countries:
                mention.evidence = [c for c in mention.evidence if c != "Person"]
                if mention.cls == "Person":
                    mention.cls = "Country"
            elif mention.cls == "Person" and " " in mention.name and places.taggable(mention.name):
                mention.evidence.append("Place")  # "Tamil Nadu", "New Mexico"
            elif mention.cls == "Person" and " " not in mention.name:
                if mention.name in name_parts or mention.name in styled:
                    continue
                # "Bush" is no "Būsh": only a place's own spelling outweighs the tagger
                place = next(
                    (
                        p
                        for p in places.get(mention.name)
                        if p.name == mention.name
                        and (p.cls == "Place" or p.population >= TAGGED_POPULATION)
                    ),
                    None,
                )
                if place is not None:
                    mention.evidence.append("City" if place.cls == "City" else "Place")

    def demonym_countries(self) -> None:
        """Every demonym names its country: "Danish shipping group" mentions Denmark."""
        for token in self.tokens:
            if token.ent_type_ == "NORP" and token.lower_ in self.lexicon.demonyms:
                pair = f"{self.doc[token.i - 1].lower_} {token.lower_}" if token.i else ""
                if pair not in self.lexicon.regions:  # "Latin American" names no country
                    self.country(token, self.lexicon.demonyms[token.lower_])


def _head_word(name: str) -> str:
    """Return the word a name is headed by: the one before its first "of" or "for", or its last.

    "Royal School of Music and Drama" is a school, not a drama; "Department
    for Education" a department; "West Midlands Police" a police force.
    """
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word in ("of", "for"):
            return words[i - 1]
    return words[-1]
