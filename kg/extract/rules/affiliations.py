"""Where people are from and whom they belong to, in the words right after their names.

"Kieran Holt, 27, of Walsall" and "diver Brian Michaud of Millinocket"
(livesIn), "Wang Li at the Institute of Mechanics" (worksFor), "Carlos
Tenev of the governing Peronist Party" (memberOf: a party's people are its
members), "Ed Marsh,
a Democrat from Omaha" (livesIn), people listed with their club, party
or country in brackets: "M Blair (Edinburgh), A Craig (Glasgow)", "Ann Cole
(Labour)", and people in a team's squad: "X is in England's squad", "his
club side, Gloucester" (memberOf).
"""

from spacy.tokens import Token

from ...knowledge.places import load_places
from ..mentions import Mention


class AffiliationRules:
    """Rules that read a person's affiliations after the name; mixed into the extraction state."""

    def name_of_place(self, person: Mention) -> None:
        """Read where a person is from or works, in the words after the name.

        "Kieran Holt, 27, of Walsall" and "diver Brian Michaud of Millinocket"
        (livesIn); "Sarah Quigley, of X Police", "Wang Li at the Institute of
        Mechanics", "Jane Dow of the charity Oxfam" and "Brad Adams, from
        Human Rights Watch" (worksFor); "Ed Marsh, a
        Republican from Omaha" and "Ana Ruiz from Seville" (livesIn). A place
        followed by its region lives in both: "of Bethany, Conn."
        """
        i = person.end
        described = False  # ", a Republican from X": "from" after a description
        set_apart = False  # "Brad Adams, from X": "from" on the name, not on a verb
        if self.followed_by_age(person):
            i += 2  # past ", 27"
        if i < len(self.doc) and self.doc[i].text == ",":
            i += 1
            set_apart = True
            if i < len(self.doc) and self.doc[i].tag_ == "DT":  # ", a Republican from X"
                noun = self.doc[i].head
                if noun.i > i and noun.i - i <= 3 and noun.tag_ in ("NN", "NNP"):
                    i = noun.i + 1
                    described = True
                    if i >= len(self.doc) or self.doc[i].lower_ != "from":
                        return
        if i + 1 >= len(self.doc) or self.doc[i].lower_ not in ("of", "at", "from"):
            return
        preposition = self.doc[i]
        i += 1
        if self.doc[i].lower_ == "the" and i + 1 < len(self.doc):
            i += 1  # "at the Institute of Mechanics"
            # "of the charity Oxfam", "of the governing Peronist Party"
            while i + 1 < len(self.doc) and self.doc[i].is_lower and self.describes_next(i):
                i += 1
        other = self.resolver.mention_at(self.doc[i])
        if other is None or other.start != i:
            return
        if self.describes_other_kind(other):
            return  # "at the annual Microsoft developer conference": the name describes a noun
        top = self.ontology.top(other.cls)
        country = other.cls == "Country" or other.name.lower() in self.lexicon.countries
        if top == "Place" and country:
            # "Savante Stringfellow of the USA": a country says whose national one is
            self.add(person, "nationality", other, "name-of-place", preposition)
        elif top == "Place" and preposition.lower_ in ("of", "from"):
            self.add(person, "livesIn", other, "name-of-place", preposition)
            region = self.region_after(other)
            if region is not None:
                self.add(person, "livesIn", region, "name-of-place", preposition)
        elif top == "Organization" and (
            preposition.lower_ in ("of", "at")
            or (
                preposition.lower_ == "from"
                and set_apart
                and not described
                and self.region_after(other) is None  # "from Hartpury, Gloucestershire"
                # the subject who speaks or acts for it; not "the signing of Tom Fergus,
                # from Everton", a club he is leaving
                and self.doc[person.end - 1].dep_ in ("nsubj", "nsubjpass")
                and not self.ontology.is_a(other.cls, "SportsTeam")
            )
        ):
            # a party's people are its members: "Carlos Tenev of the Peronist Party";
            # "said Brad Adams, from Human Rights Watch" speaks for the group ("an offer
            # for X from Everton" is Everton's offer)
            party = self.ontology.is_a(other.cls, "PoliticalParty")
            prop = "memberOf" if party else "worksFor"
            self.add(person, prop, other, "name-of-place", preposition)

    def describes_other_kind(self, mention: Mention) -> bool:
        """Tell whether a name describes a noun of another kind: "the Microsoft conference".

        Not "JPMorgan Chase bank", a firm of the firm's kind, nor "Edo state".
        """
        root = self.doc[mention.start : mention.end].root
        head = root.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "Microsoft developer conference"
        kind = self.noun_class(head) or self.lexicon.name_class(head.lower_)
        return (
            root.dep_ == "compound"
            and head.i >= mention.end
            and kind is not None
            and self.ontology.top(kind) != self.ontology.top(mention.cls)
        )

    def describes_next(self, i: int) -> bool:
        """Tell whether the word at ``i`` describes the name after it: a kind or an adjective."""
        word = self.doc[i]
        return self.kind_of(word) == "Organization" or (word.dep_ == "amod" and word.head.i > i)

    def bracketed_affiliations(self) -> None:
        """Read "M Blair (Edinburgh), A Craig (Glasgow)" and "Ann Cole (Labour)".

        An organization in brackets right after a person's name is the one
        the person belongs to; a place is a club named after it when the text
        lists several people so, as squads are listed, and a country is the
        person's country. A lone given name taken for an organization is a
        part played or the rest of a name: "Lisa Kudrow (Phoebe)", "Gareth
        (Thomas, the captain)".
        """
        bracketed = []
        for person in self.mentions:
            if self.ontology.top(person.cls) != "Person" or person.end + 2 >= len(self.doc):
                continue
            if self.doc[person.end].text != "(":
                continue
            other = self.resolver.mention_at(self.doc[person.end + 1])
            if other is None or other.start != person.end + 1:
                continue
            if self.doc[other.end].text not in (")", ","):
                continue
            bracketed.append((person, other))
        places = [o for _, o in bracketed if self.ontology.top(o.cls) == "Place"]
        for person, other in bracketed:
            top = self.ontology.top(other.cls)
            token = self.doc[other.start]
            if top == "Organization" and self.lone_given_name(other):
                continue
            if top == "Organization":
                squad = len(places) >= 2  # a list of players by club
                relation = "memberOf" if squad or self.is_group(other) else "worksFor"
                self.add(person, relation, other, "bracketed", token)
            elif other.cls == "Country" or other.name.lower() in self.lexicon.countries:
                self.add(person, "nationality", other, "bracketed", token)
            elif top == "Place" and len(places) >= 2:
                self.add(person, "memberOf", self.team_of(other), "bracketed", token)

    def lone_given_name(self, mention: Mention) -> bool:
        """Tell whether a name is a given name and no club's or town's: "Phoebe", not "Everton"."""
        return (
            mention.name in self.lexicon.given_names
            and mention.name not in self.lexicon.clubs
            and not load_places().get(mention.name)
        )

    def teams_named_by_places(self, words: list[Token]) -> list[Mention]:
        """Read "Lyon coach", "Brazil striker": a place before a team role names its team.

        The team is an organization of its own, named like the place.
        """
        teams = []
        for token in words:
            place = self.resolver.mention_at(token)
            if place is None or place.end - 1 != token.i or self.ontology.top(place.cls) != "Place":
                continue
            teams.append(self.team_of(place))
        return teams

    def fits_opposite(self, relation: str, person: Mention, other: Mention) -> bool:
        """Tell whether ``other`` fits the end of ``relation`` that ``person`` does not hold.

        "Kennedy's assassin": the victim of killed is a person; "Roscosmos
        director": the organization of directedBy is its subject.
        """
        if self.ontology.fits(person.cls, self.domain(relation)):
            return self.ontology.fits(other.cls, self.range(relation))
        return self.ontology.fits(other.cls, self.domain(relation))

    def is_group(self, organization: Mention) -> bool:
        """Tell whether one is a member of an organization rather than its employee."""
        return any(
            self.ontology.is_a(organization.cls, c)
            for c in ("SportsTeam", "PoliticalParty", "MusicGroup")
        )

    def team_of(self, place: Mention) -> Mention:
        """Return the sports team named after a place ("Leicester" the club)."""
        if place not in self.teams:
            team = Mention(place.start, place.end, place.name, "SportsTeam", fixed=True)
            self.teams[place] = team
        return self.teams[place]

    def region_after(self, place: Mention) -> Mention | None:
        """Return the place named after ``place`` and a comma: "Bethany, Conn." gives Conn."""
        if place.end + 1 >= len(self.doc) or self.doc[place.end].text != ",":
            return None
        region = self.resolver.mention_at(self.doc[place.end + 1])
        if region is None or region.start != place.end + 1:
            return None
        return region if self.ontology.top(region.cls) == "Place" else None

    def squad_places(self) -> None:
        """Read "X was named in England's squad" and "his club side, Gloucester" as memberOf.

        A team noun (``class_nouns.tsv``: side, squad, band …) owned by a team,
        or by a place that stands for its team, with "in", "into" or "to"
        before it holds the subject of the clause; one owned by "his" or
        "her" and set beside a team's name makes the owner a member.
        """
        for noun in self.nouns:
            cls = self.lexicon.class_nouns.get(noun.lower_)
            if (
                cls is None
                or not self.ontology.is_a(cls, "SportsTeam")
                and not self.ontology.is_a(cls, "MusicGroup")
            ):
                continue
            owner = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ in ("poss", "compound")
                    and (c.tag_ == "PRP$" or self.resolver.mention_at(c) is not None)
                ),
                None,
            )
            if owner is None:
                continue
            if owner.tag_ == "PRP$":
                team = next((self.team_named(a) for a in noun.children if a.dep_ == "appos"), None)
                person = self.resolver.resolve(owner, frozenset({"Person"}))
                self.add(person, "memberOf", team, "squad", noun)
                continue
            preposition = noun.head
            if noun.dep_ != "pobj" or preposition.lower_ not in ("in", "into", "to"):
                continue
            team = self.team_named(owner)
            verb = preposition.head
            if verb.dep_ == "attr":  # "X is the only tight-head in England's squad"
                verb = verb.head
            for subject in [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]:
                for member in self.expand(subject):
                    person = self.resolver.resolve(member, frozenset({"Person"}))
                    self.add(person, "memberOf", team, "squad", verb, clausal=True)

    def team_named(self, token) -> Mention | None:
        """Return the team a name stands for: an organization, or a place's team."""
        mention = self.resolver.mention_at(token)
        if mention is None or mention.end - 1 != token.i:
            return None
        top = self.ontology.top(mention.cls)
        if top == "Place":
            return self.team_of(mention)
        return mention if top == "Organization" else None
