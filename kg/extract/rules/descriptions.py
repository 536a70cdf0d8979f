"""Facts read off the words around a name: titles, demonyms, owners, places.

"Russian actress Yulia Peressild" (nationality, occupation), "Dmitri
Rogozine, director of Roscosmos" (directedBy), "Betis coach Manuel Arriaga"
(worksFor), "Germany's Nordhafen" (basedIn), "Bristol-based Wildwater Films"
(basedIn), "Austrian-born CEO" (bornIn), "Elon Musk's SpaceX", "Lyon coach"
(the team), "Kieran Holt, 27, of Walsall" (livesIn), "her drama 'X'", and the
people titled actor or director in an article about one film.
"""

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ...knowledge.lexicon import Title
from ...knowledge.places import load_places
from ..mentions import Mention
from .negation import negated

# the part-of-speech tags of words inside a noun phrase
_NP_TAGS = set("DT JJ JJR JJS NN NNS NNP NNPS POS HYPH PRP$ VBN VBG".split())
_FORMER = {"former", "formerly", "ex", "ex-", "previous", "late"}
#: endings of nouns that name what a person does ("dancer", "sprinter", "pianist")
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "person", "eer", "ant")


@dataclass(frozen=True)
class TitleReading:
    """A title as the sentence words it.

    Attributes:
        title: the lexicon's title it ends with, or, for a role the lexicon
            does not list ("agent", "fly-half"), one that implies worksFor.
        phrase: the occupation as worded: "chief technology officer".
        first: the index of its first word.
        former: whether it is marked as a former role.
    """

    title: Title
    phrase: str
    first: int
    former: bool


class DescriptionRules:
    """Rules that read descriptions of names; mixed into the extraction state."""

    def premodifiers(self, start: int) -> list[Token]:
        """Return the noun-phrase words right before token ``start``, left to right."""
        words = []
        i = start - 1
        while i >= 0:
            token = self.doc[i]
            mention = self.resolver.mention_at(token)
            if mention is not None:
                owner = self.doc[mention.end].tag_ == "POS"
                if self.ontology.top(mention.cls) == "Person" and not owner:
                    break  # another person's name ends the phrase
                words[:0] = list(self.doc[mention.start : mention.end])
                if self.ontology.top(mention.cls) == "Person":
                    break  # the owner, "Elon Musk's SpaceX", starts it
                i = mention.start - 1
                continue
            hyphenated = i + 1 < len(self.doc) and self.doc[i + 1].tag_ == "HYPH"
            if (
                token.tag_ not in _NP_TAGS
                and token.lower_ not in self.lexicon.titles
                and not (hyphenated and token.is_alpha)  # "scrum-half", whatever its tag
            ) or token.is_sent_end:
                break
            if token.tag_ in ("VBN", "VBG") and not (i > 0 and self.doc[i - 1].tag_ == "HYPH"):
                break
            words.insert(0, token)
            i -= 1
        return words

    def title_at(self, head: Token, words: list[Token]) -> tuple[Title | None, bool]:
        """Return the longest title that ends at ``head``, and whether it is marked former."""
        sequence = [w for w in words if w.i < head.i] + [head]
        best = None
        for size in range(min(self.lexicon.max_title_words, len(sequence)), 0, -1):
            part = sequence[-size:]
            for form in (
                " ".join(t.lower_ for t in part),
                " ".join([*(t.lower_ for t in part[:-1]), part[-1].lemma_.lower()]),
                self.doc[part[0].i : part[-1].i + 1].text.lower(),  # "scrum-half"
            ):
                if form in self.lexicon.titles:
                    best = self.lexicon.titles[form]
                    break
            if best:
                break
        former = any(t.lower_ in _FORMER for t in sequence)
        return best, former

    def read_title(self, head: Token, words: list[Token], generic: bool) -> TitleReading | None:
        """Read the title whose head word is ``head``, with the words before it that belong to it.

        Args:
            head: the title's last word ("officer").
            words: the noun-phrase words before the name, or before ``head``.
            generic: also read a role noun the lexicon does not list, as in
                "agent Simon Beresford" (a noun right before a name).
        """
        known, former = self.title_at(head, words)
        if known is None and not (generic and self.role_noun(head)):
            return None
        known_size = len(known.phrase.split()) if known else 1
        first = head.i - (known_size - 1)
        sentence_start = head.sent.start
        while first > sentence_start and self.title_word(self.doc[first - 1]):
            first -= 1
        span = self.doc[first : head.i + 1]
        plural = head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() != head.lower_
        phrase = (
            span.text.lower()
            if not plural
            else (self.doc[first : head.i].text_with_ws.lower() + head.lemma_.lower())
        )
        title = known or Title(phrase, "worksFor", True)
        extra = [t for t in span[: len(span) - known_size]] if known else []
        subordinate = self.lexicon.title_words.get("subordinate", frozenset())
        # "deputy leader", "sales director": not the organization's head
        if title.relation == "directedBy" and (
            any(t.lower_ in subordinate for t in span)
            or any(t.tag_ in ("NN", "NNS") and t.is_lower for t in extra)
        ):
            title = replace(title, relation="worksFor")
        return TitleReading(title, " ".join(phrase.split()), first, former)

    def title_word(self, token: Token) -> bool:
        """Tell whether ``token`` belongs to the title that follows it ("sales" director)."""
        lower = token.lower_
        if self.resolver.mention_at(token) is not None or lower in self.lexicon.demonyms:
            return False
        if lower in self.lexicon.countries:  # a country the tagger missed: "Wales scrum-half"
            return False
        if lower in _FORMER or token.tag_ in ("DT", "POS", "PRP$", "CD"):
            return False
        words = self.lexicon.title_words
        if lower in words.get("not_title", ()):  # "veteran cosmonaut" is a cosmonaut
            return False
        if lower in words.get("modifier", ()) or lower in words.get("subordinate", ()):
            return True
        if token.tag_ == "HYPH" or token.text in ("-", "‐"):  # "tight-head", "fly-half"
            return token.i > 0 and self.title_word(self.doc[token.i - 1])
        if lower in self.lexicon.titles:
            return True
        # lower-case nouns: "sales", "communications"; a capital opening a sentence only in
        # the plural, as a place named like a noun ("Bath prop X") is singular
        lowered = token.is_lower or (token.is_sent_start and token.tag_ == "NNS")
        return token.tag_ in ("NN", "NNS") and token.is_alpha and lowered

    def role_noun(self, token: Token) -> bool:
        """Tell whether a common noun the lexicon does not list is the role of the name after it.

        Only a lower-case noun compounded with the name is ("agent Simon
        Beresford"): "a zinc supplement Conte marketed" and "what position
        Bellamy should play" put a noun before a name that is no title.
        """
        not_titles = self.lexicon.title_words.get("not_title", frozenset())
        if token.lower_ in not_titles or token.lemma_.lower() in not_titles:
            return False
        if token.tag_ not in ("NN", "NNS") or not token.is_alpha:
            return False
        if not (token.is_lower or token.is_sent_start) or token.dep_ != "compound":
            return False
        mention = self.resolver.mention_at(token.head)
        if mention is None or self.ontology.top(mention.cls) != "Person":
            return False
        left = self.doc[token.i - 1] if token.i > 0 else None
        if left is not None and left.tag_ == "HYPH":
            whole = self.doc[max(0, left.i - 1) : token.i + 1].text.lower()
            # "team-mate" is no job; "in-form Leicester" is an adjective, not a title
            return whole not in not_titles and self.title_word(left)
        return True

    def describe_modifiers(
        self, mention: Mention, words: list[Token], anchor: Token, titled: bool = False
    ) -> list:
        """Read demonyms, places, owners and class nouns among ``words`` for ``mention``.

        Returns the organizations or works the words name, for title rules.
        """
        top = self.ontology.top(mention.cls)
        affiliations = []
        for k, token in enumerate(words):
            other = self.resolver.mention_at(token)
            lower = token.lower_
            nxt = words[k + 1] if k + 1 < len(words) else None
            if other is not None and other is not mention:
                if other.end - 1 != token.i:
                    continue
                other_top = self.ontology.top(other.cls)
                possessive = nxt is not None and nxt.tag_ == "POS"
                hyphen = nxt is not None and nxt.tag_ == "HYPH"
                if hyphen:
                    continue  # "Bristol-based" is read at "based"
                prop = self.lexicon.possessives.get(
                    (other.cls, top), self.lexicon.possessives.get((other_top, top))
                )
                if possessive and titled and other_top in ("Organization", "CreativeWork"):
                    affiliations.append(other)  # "Sony's chairman X": the title says how
                elif possessive and prop and not (prop == "locatedIn" and mention.cls == "Country"):
                    # a country lies within no place it owns: "Game's UK sales director"
                    self.add_by_domain(prop, mention, other, "possessive", token)
                elif other_top == "Place" and top == "Organization":
                    self.add(mention, "basedIn", other, "place-modifier", token)
                elif other_top in ("Organization", "CreativeWork"):
                    affiliations.append(other)
                continue
            pair = f"{words[k - 1].lower_} {lower}" if k else ""
            if pair in self.lexicon.demonyms:
                lower = pair  # "South Korean"
            if lower in self.lexicon.demonyms and not (nxt is not None and nxt.tag_ == "HYPH"):
                country = self.country(token, self.lexicon.demonyms[lower])
                if top == "Person":
                    self.add(mention, "nationality", country, "demonym", token)
                elif top == "Organization":
                    self.add(mention, "basedIn", country, "demonym", token)
                elif top == "Place" and mention.cls != "Country":
                    self.add(mention, "locatedIn", country, "demonym", token)
            elif token.tag_ == "VBN" and k >= 2 and words[k - 1].tag_ == "HYPH":
                self.hyphen_participle(mention, words[k - 2], token)
            elif token.tag_ == "POS" and k >= 1 and self.resolver.mention_at(words[k - 1]) is None:
                owner = self.resolver.resolve(words[k - 1])
                if owner is not None and self.ontology.top(owner.cls) in (
                    "Organization",
                    "CreativeWork",
                ):
                    affiliations.append(owner)
        return affiliations

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

    def title_facts(
        self, person: Mention, head: Token, words: list[Token], extra=(), generic=False
    ) -> None:
        """State the occupation a title gives, and the fact it implies with its organization.

        ``generic``: ``head`` is right before the name, where any role noun is a title.
        """
        reading = self.read_title(head, words, generic)
        if reading is None:
            self.describe_modifiers(person, words, head)  # "her American colleague X"
            return
        title, former = reading.title, reading.former
        # the title's own words ("Sporting director") name no organization
        words = [w for w in words if w.i < reading.first]
        department = self.department(head)
        if title.is_occupation:
            phrase = f"{reading.phrase} of {department}" if department else reading.phrase
            self.add(person, "occupation", phrase, "title", head)
        affiliations = list(extra) + self.describe_modifiers(person, words, head, titled=True)
        self.place_before_title(person, title, words, affiliations)
        if title.in_team:
            affiliations += self.teams_named_by_places(words)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "with", "in"):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for target in self.expand(pobj):
                        found = self.resolver.resolve(target)
                        if found is not None:
                            affiliations.append(found)
            elif child.dep_ == "poss":
                found = self.resolver.resolve(child)
                if found is not None:
                    affiliations.append(found)
        if former:
            # a former office in a party leaves its member a member: "former Tory leader X"
            for other in affiliations:
                if self.ontology.is_a(other.cls, "PoliticalParty"):
                    self.add(person, "memberOf", other, "title-affiliation", head)
            return
        # a job with no fact of its own still says whom one works for: "officer at X"
        relation = title.relation or "worksFor"
        if department and relation == "directedBy":
            relation = "worksFor"  # the head of a department works for the organization
        affiliations = [
            other
            for other in affiliations
            if other is not person and self.fits_opposite(relation, person, other)
        ]
        for other in affiliations:
            self.add_by_domain(relation, person, other, "title-affiliation", head)
        if not affiliations:
            self.unattached_titles.append((person, title, head))

    def place_before_title(
        self, person: Mention, title: Title, words: list[Token], affiliations: list
    ) -> None:
        """Read "U.S. Ambassador X" (nationality) and "London Mayor Y" (livesIn).

        A country before a person's title is the person's country, also for
        a player of its team ("Wales striker X"); a city or region is where
        the person lives, unless it names a team ("Leicester centre"). Not
        when an organization stands among the words: "Sony UK chief".
        """
        if affiliations or any(w.tag_ == "POS" for w in words):
            return  # "Game's UK sales director": the region of the owner's business
        for token in words:
            place = self.resolver.mention_at(token)
            if place is None or place.end - 1 != token.i or place is person:
                continue
            if self.ontology.top(place.cls) != "Place":
                continue
            if place.cls == "Country" or place.name.lower() in self.lexicon.countries:
                # a national team's player is of its country; its coach may not be
                if not title.in_team or title.relation == "memberOf":
                    self.add(person, "nationality", place, "place-before-title", token)
            elif not title.in_team and (place.cls == "City" or load_places().get(place.name)):
                # a known town or region, not a venue: "Old Vic director X"
                self.add(person, "livesIn", place, "place-before-title", token)

    def fits_opposite(self, relation: str, person: Mention, other: Mention) -> bool:
        """Tell whether ``other`` fits the end of ``relation`` that ``person`` does not hold.

        "Kennedy's assassin": the victim of killed is a person; "Roscosmos
        director": the organization of directedBy is its subject.
        """
        if self.ontology.fits(person.cls, self.domain(relation)):
            return self.ontology.fits(other.cls, self.range(relation))
        return self.ontology.fits(other.cls, self.domain(relation))

    def department(self, head: Token) -> str | None:
        """Return the unnamed unit a title heads: "head of specialist factual"."""
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    subtree = list(pobj.subtree)
                    # lower-case words only: a unit, not a name ("of specialist factual")
                    if pobj.dep_ == "pobj" and all(t.is_lower and t.is_alpha for t in subtree):
                        return " ".join(t.text for t in subtree)
        return None

    def descriptions(self) -> None:
        """Apply the description rules to every mention."""
        for mention in self.mentions:
            root = self.doc[mention.end - 1]
            words = self.premodifiers(mention.start)
            nouns = [
                w
                for w in words
                if w.tag_ in ("NN", "NNS")
                or (w.lower_ in self.lexicon.titles and self.resolver.mention_at(w) is None)
                or (w is words[-1] and w.i == mention.start - 1 and self.title_at(w, words)[0])
                or (w is words[-1] and w.i == mention.start - 1 and self.role_noun(w))
            ]
            appositives = self.appositives(root)
            attributes = self.copular_nouns(root)
            if self.ontology.top(mention.cls) == "Person":
                self.name_of_place(mention)
                for title_noun in [*nouns[-1:]]:
                    adjacent = title_noun.i == mention.start - 1
                    self.title_facts(mention, title_noun, words, generic=adjacent)
                if not nouns:
                    self.describe_modifiers(mention, words, root)
                for head in appositives + attributes:
                    for noun in self.expand(head):
                        if noun.pos_ in ("NOUN", "PROPN") and noun.i not in self.resolver.at:
                            self.title_facts(mention, noun, self.premodifiers(noun.i))
                copular_subject = self.copular_subject(root)
                if copular_subject is not None and nouns:
                    self.title_facts(mention, nouns[-1], words, extra=[copular_subject])
            else:
                self.describe_modifiers(mention, words, root)
                for noun in appositives:  # "Siemens, the Munich-based company"
                    self.describe_modifiers(mention, self.premodifiers(noun.i), noun)
                if self.ontology.top(mention.cls) in ("Organization", "Event"):
                    self.organization_location(mention, self.doc[mention.start : mention.end].root)

    def possessed_titles(self) -> None:
        """Read "his role in X", "her producer at Y": a title owned by a person."""
        for token in self.nouns:
            if token.i in self.resolver.at:
                continue
            title = self.title_at(token, [])[0]
            # "his role in X" is his; "his manager", "his bosses" are other people
            if title is None or title.is_occupation or token.tag_ != "NN":
                continue
            for child in token.children:
                if child.dep_ == "poss" and child.tag_ in ("PRP$", "NNP", "NNPS"):
                    person = self.resolver.resolve(child, frozenset({"Person"}))
                    if person is not None and self.ontology.top(person.cls) == "Person":
                        self.title_facts(person, token, self.premodifiers(token.i))

    def described_nominals(self) -> None:
        """Read the words before a definite description as describing its entity.

        "the Spanish club" (Betis), "the Seoul-based firm" (Seorin): once the
        description resolves to a named entity, its modifiers describe it.
        """
        for token in self.nouns:
            if token.i in self.resolver.at:
                continue
            if self.noun_class(token) is None or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
            ):
                continue
            after = token.i + 1
            while after < len(self.doc) and self.doc[after].text in "\"'‘“":
                after += 1
            if after in self.resolver.at:
                continue  # "the company Les Films du Quai": read as that name's description
            mention = self.resolver.resolve(token)
            if mention is not None and self.ontology.top(mention.cls) in ("Organization", "Place"):
                self.describe_modifiers(mention, self.premodifiers(token.i), token)

    def owned_works(self) -> None:
        """Read "her drama 'X'" and "the film from director Y": a titled maker's work.

        A person whose title implies a fact with a work ("filmmaker",
        "director") and names none, and who owns a work ("her drama") or
        is its source ("the next film from director Y"), made it.
        """
        for person, title, _ in self.unattached_titles:
            if title.relation not in ("directedBy", "producedBy"):
                continue
            for work in self.mentions:
                if self.ontology.top(work.cls) != "CreativeWork":
                    continue
                nouns = self.describing_nouns(work)
                for noun in nouns:
                    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                    source = next(
                        (
                            g
                            for c in noun.children
                            if c.dep_ == "prep" and c.lower_ == "from"
                            for g in c.children
                            if g.dep_ == "pobj"
                        ),
                        None,
                    )
                    for token in (owner, source):
                        if (
                            token is not None
                            and self.resolver.resolve(token, frozenset({"Person"})) is person
                        ):
                            self.add_by_domain(title.relation, person, work, "owned-work", noun)

    def pronoun_copulas(self) -> None:
        """Read "she became director of X": a title linked to a pronoun by a copula."""
        for verb in self.verbs:
            if verb.lemma_ not in self.lexicon.copulas:
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                subject = self.implicit_subject(verb)
            if subject is None or subject.tag_ != "PRP" or negated(verb):
                continue
            person = self.resolver.resolve(subject, frozenset({"Person"}))
            if person is None:
                continue
            for noun in verb.children:
                if noun.dep_ in ("attr", "oprd", "xcomp") and noun.pos_ == "NOUN":
                    self.title_facts(person, noun, self.premodifiers(noun.i))

    def name_of_place(self, person: Mention) -> None:
        """Read where a person is from or works, in the words after the name.

        "Kieran Holt, 27, of Walsall" and "diver Brian Michaud of Millinocket"
        (livesIn), "Sarah Quigley, of X Police" and "Wang Li at the Institute
        of Mechanics" (worksFor), "Ed Marsh, a Republican from Omaha" and "Ana
        Ruiz from Seville" (livesIn). A place followed by its region lives in
        both: "of Bethany, Conn."
        """
        i = person.end
        if self.followed_by_age(person):
            i += 2  # past ", 27"
        if i < len(self.doc) and self.doc[i].text == ",":
            i += 1
            if i < len(self.doc) and self.doc[i].tag_ == "DT":  # ", a Republican from X"
                noun = self.doc[i].head
                if noun.i > i and noun.i - i <= 3 and noun.tag_ in ("NN", "NNP"):
                    i = noun.i + 1
                    if i >= len(self.doc) or self.doc[i].lower_ != "from":
                        return
        if i + 1 >= len(self.doc) or self.doc[i].lower_ not in ("of", "at", "from"):
            return
        preposition = self.doc[i]
        i += 1
        if self.doc[i].lower_ == "the" and i + 1 < len(self.doc):
            i += 1  # "at the Institute of Mechanics"
        other = self.resolver.mention_at(self.doc[i])
        if other is None or other.start != i:
            return
        top = self.ontology.top(other.cls)
        if top == "Place" and preposition.lower_ in ("of", "from"):
            self.add(person, "livesIn", other, "name-of-place", preposition)
            region = self.region_after(other)
            if region is not None:
                self.add(person, "livesIn", region, "name-of-place", preposition)
        elif top == "Organization" and preposition.lower_ in ("of", "at"):
            self.add(person, "worksFor", other, "name-of-place", preposition)

    def bracketed_affiliations(self) -> None:
        """Read "M Blair (Edinburgh), A Craig (Glasgow)" and "Ann Cole (Labour)".

        An organization in brackets right after a person's name is the one
        the person belongs to; a place is a club named after it when the text
        lists several people so, as squads are listed, and a country is the
        person's country.
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
            if top == "Organization":
                squad = len(places) >= 2  # a list of players by club
                relation = "memberOf" if squad or self.is_group(other) else "worksFor"
                self.add(person, relation, other, "bracketed", token)
            elif other.cls == "Country" or other.name.lower() in self.lexicon.countries:
                self.add(person, "nationality", other, "bracketed", token)
            elif top == "Place" and len(places) >= 2:
                self.add(person, "memberOf", self.team_of(other), "bracketed", token)

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

    def respective_demonyms(self) -> None:
        """Read "American and British billionaires Jeff Bezos and Richard Branson", in order."""
        for mention in self.mentions:
            root = self.doc[mention.end - 1]
            if self.ontology.top(mention.cls) != "Person" or root.dep_ == "conj":
                continue
            people = [mention] + [
                self.resolver.mention_at(c) for c in root.conjuncts if c.i > root.i
            ]
            if len(people) < 2 or None in people:
                continue
            i = mention.start - 1
            while (
                i >= 0 and self.doc[i].is_lower and self.doc[i].is_alpha and mention.start - i <= 2
            ):
                i -= 1  # the shared noun: "billionaires", "actors"
            demonyms = []
            while i >= 0:
                token = self.doc[i]
                if token.lower_ in self.lexicon.demonyms:
                    demonyms.insert(0, token)
                elif token.lower_ not in ("and", ","):
                    break
                i -= 1
            if len(demonyms) == len(people):
                for person, demonym in zip(people, demonyms, strict=True):
                    country = self.country(demonym, self.lexicon.demonyms[demonym.lower_])
                    self.add(person, "nationality", country, "respective-demonym", demonym)

    def copular_subject(self, root: Token) -> Mention | None:
        """For "The Lantern Rooms are singer Maeve Donnelly …", return the band."""
        top = root
        while top.dep_ == "conj":
            top = top.head
        if top.dep_ != "attr" or top.head.lemma_ != "be":
            return None
        subject = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
        return self.resolver.mention_at(subject) if subject is not None else None

    def organization_location(self, mention: Mention, root: Token) -> None:
        """Read "<organization> in <place>" as basedIn, "<event> in <place>" as locatedIn.

        "The E3 exhibition in Los Angeles": the noun a name modifies holds the place too.
        """
        prop = "locatedIn" if self.ontology.top(mention.cls) == "Event" else "basedIn"
        heads = [root]
        if root.dep_ == "compound" and self.noun_class(root.head):
            heads.append(root.head)  # "the E3 exhibition in X"
        for head in heads:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "in":
                    for pobj in (c for c in child.children if c.dep_ == "pobj"):
                        place = self.resolver.mention_at(pobj)
                        if place is not None and self.ontology.top(place.cls) == "Place":
                            self.add(mention, prop, place, "organization-in-place", child)

    def single_film(self) -> None:
        """In an article about one film, its actors and director are the people so titled.

        "Russian actress Yulia Peressild and director Klim Chipenko" in a
        text whose only film is "The Challenge": Peressild acts in it and
        Chipenko directs it. With two films or more the rule says nothing.
        """
        films = {m.name.lower(): m for m in self.mentions if self.ontology.is_a(m.cls, "Film")}
        if len(films) != 1:
            return
        film = next(iter(films.values()))
        attached = {(f.subject, f.property) for f in self.facts}
        attached |= {(f.object, f.property) for f in self.facts}
        film_sentences = {
            self.resolver.sentence_of[m.start] for m in self.mentions if m.name.lower() in films
        }
        for person, title, head in self.unattached_titles:
            # the film must be named near the person: within three sentences
            here = self.resolver.sentence_of[head.i]
            near = any(abs(here - n) <= 3 for n in film_sentences)
            if (
                near
                and title.relation in ("actsIn", "directedBy")
                and (person, title.relation) not in attached
            ):
                self.add_by_domain(title.relation, person, film, "single-film", head)
