"""Reading job titles: the words before a name or in apposition that say what someone does.

"chief technology officer", "UK sales director" (the country is no part of
it), "Home Secretary", "scrum-half", and roles the lexicon does not list
when they are compounded with a name ("fitness instructor Carla Nunes").
A title is read whole, as the text words it; the lexicon's title it ends
with says which fact it implies with an organization (``titles.tsv``), and
a subordinate rank or a department ("deputy leader", "sales director")
makes its holder work for the organization rather than head it.
"""

from dataclasses import dataclass, replace

from spacy.tokens import Token

from ...knowledge.lexicon import AGENT_ENDINGS, Title
from ..mentions import Mention

_NP_TAGS = set("DT JJ JJR JJS NN NNS NNP NNPS POS HYPH PRP$ VBN VBG".split())
_FORMER = {"former", "formerly", "ex", "ex-", "previous", "late", "retired"}
#: prefixes of one word with a title that qualify the post: "co-founder", "vice-chairman"
_TITLE_PREFIXES = ("co", "vice", "ex")


@dataclass(frozen=True)
class TitleReading:
    """A title as the sentence words it.

    Attributes:
        title: the lexicon's title it ends with, or, for a role the lexicon
            does not list ("agent", "fly-half"), one that implies worksFor.
        phrase: the occupation as worded: "chief technology officer".
        first: the index of its first word.
        former: whether it is marked as a former role.
        tail: the word after the head that the title ends with ("chief" of
            "editor in chief", "general" of "director general"), if any.
    """

    title: Title
    phrase: str
    first: int
    former: bool
    tail: Token | None = None


class TitleRules:
    """Rules that read titles; mixed into the extraction state."""

    def premodifiers(self, start: int) -> list[Token]:
        """Return the noun-phrase words right before token ``start``, left to right."""
        words = []
        i = start - 1
        # the degree of a word ("most") describes a title or a person, not a name used as a
        # modifier: "Britain's most popular R&B singers" says nothing of R&B
        opening = self.resolver.mention_at(self.doc[start]) if start < len(self.doc) else None
        graded = opening is None or self.ontology.top(opening.cls) == "Person"
        while i >= 0:
            token = self.doc[i]
            mention = self.resolver.mention_at(token)
            if mention is not None:
                # two names side by side, the first after a preposition: "the show in Las
                # Vegas Microsoft boss X" (whatever the parse), the place is the show's
                following = words[0].i if words else start
                before = self.doc[mention.start - 1] if mention.start > 0 else None
                if (
                    following in self.resolver.at
                    and before is not None
                    and before.tag_ == "IN"
                    and before.lower_ != "of"
                ):
                    break
                owner = self.doc[mention.end].tag_ == "POS"
                if self.ontology.top(mention.cls) == "Person" and not owner:
                    break  # another person's name ends the phrase
                words[:0] = list(self.doc[mention.start : mention.end])
                if self.ontology.top(mention.cls) == "Person":
                    break  # the owner, "Elon Musk's SpaceX", starts it
                i = mention.start - 1
                continue
            if words and self.of_after_title(token, start):
                words.insert(0, token)  # "President of Pakistan Asif Ali Zardari"
                i -= 1
                continue
            if graded and self.joins_titles(token):
                words.insert(0, token)  # "Australian singer and songwriter X"
                i -= 1
                continue
            following = self.doc[i + 1] if i + 1 < len(self.doc) else None
            hyphenated = following is not None and (
                following.tag_ == "HYPH" or following.text == "-"
            )
            # "most" of "America's most decorated athlete" grades a word of the phrase
            grading = (
                graded
                and token.tag_ in ("RBS", "RBR")
                and token.dep_ == "advmod"
                and token.head.i > i
            )
            # a part of a hyphenated title, whatever its tag: "left" and "back" of "left-back"
            in_title = any(
                self.doc[j : j + 3].text.lower() in self.lexicon.titles
                for j in (i - 2, i)
                if j >= 0 and j + 1 < len(self.doc) and self.doc[j + 1].text in ("-", "‐")
            )
            if token.text in ("'", "‘") and i > 0 and self.doc[i - 1].whitespace_:
                break  # an opening quote, no possessive: "China 'blocks Google news site'"
            if (
                token.tag_ not in _NP_TAGS
                and token.lower_ not in self.lexicon.titles
                and not (hyphenated and token.is_alpha)  # "scrum-half", whatever its tag
                and not grading
                and not in_title
            ) or token.is_sent_end:
                break
            if token.ent_type_ in ("DATE", "TIME") and "npadvmod" in (token.dep_, token.head.dep_):
                break  # a time of the clause: "in Cannes last month Samsung showed"
            # a participle ends the phrase unless it describes a word of it: "defending champion",
            # "most decorated athlete" (a past one only graded: "forced coach" is a verb)
            before = self.doc[i - 1] if i > 0 else None
            describing = (
                token.dep_ == "amod"
                and token.head.i > i
                and (
                    token.tag_ == "VBG"
                    or (graded and before is not None and before.tag_ in ("RBS", "RBR"))
                )
            )
            if (
                token.tag_ in ("VBN", "VBG")
                and not (before is not None and before.tag_ == "HYPH")
                and not describing
                and not in_title
                and token.lower_ not in _FORMER  # "an American retired wrestler"
                and not self.opens_title(i, start)  # "managing" of "X managing director Y"
            ):
                break
            words.insert(0, token)
            # a determiner opens the phrase: "under French law the company"; not a
            # name's own ("band the Coral", "All Saints")
            owned = i == start - 1 and opening is not None
            if token.tag_ == "DT" and token.is_lower and not owned:
                break
            i -= 1
        return words

    def opens_title(self, i: int, end: int) -> bool:
        """Tell whether a title the lexicon lists starts at token ``i`` and ends before ``end``."""
        last = min(end, i + self.lexicon.max_title_words)
        return any(
            self.doc[i:j].text.lower() in self.lexicon.titles for j in range(i + 2, last + 1)
        )

    def place_before_title(
        self, person: Mention, title: Title, words: list[Token], affiliations: list, head: Token
    ) -> None:
        """Read "U.S. Ambassador X" and "Wales striker Y": a country before a title (nationality).

        Not for a national team's coach, who may come from elsewhere, nor when
        an organization stands among the words ("Sony UK chief"). A city or a
        state before a title says whom the person serves, not where they live
        ("New York Senator", "Chicago actress" of the film Chicago). Nor for
        a remit at an organization: "UK economist at X" covers the UK economy,
        nor a title a firm owns: "its UK chief executive" heads its UK arm.
        """
        if affiliations or any(w.tag_ == "POS" for w in words):
            return  # "Game's UK sales director": the region of the owner's business
        owners = [self.resolver.resolve(c) for c in head.children if c.dep_ == "poss"]
        if any(o is not None and self.ontology.top(o.cls) == "Organization" for o in owners):
            return  # "its UK chief executive", the firm's
        remit = self.lexicon.title_words.get("remit", frozenset())
        if title.phrase.split()[-1] in remit and self.serves_organization(head):
            return
        for token in words:
            place = self.resolver.mention_at(token)
            if place is not None and place.end - 1 == token.i:
                # "Wales Secretary X": an office for a nation within a country is a portfolio
                nation = self.lexicon.countries.get(place.name.lower(), "")
                if title.relation is None and nation in self.lexicon.country_parts:
                    continue
                self.title_nationality(person, title, place, token, "place-before-title")

    def serves_organization(self, head: Token) -> bool:
        """Tell whether a title names the organization it is held at: "economist at X"."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "for", "with"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self.resolver.resolve(pobj)
                    if found is not None and self.ontology.top(found.cls) == "Organization":
                        return True
        return False

    def title_nationality(
        self, person: Mention, title: Title, place: Mention | None, token: Token, rule: str
    ) -> None:
        """State a title's country as nationality: "US Ambassador X", not a national coach's."""
        if place is None or place is person or self.ontology.top(place.cls) != "Place":
            return
        if self.is_country(place) and (not title.in_team or title.relation == "memberOf"):
            self.add(person, "nationality", place, rule, token)

    def of_after_title(self, token: Token, start: int) -> bool:
        """Tell whether ``token`` is the "of" of a title right before the name at ``start``.

        "President of Pakistan Asif Ali Zardari"; not "general manager of TI's
        Voip business", where the words are no title before a name.
        """
        if token.lower_ != "of" or token.i == 0 or token.i + 1 >= len(self.doc):
            return False
        title = self.doc[token.i - 1]
        named = self.resolver.mention_at(self.doc[token.i + 1])
        return (
            title.lower_ in self.lexicon.titles
            and title.text[:1].isupper()
            and named is not None
            and named.end == start
        )

    def joins_titles(self, token: Token) -> bool:
        """Tell whether ``token`` is an "and" between two titles: "MP and former minister"."""
        if token.lower_ != "and" or token.i == 0 or token.i + 1 >= len(self.doc):
            return False
        before, after = self.doc[token.i - 1], self.doc[token.i + 1]
        if not after.is_lower or self.resolver.mention_at(before) is not None:
            return False
        known = self.title_at(before, [])[0] is not None
        if before.tag_ == "NNP":
            return known  # "Labour MP and former Cabinet minister X"
        return before.tag_ == "NN" and before.is_lower and (known or self.doer_noun(before))

    def joins_fields(self, token: Token, joined: bool) -> bool:
        """Tell whether an "and" (or, after one, a comma) joins a title's fields: "trade and"."""
        before = self.doc[token.i - 1]
        return (
            (token.lower_ == "and" or (joined and token.text == ","))
            and before.is_lower
            and before.text.capitalize() in self.lexicon.fields
            and self.title_word(before)
        )

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
                # "co-chief executive" is a chief executive who shares the post; a
                # "vice-president" one under the president, an "ex-chairman" a former one
                " ".join([_unprefixed(part[0]), *(t.lower_ for t in part[1:])]),
            ):
                if form in self.lexicon.titles:
                    best = self.lexicon.titles[form]
                    break
            if best:
                break
        former = any(t.lower_ in _FORMER or t.lower_.startswith("ex-") for t in sequence)
        return best, former

    def read_title(
        self, head: Token, words: list[Token], generic: bool, described: bool = False
    ) -> TitleReading | None:
        """Read the title whose head word is ``head``, with the words before it that belong to it.

        Args:
            head: the title's last word ("officer").
            words: the noun-phrase words before the name, or before ``head``.
            generic: also read a role noun the lexicon does not list, as in
                "agent Simon Beresford" (a noun right before a name).
            described: also read one that describes the person already, in
                apposition or after a copula: "X, a bond strategist".
        """
        if any(
            prep.lower_ == "of" and any(y.lower_ == "year" for y in prep.children)
            for prep in head.children
        ):
            return None  # "player of the year", "sportsman of the year": an award, no post
        known, former = self.title_at(head, words)
        tailed = title_tail(head, head.lower_, self.lexicon.titles) is not None  # "number eight"
        if known is None and not (
            tailed
            or (generic and self.role_noun(head))
            or (described and self.role_noun(head, True))
        ):
            return None
        if known is None and head.tag_ == "NNS" and head.lemma_.lower() != head.lower_:
            return None  # a plural role the lexicon does not know names no one person
        # tokens the title spans: "director-general" is three ("director", "-", "general")
        known_size = len(known.phrase.replace("-", " - ").split()) if known else 1
        first = head.i - (known_size - 1)
        sentence_start = head.sent.start
        grows = known is not None or not tailed  # "number eight" goes on to the right only
        joined = False  # a comma joins fields only before an "and": "culture, media and sport"
        while grows and first > sentence_start:
            if self.title_word(self.doc[first - 1]):
                first -= 1
            elif (
                sentence_start <= first - 2
                and first < head.i  # "defence and keeper": the title's own word is no field
                and self.joins_fields(self.doc[first - 1], joined)
            ):
                first, joined = first - 2, True  # "trade and industry secretary"
            else:
                break
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
            any(t.lower_ in subordinate or t.lower_.partition("-")[0] in subordinate for t in span)
            or any(t.tag_ in ("NN", "NNS") and t.is_lower for t in extra)
        ):
            title = replace(title, relation="worksFor")
        found = title_tail(head, title.phrase, self.lexicon.titles)
        tail = None
        if found is not None:
            # "editor in chief", "director general": the title goes on after its head word
            tail, ending = found
            title = self.lexicon.titles[f"{title.phrase} {ending}"]
            phrase = f"{phrase} {ending}"
        phrase = phrase.removeprefix("ex-")  # the occupation held, marked as former
        return TitleReading(title, " ".join(phrase.split()), first, former, tail)

    def no_title(self, token: Token) -> bool:
        """Tell whether a word, or its singular, is listed as no title: "colleagues"."""
        not_titles = self.lexicon.title_words.get("not_title", frozenset())
        return token.lower_ in not_titles or token.lemma_.lower() in not_titles

    def title_word(self, token: Token) -> bool:
        """Tell whether ``token`` belongs to the title that follows it ("sales" director)."""
        lower = token.lower_
        if self.resolver.mention_at(token) is not None or lower in self.lexicon.demonyms:
            return False
        if lower in self.lexicon.countries:  # a country the tagger missed: "Wales scrum-half"
            return False
        if lower in _FORMER or token.tag_ in ("DT", "POS", "PRP$", "CD", "IN", "TO", "CC"):
            return False  # "under Professor X": a preposition, not "under-secretary"
        words = self.lexicon.title_words
        if self.no_title(token):
            return False  # "veteran cosmonaut" is a cosmonaut; "cabinet colleagues Foreign …"
        if lower in words.get("modifier", ()) or lower in words.get("subordinate", ()):
            return True

        if token.tag_ == "HYPH" or token.text in ("-", "‐"):  # "tight-head", "fly-half"
            if token.whitespace_:
                return False  # "backroom staff - assistant manager": a dash between phrases
            return token.i > 0 and self.title_word(self.doc[token.i - 1])
        if lower in self.lexicon.titles:
            return True
        # lower-case nouns: "sales", "communications"; a capital opening a sentence only in
        # the plural, as a place named like a noun ("Bath prop X") is singular
        lowered = token.is_lower or (token.is_sent_start and token.tag_ == "NNS")
        if token.i > 1 and self.doc[token.i - 1].tag_ == "HYPH":
            # "first-choice wing": a hyphenated adjective unless its first part belongs too
            if not self.title_word(self.doc[token.i - 2]):
                return False
        return token.tag_ in ("NN", "NNS") and token.is_alpha and lowered

    def persons_noun(self, noun: Token) -> bool:
        """Tell whether a lower-case noun is a person's title or role: "footballer"."""
        return noun.is_lower and bool(self.title_at(noun, [])[0] or self.doer_noun(noun))

    def role_noun(self, token: Token, described: bool = False) -> bool:
        """Tell whether a common noun the lexicon does not list is a person's role.

        Before a name, only a lower-case noun compounded with it is ("agent
        Simon Beresford"): "a zinc supplement Conte marketed" and "what
        position Bellamy should play" put a noun before a name that is no
        title. ``described``: the noun describes the person already, in
        apposition or after a copula ("Van Rourke, a bond strategist").
        """
        if not self.doer_noun(token):
            return False
        if described:
            return token.is_lower
        if not (token.is_lower or token.is_sent_start) or token.dep_ != "compound":
            return False
        mention = self.resolver.mention_at(token.head)
        if mention is None or self.ontology.top(mention.cls) != "Person":
            return False
        not_titles = self.lexicon.title_words.get("not_title", frozenset())
        left = self.doc[token.i - 1] if token.i > 0 else None
        if left is not None and left.tag_ == "HYPH":
            whole = self.doc[max(0, left.i - 1) : token.i + 1].text.lower()
            # "team-mate" is no job; "in-form Leicester" is an adjective, not a title
            return whole not in not_titles and self.title_word(left)
        return True

    def doer_noun(self, token: Token) -> bool:
        """Tell whether a noun names someone who does something: "strategist", "dancer".

        A singular common noun with the ending of a doer, that the lexicon
        lists neither as no title ("rival") nor as a kind of organization
        ("lender", "retailer").
        """
        if self.no_title(token) or token.lower_ in self.lexicon.demonyms:
            return False  # "Frenchman X" gives a nationality, no trade
        if token.tag_ not in ("NN", "NNS") or not token.is_alpha:
            return False
        lower = token.lower_
        # "world number two", "employee number 31": a rank, no doer; "number eight" is a post
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        if (
            after is not None
            and after.like_num
            and f"{lower} {after.lower_}" not in self.lexicon.titles
        ):
            return False
        if self.lexicon.class_nouns.get(token.lemma_.lower()):
            return False
        # "spokesperson" is a role, "person" alone names no one's job
        if lower in AGENT_ENDINGS or token.lemma_.lower() in AGENT_ENDINGS:
            return False
        # "list", "wrist", "giant": a doer's ending after a stem too short to do anything
        # ("tutor" and "actor" do)
        return any(
            lower.endswith(ending) and len(lower) - len(ending) >= (2 if ending[-2:] == "or" else 3)
            for ending in AGENT_ENDINGS
        ) and not lower.endswith("ier")

    def names_next(self, noun: Token) -> bool:
        """Tell whether a kind of thing is followed by its name: "of mobile music firm X"."""
        after = noun.i + 1
        named = self.resolver.mention_at(self.doc[after]) if after < len(self.doc) else None
        return named is not None and named.start == after and self.noun_class(noun) is not None

    def indefinite(self, head: Token) -> bool:
        """Tell whether a title is one of several: "an IMF director", "X managers A and B"."""
        determiners = [c for c in head.children if c.dep_ in ("det", "amod")]
        return head.tag_ == "NNS" or any(d.lower_ in ("a", "an", "other") for d in determiners)


def _unprefixed(token: Token) -> str:
    """Return a word without the prefix that only qualifies a title: "vice-president"."""
    prefix, _, base = token.lower_.partition("-")
    return base if base and prefix in _TITLE_PREFIXES else token.lower_


def title_tail(head: Token, phrase: str, titles: dict) -> tuple[Token, str] | None:
    """Return where a title goes on after its head word, if the lexicon knows the whole title.

    The last word, on which the rest of the sentence ("of X") hangs, and the
    words after the head: "chief" and "in chief" of "editor in chief",
    "general" and "general" of "director general".
    """
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and f"{phrase} in chief" in titles:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lower_ == "chief":
                    return pobj, "in chief"
    doc = head.doc
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if after is not None and after.head == head and f"{phrase} {after.lower_}" in titles:
        return after, after.lower_
    if after is not None and after.text == "-" and not after.whitespace_ and head.i + 2 < len(doc):
        joined = doc[head.i + 2]  # "director-general", parsed in pieces before a name
        if f"{phrase} {joined.lower_}" in titles:
            return joined, joined.lower_
    return None
