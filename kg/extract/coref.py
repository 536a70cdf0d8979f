"""From a token to the entity it stands for: names, descriptions and pronouns.

A rule that finds "the film was directed by X" needs to know which entity
"the film" is. ``Resolver.resolve`` answers for any token:

- a token inside a named mention is that mention;
- a noun in apposition to a name ("the company, Lindqvist Theatricals") or
  modified by one ("the 'Mission Impossible' saga") is that name;
- a relative pronoun (who, which, whose) is the noun its clause modifies;
- a definite description ("the film", "the club", "the director") is the
  latest entity described by that noun, or else the latest of its class;
- he/she is the latest person, it/its the latest non-person, preferring
  grammatical subjects, within the last few sentences;
- "the 37-year-old" (with or without a noun after it) is the person given
  that age ("Peresild, 37,"), else the person a pronoun would be (or, with
  a noun, what that noun describes).

Candidates must fit the classes the rule accepts, so "it was directed by"
looks back for a work or an organization, never a place.
"""

from collections import Counter

from spacy.tokens import Doc, Token

from ..knowledge.lexicon import Lexicon
from ..knowledge.ontology import Ontology
from .entities import same_entity
from .gender import titled_genders
from .mentions import Mention
from .personhood import surely_person

_NEUTER = {"it", "its", "itself"}
_RELATIVE = {"who", "whom", "whose", "which", "that"}
_DEFINITE = {"the", "this", "that", "its", "their"}
_LOOKBACK_SENTENCES = 3
_QUOTES = {'"', "'", "‘", "’", "“", "”", "«", "»"}
# "the enlarged group", "the new company", "its own browser": these adjectives
# describe something other than the entity named before
_NOVELTY = set("new enlarged combined merged other rival next former future own".split())
# "its subsidiary", "their parent": a firm other than the one "its" stands for
_RELATIONAL = {"subsidiary", "parent", "partner", "arm", "unit"}


class Resolver:
    """Resolves tokens of one document to its mentions."""

    def __init__(self, doc: Doc, mentions: list[Mention], lexicon: Lexicon, ontology: Ontology):
        self.doc = doc
        self.mentions = mentions
        self.lexicon = lexicon
        self.ontology = ontology
        self.at: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.start, mention.end):
                self.at[i] = mention
        self.sentence_of = {}
        for number, sent in enumerate(doc.sents):
            for token in sent:
                self.sentence_of[token.i] = number
        #: nouns each mention has been described with ("label", "film", "actress")
        self.descriptors: dict[Mention, set[str]] = {m: set() for m in mentions}
        #: the gender a he/she has shown, by entity key; resolved pronouns, by token
        self.gender: dict[str, str] = {}
        self._pronouns: dict[int, Mention | None] = {}
        self._by_entity: dict[str, set[str]] | None = None
        self._titled: dict[str, str] | None = None
        for mention in mentions:
            for word in mention.name.lower().split():
                if word in lexicon.class_nouns:
                    self.descriptors[mention].add(word)

    def add(self, mention: Mention) -> None:
        """Take in a mention found after the resolver was made."""
        for i in range(mention.start, mention.end):
            self.at[i] = mention
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self.descriptors.setdefault(mention, set())
        self._by_entity = None

    def _described(self, mention: Mention, noun: str) -> bool:
        """Tell whether ``mention``'s entity has been described with ``noun``."""
        if noun in self.descriptors.get(mention, ()):
            return True
        if self._by_entity is None:  # built once per grouping, not per candidate
            self._by_entity = {}
            for other, nouns in self.descriptors.items():
                if other.key:
                    self._by_entity.setdefault(other.key, set()).update(nouns)
        return bool(mention.key) and noun in self._by_entity.get(mention.key, ())

    def regrouped(self) -> None:
        """Take note that the mentions' entity keys have changed."""
        self._by_entity = None
        self._titled = None

    def describe(self, mention: Mention, noun: Token) -> None:
        """Record that ``mention`` was described with ``noun``."""
        self.descriptors.setdefault(mention, set()).add(noun.lemma_.lower())
        self._by_entity = None

    def mention_at(self, token: Token) -> Mention | None:
        """Return the named mention that covers ``token``, if any."""
        return self.at.get(token.i)

    def resolve(
        self,
        token: Token,
        allowed: frozenset[str] | None = None,
        evidence: list[tuple[Mention, str]] | None = None,
    ) -> Mention | None:
        """Return the mention ``token`` refers to, if one fits ``allowed`` classes.

        Args:
            token: any token of the document.
            allowed: the classes acceptable to the caller (None: any).
            evidence: when given, a name of the wrong class is accepted if the
                role admits one top class only ("born in Belo Horizonte",
                tagged as a person), and the class the role calls for is
                appended here as ``(mention, class)``; the caller records it
                on the mention if the fact is made, and consolidation weighs
                it against the tagger's class.
        """
        mention = self._resolve(token, allowed, depth=0)
        if mention is None or self._fits(mention, allowed):
            return mention
        tops = {self.ontology.top(c) for c in allowed}
        if (
            evidence is not None
            and len(tops) == 1
            and token.i in self.at
            and self.ontology.top(mention.cls) != "Country"
            # a person's plain name keeps its class
            and not (self.is_person(mention) and surely_person(self.doc, mention, self.lexicon))
        ):
            evidence.append((mention, min(allowed, key=lambda c: len(self.ontology.ancestors(c)))))
            return mention
        return None

    def _fits(self, mention: Mention, allowed: frozenset[str] | None) -> bool:
        return allowed is None or self.ontology.fits(mention.cls, allowed)

    def _compatible(self, cls: str, noun_class: str | None) -> bool:
        if noun_class is None:
            return False
        return self.ontology.is_a(cls, noun_class) or self.ontology.is_a(noun_class, cls)

    def _resolve(self, token: Token, allowed, depth: int) -> Mention | None:
        if depth > 3:
            return None
        if token.i in self.at:
            return self.at[token.i]
        lower = token.lower_
        if lower in _RELATIVE and token.tag_ in ("WP", "WP$", "WDT"):
            clause = next((a for a in token.ancestors if a.dep_ in ("relcl", "acl")), None)
            if clause is not None:
                found = self._resolve(clause.head, allowed, depth + 1)
                if lower in ("who", "whom") and (found is None or not self.is_person(found)):
                    # "a footballer from Argentina who played …": "who" is a person, and the
                    # parse hung the clause on the nearest noun
                    return self._person_described(clause.head) or found
                return found
            # a misparsed relative clause: the name right before the pronoun
            before = token.i - 1
            while before >= 0 and self.doc[before].is_punct:
                before -= 1
            return self.at.get(before) if before >= 0 else None
        if lower in self.lexicon.pronoun_genders:
            return self._personal(token)
        age = _age_of(token)
        if age is not None and (allowed is None or "Person" in allowed):
            aged = self._aged_person(token, age)
            if aged is not None or lower == "old":
                return aged  # else "the 37-year-old actress" resolves as "the actress"
        if lower in _NEUTER:
            wanted = allowed - {"Person"} if allowed else None
            return self._latest(token, wanted, None, exclude_person=True)
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        # apposition, in either direction, and names that modify the noun
        if token.dep_ == "appos" and token.head.i in self.at:
            return self.at[token.head.i]
        for child in token.children:
            if child.dep_ == "appos" and child.i in self.at:
                return self.at[child.i]
        for child in token.children:
            if child.dep_ in ("compound", "nmod", "amod") and child.i in self.at:
                mention = self.at[child.i]
                if self.ontology.top(mention.cls) == "CreativeWork":
                    return mention
        after = token.i + 1
        while after < len(self.doc) and self.doc[after].text in _QUOTES:
            after += 1
        named = self.at.get(after)
        if named is not None and named.start == after and self.ontology.top(named.cls) != "Person":
            return named  # "the series 'Night Harbour'", "the label Halfmoon Recordings"
        for child in token.children:
            # "a revival of The Glass Orchard", "a production of King Lear"
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    work = self.at.get(pobj.i)
                    if work is not None and self.ontology.top(work.cls) == "CreativeWork":
                        return work
        determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        noun = token.lemma_.lower()
        # "the enlarged group", "the new company" describe something new
        describing = [c for c in token.children if c.dep_ == "amod" and c.lower_ in _NOVELTY]
        # "the Arthur D. Little consultancy": a name the tagger missed, not an earlier one
        unnamed = [
            c
            for c in token.children
            if c.dep_ == "compound"
            and c.pos_ == "PROPN"
            and c.i not in self.at
            and not self._country_of(c.lower_)
        ]
        relational = {noun} | {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
        owned = any(c.dep_ in ("compound", "poss") and c.i in self.at for c in token.children)
        if relational & _RELATIONAL and (determiners & {"its", "their"} or owned):
            return None  # "its subsidiary", "the Relbank subsidiary": another firm
        # "the two Japanese companies" are more than any one entity named before; "the
        # real-life drama, Cherished." is named right after, by a name the tagger missed
        unnamed = unnamed or self._named_after(token)
        if determiners & _DEFINITE and not describing and not unnamed and token.tag_ != "NNS":
            return self._latest(token, allowed, noun)
        return None

    def _named_after(self, noun: Token) -> bool:
        """Tell whether an untagged name follows a noun after a comma, and ends its clause."""
        i = noun.i + 2
        if i >= len(self.doc) or self.doc[i - 1].text != "," or self.doc[i].pos_ != "PROPN":
            return False
        while i < len(self.doc) and self.doc[i].pos_ == "PROPN" and i not in self.at:
            i += 1
        return i > noun.i + 2 and (i == len(self.doc) or self.doc[i].text in (".", ",", ";"))

    def _names_subject(self, mention: Mention) -> bool:
        """Tell whether a mention is a subject, or names one: "Deutsche Boerse bosses said".

        Not a place that only says where the subject is: "a New South Wales inquiry".
        """
        last = self.doc[mention.end - 1]
        subject = ("nsubj", "nsubjpass")
        owner = self.ontology.top(mention.cls) != "Place"
        return (
            last.dep_ in subject
            or self.doc[mention.start].dep_ in subject
            or (owner and last.dep_ == "compound" and last.head.dep_ in subject)
        )

    def _personal(self, token: Token) -> Mention | None:
        """Resolve he/she (cached): a pronoun chain keeps its referent, genders stay apart."""
        if token.i not in self._pronouns:
            self._pronouns[token.i] = None  # guards against cycles while resolving
            gender = self.lexicon.pronoun_genders[token.lower_]
            found = self._latest(token, frozenset({"Person"}), None, gender=gender)
            if found is not None:
                self.gender.setdefault(found.key or str(id(found)), gender)
            self._pronouns[token.i] = found
        return self._pronouns[token.i]

    def _aged_person(self, token: Token, age: str) -> Mention | None:
        """Resolve "the 37-year-old": the person of that age, else (alone) the person in focus."""
        aged = [
            m
            for m in self.mentions
            if m.start < token.i
            and self.ontology.top(m.cls) == "Person"
            and [t.text for t in self.doc[m.end : m.end + 3]] == [",", age, ","]
        ]
        if aged:
            return aged[-1]
        if token.lower_ == "old":
            return self._latest(token, frozenset({"Person"}), None)
        return None

    def _continued_subject(
        self, token: Token, allowed, exclude_person: bool, gender: str | None = None
    ) -> Mention | None:
        """Return what the subject of this or the previous sentence refers to, if it fits.

        "The series is being made by … It is directed by …": a pronoun
        that opens a sentence usually continues the previous subject, even
        when that subject was a description rather than a name.
        """
        here = token.sent
        sentences = [here]
        if here.start > 0:
            sentences.append(self.doc[here.start - 1].sent)
        for sent in sentences:
            subjects = [
                t
                for t in sent
                if t.dep_ in ("nsubj", "nsubjpass")
                and t.head == sent.root
                and t.i < token.i
                and t.lower_ not in _NEUTER
                and self.lexicon.pronoun_genders.get(t.lower_, gender) == gender
            ]
            for subject in reversed(subjects):
                if subject.lower_ in self.lexicon.pronoun_genders:
                    mention = self._personal(subject)  # "She … She …": the same person
                else:
                    mention = self._resolve(subject, allowed, depth=2)
                if mention is not None and not self._gender_fits(mention, gender):
                    continue
                if mention is None or not self._fits(mention, allowed):
                    continue
                if exclude_person and self.ontology.top(mention.cls) == "Person":
                    continue
                if not exclude_person and self.ontology.top(mention.cls) != "Person":
                    continue
                return mention
        return None

    def _countries(self, mention: Mention, token: Token) -> set[str]:
        """Return the countries named just before ``mention``'s entity, up to ``token``.

        "US car giant GM", "Italian carmaker Fiat", "Russia's space agency
        Roscosmos": up to three words before a mention.
        """
        found = set()
        for other in self.mentions:
            if other.start >= token.i:
                break
            if same_entity(mention, other):
                # "Russia's space agency Roscosmos": the possessive ending is no word
                before = [
                    t for t in self.doc[max(0, other.start - 4) : other.start] if t.tag_ != "POS"
                ]
                for word in before[-3:]:
                    country = self._country_of(word.lower_)
                    if country:
                        found.add(country)
        return found

    def _clear_choice(self, token: Token, candidates: list[Mention]) -> bool:
        """Say whether "the US company" can be told among ``candidates`` no text called so.

        The country alone does not choose between firms: one is meant if the
        description is inside its phrase ("at Intel, where she managed the US
        company's plant") or if it is the only one, or named at least twice as
        often as any other (the firm the article is about).
        """
        if self._holding(token, candidates):
            return True
        ranked = sorted(_entity_counts(candidates).values(), reverse=True)
        return len(ranked) <= 1 or ranked[0] >= 2 * ranked[1]

    def _holding(self, token: Token, candidates: list[Mention]) -> list[Mention]:
        """Return the candidates whose phrase holds ``token``: "at Intel, where … the company's"."""
        return [m for m in candidates if token in self.doc[m.end - 1].subtree]

    def is_person(self, mention: Mention) -> bool:
        """Tell whether a mention is of a person."""
        return self.ontology.top(mention.cls) == "Person"

    def _person_described(self, noun: Token) -> Mention | None:
        """Return the person a copular clause holding ``noun`` is about.

        "X was a footballer from Argentina who …": the parse may hang the
        clause on "Argentina"; the clause that holds it says what X was.
        """
        for ancestor in noun.ancestors:
            children = list(ancestor.children)
            if any(c.dep_ == "attr" for c in children):
                subject = next((c for c in children if c.dep_ == "nsubj"), None)
                found = self.at.get(subject.i) if subject is not None else None
                return found if found is not None and self.is_person(found) else None
            if ancestor.dep_ in ("ROOT", "relcl"):
                return None
        return None

    def _country_of(self, word: str) -> str | None:
        """Return the country a lower-cased word names or is the demonym of."""
        return self.lexicon.demonyms.get(word) or self.lexicon.countries.get(word)

    def _most_named(self, token: Token, candidates: list[Mention]) -> Mention:
        """Return the candidate whose entity is named most often before ``token``."""
        counts = Counter(m.key for m in self.mentions if m.start < token.i and m.key)
        return max(reversed(candidates), key=lambda m: counts.get(m.key, 1))

    def _gender_fits(self, mention: Mention, gender: str | None) -> bool:
        if self._titled is None:  # once per grouping: "Ms Robinson" is no "he"
            self._titled = titled_genders(self.doc, self.mentions, self.lexicon.title_genders)
        key = mention.key or str(id(mention))
        known = self._titled.get(key) or self.gender.get(key)
        return gender is None or known is None or known == gender

    def _latest(
        self,
        token: Token,
        allowed,
        noun: str | None,
        exclude_person: bool = False,
        gender: str | None = None,
    ) -> Mention | None:
        """Return the latest mention before ``token`` that fits, preferring subjects."""
        here = self.sentence_of[token.i]
        noun_class = self.lexicon.class_nouns.get(noun) if noun else None
        title = noun in self.lexicon.titles if noun else False
        if noun and not noun_class and not title:
            return None
        candidates = []
        for mention in self.mentions:
            if mention.start >= token.i:
                break
            if here - self.sentence_of[mention.start] > _LOOKBACK_SENTENCES and noun is None:
                continue
            if exclude_person and self.ontology.top(mention.cls) == "Person":
                continue
            if not self._fits(mention, allowed):
                continue
            if noun is not None:
                described = self._described(mention, noun)
                if title and not described:
                    continue
                if not described and not self._compatible(mention.cls, noun_class):
                    continue
            candidates.append(mention)
        if not candidates and noun is not None:
            return None
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
        wanted = {self._country_of(c.lower_) for c in modifiers} - {None}
        national = {
            self.lexicon.countries[c.lower_]
            for c in token.children
            if c.dep_ in ("compound", "nmod") and c.lower_ in self.lexicon.countries
        }
        if noun is not None and national and self.ontology.is_a(noun_class or "", "SportsTeam"):
            # "the GB team", "the England coaching team": the country's own team, not a
            # club named before (as "the Spanish club" is)
            candidates = [m for m in candidates if self._country_of(m.name.lower()) in national]
            if not candidates:
                return None
        if noun is not None and wanted:
            # "the Italian firm" is one the text called Italian, if any, and none it
            # called by another country ("US car giant GM")
            countries = {id(m): self._countries(m, token) for m in candidates}
            candidates = [m for m in candidates if not countries[id(m)] - wanted]
            called = [m for m in candidates if countries[id(m)]]
            if not called and not self._clear_choice(token, candidates):
                return None
            candidates = called or candidates
            if not candidates:
                return None
        if noun is not None:
            described = [m for m in candidates if self._described(m, noun)]
            if described:
                return described[-1]
            # a name whose phrase holds the description is meant ("at Intel,
            # where she managed the U.S. company's plant"); else, in an article
            # about a club, "the club" is the one named most so far
            holding = self._holding(token, candidates)
            if holding:
                return holding[-1]
            counts = _entity_counts(candidates)
            return max(reversed(candidates), key=lambda m: counts[m.key or id(m)])
        candidates = [m for m in candidates if self._gender_fits(m, gender)]
        if noun is None:
            continued = self._continued_subject(token, allowed, exclude_person, gender)
            if continued is not None:
                return continued
        if not candidates and (exclude_person or noun is not None):
            return None
        if noun is None:
            subjects = [m for m in candidates if self._names_subject(m)]
            latest_sentence = self.sentence_of[candidates[-1].start] if candidates else -1
            recent = [m for m in subjects if self.sentence_of[m.start] == latest_sentence]
            if recent:
                return recent[-1]
            if not exclude_person:
                # no subject to continue: the person the article is most about so far
                people = [
                    m
                    for m in self.mentions
                    if m.start < token.i and self._fits(m, allowed) and self._gender_fits(m, gender)
                ]
                return self._most_named(token, people) if people else None
        return candidates[-1]


def _entity_counts(mentions: list[Mention]) -> Counter:
    """Count the mentions of each entity (by key, or the mention itself when it has none)."""
    return Counter(m.key or id(m) for m in mentions)


def _age_of(token: Token) -> str | None:
    """Return the age in "the 37-year-old" or "the 37-year-old actress", if ``token`` heads one."""
    old = token if token.lower_ == "old" else None
    if old is None:
        old = next((c for c in token.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    if old is None or not any(c.lower_ == "the" for c in token.children if c.dep_ == "det"):
        return None
    for year in old.children:
        if year.lemma_.lower() == "year":
            number = next((c for c in year.children if c.dep_ == "nummod" and c.is_digit), None)
            if number is not None:
                return number.text
    return None
