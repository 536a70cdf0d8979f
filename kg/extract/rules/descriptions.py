"""Facts read off the words around a name: titles' facts, demonyms, owners, places.

"Russian actress Yulia Peressild" (nationality, occupation), "Dmitri
Rogozine, director of Roscosmos" (directedBy), "Betis coach Manuel Arriaga"
(worksFor), "Germany's Nordhafen" (basedIn), "Elon Musk's SpaceX", "Lyon
coach" (the team), "Kieran Holt, 27, of Walsall" (livesIn), "her drama 'X'",
"X and other members of Y", and the people titled actor or director in an
article about one film. "Bristol-based" and "Austrian-born" are read with the
places (``places.py``).
"""

from spacy.tokens import Token

from ..mentions import Mention, styled_start
from .negation import negated
from .quotes import quoted
from .units import UNIT_OWNERS


class DescriptionRules:
    """Rules that read descriptions of names; mixed into the extraction state."""

    def describe_modifiers(
        self, mention: Mention, words: list[Token], anchor: Token, titled: bool = False
    ) -> list:
        """Read demonyms, places, owners and class nouns among ``words`` for ``mention``.

        Nothing is read for a name typed an organization right after a
        person's title ("Swansea forward X"): the words describe a person.
        Returns the organizations or works the words name, for title rules.
        """
        top = self.ontology.top(mention.cls)
        if top == "Organization" and self.titles_person(mention, words):
            return []  # "Ulster coach X", "India's richest man Y": a person typed wrongly
        affiliations = []
        for k, token in enumerate(words):
            other = self.resolver.mention_at(token)
            lower = token.lower_
            nxt = words[k + 1] if k + 1 < len(words) else None
            if other is not None and other is not mention:
                if other.end - 1 != token.i:
                    continue
                other_top = self.ontology.top(other.cls)
                possessive = (
                    nxt is not None
                    and nxt.tag_ == "POS"
                    and self.owns(token, other_top, mention, anchor)
                )
                hyphen = nxt is not None and nxt.tag_ == "HYPH"
                if hyphen:
                    continue  # "Bristol-based" is read at "based"
                possessives = self.lexicon.possessives
                prop = next(
                    (
                        possessives[pair]
                        for pair in (
                            (other.cls, mention.cls),
                            (other.cls, top),
                            (other_top, mention.cls),
                            (other_top, top),
                        )
                        if pair in possessives
                    ),
                    None,
                )
                if possessive and titled and other_top in ("Organization", "CreativeWork"):
                    affiliations.append(other)  # "Sony's chairman X": the title says how
                elif (
                    possessive
                    and prop
                    and not (prop == "locatedIn" and mention.cls == "Country")
                    and not self.cut_title(mention)  # "U2's album How [to Dismantle …]"
                ):
                    # a country lies within no place it owns: "Game's UK sales director"
                    # "X's Y" as X heading Y is often wrong ("Brown's Budget", "Verdi's
                    # La Traviata", works taken for firms): its own rule and confidence
                    rule = "possessive-head" if prop == "directedBy" else "possessive"
                    if prop == "worksFor" and top == "Person" and self.is_country(other):
                        # "Slovakia's X": a country, whatever type the tagger gave it
                        name = self.lexicon.countries.get(other.name.lower(), other.name)
                        prop, other = "nationality", self.country(token, name)
                    self.add_by_domain(prop, mention, other, rule, token)
                elif (
                    other_top == "Place"
                    and top == "Organization"
                    and self.seats(other, mention, token)
                ):
                    self.add(mention, "basedIn", other, "place-modifier", token)
                elif (
                    other_top == "Place"
                    and top == "Person"
                    and not self.is_country(other)
                    and anchor.lower_ in self.lexicon.title_words.get("resident", ())
                ):
                    self.add(mention, "livesIn", other, "place-resident", token)  # "Leeds man X"
                elif (
                    top == "Person"
                    and not titled
                    and other.end == mention.start
                    and (self.lexicon.gazetteer.get(other.name) == "PoliticalParty")
                ):
                    self.add(mention, "memberOf", other, "party-before-name", token)  # "Tory X"
                elif other_top in ("Organization", "CreativeWork"):
                    affiliations.append(other)
                continue
            pair = f"{words[k - 1].lower_} {lower}" if k else ""
            if pair in self.lexicon.demonyms or pair in self.lexicon.regions:
                lower = pair  # "South Korean", "Latin American"
            if lower in self.lexicon.demonyms and not (nxt is not None and nxt.tag_ == "HYPH"):
                country = self.country(token, self.lexicon.demonyms[lower])
                if top == "Person":
                    self.add(mention, "nationality", country, "demonym", token)
                elif top == "Organization":
                    self.add(mention, "basedIn", country, "demonym", token)
                elif top == "Place" and mention.cls != "Country":
                    self.add(mention, "locatedIn", country, "demonym", token)
            elif top == "Organization" and lower in self.lexicon.regions:
                region = self.country(token, self.lexicon.regions[lower], "Place")
                self.add(mention, "basedIn", region, "demonym", token)  # "European maker X"
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

    def title_facts(
        self,
        person: Mention,
        head: Token,
        words: list[Token],
        extra=(),
        generic=False,
        described=False,
        ended=False,
        rule="title",
    ) -> None:
        """State the occupation a title gives, and the fact it implies with its organization.

        ``generic``: ``head`` is right before the name, where any role noun is a title.
        ``ended``: the post is a past one, whatever its words ("quit as chairman").
        ``rule``: the rule named in the provenance; its affiliations are ``<rule>-affiliation``.
        """
        reading = self.read_title(head, words, generic, described)
        if reading is None:
            self.describe_modifiers(person, words, head)  # "her American colleague X"
            return
        title, former = reading.title, reading.former or ended
        # "President of Pakistan Asif Ali Zardari": the name after the title's "of" (an
        # "of" is among the words only with a name after it: ``of_after_title``)
        of_words = [w for w in words if w.i > head.i and w.lower_ == "of"]
        named_of = [m for m in (self.resolver.mention_at(self.doc[w.i + 1]) for w in of_words) if m]
        # the title's own words ("Sporting director") name no organization
        words = [w for w in words if w.i < reading.first]
        unit = self.department(head)
        department = (
            " ".join(t.text for t in self.department_words(unit))
            if unit is not None and self.one_unit(unit, title)
            else None
        )
        if title.is_occupation:
            # "head of sales" is one title; "director for research" is a director
            of = department and unit.head.lower_ == "of"
            phrase = f"{reading.phrase} of {department}" if of else reading.phrase
            self.add(person, "occupation", phrase, rule, head)
        affiliations = list(extra) + self.describe_modifiers(person, words, head, titled=True)
        for found in named_of:
            affiliations.append(found)
            self.title_nationality(person, title, found, head, "title-of-country")
        self.place_before_title(person, title, words, affiliations, head)
        if title.in_team:
            affiliations += self.teams_named_by_places(words)
        # "editor in chief of X", "director general of X": "of X" hangs on the title's tail
        tail = reading.tail
        units = [c for c in unit.children if c.lower_ in UNIT_OWNERS] if unit is not None else []
        named_before = list(affiliations)
        arms = []  # organizations named with a place: "director of the IFPI in Germany"
        # "UK managing director of X": a country before the title names X's arm in it
        national = [
            m for m in map(self.resolver.mention_at, head.lefts) if m and self.is_country(m)
        ]
        for child in [*head.children, *(tail.children if tail is not None else []), *units]:
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "with", "in", "from"):
                if child.lower_ == "in" and named_before and self.names_a_body(child):
                    # "Tory leader in the Lords": where the leader sits, and whom he leads
                    # there is only part of the party ("chief executive in 2005" is not)
                    arms += named_before
                    continue
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    for target in self.expand(pobj):
                        found = self.resolver.resolve(target)
                        if found is not None and (self.in_country(target) or national):
                            arms.append(found)
                        # "a huntsman from Ledbury" says whence, not for whom
                        if found is not None and child.lower_ != "from":
                            affiliations.append(found)
                        # "the President of Poland, X", "a footballer from Argentina";
                        # "Chief Executive of AOL UK" names a firm's arm, not a country
                        arm = any(c.dep_ == "compound" for c in target.children)
                        if child.lower_ in ("of", "from") and not arm:
                            self.title_nationality(person, title, found, child, "title-of-country")
            elif child.dep_ == "poss":
                found = self.resolver.resolve(child)
                if found is not None:
                    affiliations.append(found)
        if former:
            # a former office in a party leaves its member a member: "former Tory leader X"
            for other in affiliations:
                if self.ontology.is_a(other.cls, "PoliticalParty"):
                    self.add(person, "memberOf", other, f"{rule}-affiliation", head)
            return
        # a job with no fact of its own still says whom one works for: "officer at X"
        relation = title.relation or "worksFor"
        if unit is not None and relation == "directedBy":
            relation = "worksFor"  # the head of a department works for the organization
        if relation == "directedBy" and self.indefinite(head):
            relation = "worksFor"  # "an IMF director": one of several, not its head
        affiliations = [
            other
            for other in affiliations
            if other is not person and self.fits_opposite(relation, person, other)
        ]
        for other in affiliations:
            # a party's people are its members, whatever their post: "Labour's prime minister"
            # the head of its arm in a country works for it
            # ("its UK chief executive": a country before the title names an arm too)
            arm = other in arms or (national and not self.is_country(other))
            prop = "worksFor" if relation == "directedBy" and arm else relation
            if prop == "worksFor" and self.ontology.is_a(other.cls, "PoliticalParty"):
                prop = "memberOf"
            self.add_by_domain(prop, person, other, f"{rule}-affiliation", head)
        if not affiliations:
            self.unattached_titles.append((person, title, head))

    def shared_title(self, mention: Mention, root: Token) -> None:
        """Give a name joined to others the plural title before the first of them.

        "London Assembly members X and Y", "Railtrack managers X, Y and Z":
        the title before the first name is each name's; not across other
        words ("Defenders X and Y, plus Z": Z is no defender).
        """
        after = self.doc[mention.end] if mention.end < len(self.doc) else None
        if after is not None and after.tag_ == "POS":
            return  # "midfielders X and Y and Vogts' assistant Z": the name is an owner
        token = root
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head  # "X, Y and Z": Z hangs on Y, Y on X
            first = self.resolver.mention_at(token)
            if first is None or self.ontology.top(first.cls) != "Person":
                return
            between = self.doc[first.end : mention.start]
            if any(not self.joins_names(t) for t in between):
                return
            start = styled_start(self.doc, first.start, self.lexicon)  # "actors Sir X and Y"
            words = self.premodifiers(start)
            if words and words[-1].tag_ == "NNS" and words[-1].i == start - 1:
                self.title_facts(mention, words[-1], words, generic=True)
                return

    def joins_names(self, token: Token) -> bool:
        """Tell whether a token belongs to a list of names: a name, a comma, "and", "or", "Sir"."""
        return (
            token.lower_ in (",", "and", "or")
            or token.i in self.resolver.at
            or token.text in self.lexicon.honorifics
        )

    def descriptions(self) -> None:
        """Apply the description rules to every mention."""
        for mention in self.mentions:
            root = self.doc[mention.end - 1]
            if (
                self.ontology.top(mention.cls) == "Person"
                and root.head.i == mention.end
                and root.head.text in self.lexicon.letters
            ):
                root = root.head  # "X, Brian Monteith MSP, said": the letters head the phrase
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
            # "X and other members of Y", "Chelsea or any other London club": X is one of them
            appositives += [c for c in root.conjuncts if self.one_of_others(mention, c)]
            attributes = self.copular_nouns(root)
            if self.ontology.top(mention.cls) == "Person":
                self.name_of_place(mention)
                # "X took over as chief executive"; "Y quit as boss": a post held before
                for noun, ended, givers in self.role_nouns(root):
                    if not negated(noun.head):
                        post = self.premodifiers(noun.i)
                        self.title_facts(mention, noun, post, extra=givers, ended=ended)
                for title_noun in [*nouns[-1:]]:
                    adjacent = title_noun.i == mention.start - 1
                    self.title_facts(mention, title_noun, words, generic=adjacent)
                # "Labour MP and former Cabinet minister X": each title joined by "and" is his;
                # not "the athlete and team-mates X", where the last noun is several people
                joined = nouns and nouns[-1].tag_ != "NNS"
                for joint in (
                    w for w in words if joined and w.lower_ == "and" and self.joins_titles(w)
                ):
                    head = self.doc[joint.i - 1]
                    self.title_facts(mention, head, [w for w in words if w.i < head.i])
                if not nouns:
                    self.describe_modifiers(mention, words, root)
                    self.shared_title(mention, root)
                for head in appositives + [a for a in attributes if not negated(a.head)]:
                    for noun in self.expand(head):
                        if noun.pos_ in ("NOUN", "PROPN") and noun.i not in self.resolver.at:
                            words = self.premodifiers(noun.i)
                            self.title_facts(mention, noun, words, described=True)
                copular_subject = self.copular_subject(root)
                if copular_subject is not None and nouns:
                    self.title_facts(mention, nouns[-1], words, extra=[copular_subject])
            else:
                self.describe_modifiers(mention, words, root)
                # "Siemens, the Munich-based company"; "Roketsan is a Turkish company"; not
                # a person's noun the parser hangs on a name ("a Ghanaian footballer who
                # plays for Premier League club Newcastle United")
                kin = [a for a in attributes if self.same_kind(mention, a) and not negated(a.head)]
                things = [a for a in appositives if not self.persons_noun(a)]
                for noun in things + kin:
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

    def one_of_others(self, mention: Mention, noun: Token) -> bool:
        """Tell whether a noun joined to a name says what the name is: "X and other members"."""
        if not any(c.lower_ == "other" for c in noun.children):
            return False
        if self.ontology.top(mention.cls) == "Person":
            return self.persons_noun(noun)
        return self.same_kind(mention, noun)

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
            if quoted(subject):
                continue  # "He is such a great leader," said X: a speaker's "he" is another
            person = self.resolver.resolve(subject, frozenset({"Person"}))
            if person is None:
                continue
            for noun in verb.children:
                if noun.dep_ in ("attr", "oprd", "xcomp") and noun.pos_ == "NOUN":
                    self.title_facts(person, noun, self.premodifiers(noun.i))

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

    def single_film(self) -> None:
        """In an article about one film, its actors and director are the people so titled.

        "Russian actress Yulia Peressild and director Klim Chipenko" in a
        text whose only film is "The Challenge": Peressild acts in it and
        Chipenko directs it. Only film roles count (``film_role`` in
        ``title_words.tsv``), for at most two people each; the film must be
        named within three sentences of the person, and no other work: news
        of festivals and awards names many films, most of them unrecognised,
        and lists actors who are in none of the films named.
        """
        films = {m.name.lower(): m for m in self.mentions if self.ontology.is_a(m.cls, "Film")}
        if len(films) != 1:
            return
        other_works = {
            self.resolver.sentence_of[m.start]
            for m in self.mentions
            if self.ontology.top(m.cls) == "CreativeWork" and m.name.lower() not in films
        }
        film = next(iter(films.values()))
        attached = {(f.subject, f.property) for f in self.facts}
        attached |= {(f.object, f.property) for f in self.facts}
        film_sentences = {
            self.resolver.sentence_of[m.start] for m in self.mentions if m.name.lower() in films
        }
        roles = self.lexicon.title_words.get("film_role", frozenset())
        # a list of actors ("other actors there were A, B, C and D") is of no one film
        cast = [
            (p, t, h) for p, t, h in self.unattached_titles if t.phrase in roles and h.tag_ != "NNS"
        ]
        if any(sum(t.relation == c.relation for _, c, _ in cast) > 2 for _, t, _ in cast):
            return
        for person, title, head in cast:
            here = self.resolver.sentence_of[head.i]
            near = any(abs(here - n) <= 3 for n in film_sentences)
            near = near and not any(abs(here - n) <= 3 for n in other_works)
            if (
                near
                and title.relation in ("actsIn", "directedBy")
                and (person, title.relation) not in attached
            ):
                self.add_by_domain(title.relation, person, film, "single-film", head)
