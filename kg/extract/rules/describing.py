"""The words that describe a name: the noun before it, in apposition, after a copula.

"forwarder Van Leeuwen Logistics", "Halfmoon, the label", "X is a nurse",
"a film titled X", "A native of Ohio, X …"; and the class a describing noun
names (``class_nouns.tsv``). The typing, title and place rules all read them.
"""

from spacy.tokens import Token

from ..entities import same_entity
from ..mentions import TITLE_SMALL_WORDS, Mention

#: the kinds of verbs of posts in ``title_words.tsv`` (see ``role_nouns``)
_ROLE_KINDS = ("role_verb", "role_giver", "role_ender")


class DescribingWords:
    """Finders of the words that describe a name; mixed into the extraction state."""

    def describing_nouns(self, mention: Mention) -> list[Token]:
        """Return the nouns that say what a mention is.

        The noun right before the name ("forwarder Van Leeuwen Logistics",
        "the label Halfmoon"), a noun in apposition ("Halfmoon, the label"),
        a copular noun ("X is a nurse") and a naming noun ("a film titled X").
        """
        root = self.doc[mention.end - 1]
        nouns = []
        i = mention.start - 1
        while i >= 0 and (self.doc[i].tag_ in ("DT", "``", "''") or self.doc[i].text in "\"'‘“"):
            i -= 1
        if i >= 0 and i not in self.resolver.at:
            word = self.doc[i]
            # "US musical Sweet Charity": the tagger may read a class noun as an
            # adjective, which then describes the name (not "a single Ryanair flight")
            read_as_adjective = (
                word.pos_ == "ADJ"
                and self.noun_class(word) is not None
                and mention.start <= word.head.i < mention.end
            )
            if word.pos_ in ("NOUN", "PROPN") or read_as_adjective:
                nouns.append(word)
        nouns += self.appositives(root) + self.copular_nouns(root) + self.naming_noun(root)
        if self.ontology.top(mention.cls) == "CreativeWork":
            follower = self.following_description(mention)
            if follower is not None and follower not in nouns and follower.dep_ != "poss":
                nouns.append(follower)
        return nouns

    def following_description(self, mention: Mention) -> Token | None:
        """Return the work noun of "'Red Coast', the next film …" where the parse misses it."""
        i = mention.end
        while i < len(self.doc) and self.doc[i].text in "\"'’”":
            i += 1
        if i >= len(self.doc) or self.doc[i].text != ",":
            return None
        for token in self.doc[i + 1 : i + 5]:
            if token.i in self.resolver.at or token.is_punct:
                return None
            if token.pos_ == "NOUN":
                cls = self.noun_class(token)
                return token if cls and self.ontology.top(cls) == "CreativeWork" else None
        return None

    def appositives(self, root: Token) -> list[Token]:
        """Return the unnamed nouns in apposition to a name, on either side."""
        # "X, whose founder, …" and "X, its chairman" describe someone else, but a
        # person's is theirs ("Ann Cole, its deputy director"), unless it opens a list
        # ("X, its boss and another executive")
        # after a list ("children Nora, Hasna and Guy, a blues artist") a description
        # is the last name's, though the parse hangs it on the first
        named = self.resolver.mention_at(root)
        person = named is not None and self.ontology.top(named.cls) == "Person"
        listed = [root, *root.conjuncts]
        found = [
            c
            for head in listed
            for c in head.children
            if c.dep_ == "appos"
            and c.i not in self.resolver.at
            and not any(
                g.dep_ == "poss"
                and (g.tag_ == "WP$" or (g.tag_ == "PRP$" and not (person and not c.conjuncts)))
                for g in c.children
            )
            # a plural one describes them all: "X and Y - the two new players"
            and (
                (c.tag_ == "NNS" and c.lemma_.lower() in self.lexicon.titles and root.i < c.i)
                or self.last_listed_before(listed, head, c) is root
            )
        ]
        fronted = self.fronted_description(root)
        if fronted is not None:
            found.append(fronted)
        head = root.head
        if root.dep_ == "appos":
            head = self.slipped_apposition(root) or head  # "the prime minister of Ghana, X"
        if (
            root.dep_ == "appos"
            and head.i not in self.resolver.at
            and head.pos_ in ("NOUN", "PROPN")
        ):
            found.append(head)
        return found

    @staticmethod
    def last_listed_before(listed: list[Token], head: Token, description: Token) -> Token:
        """Return the name of a list that a description after it belongs to: the last before it.

        ``head`` is the name the parse hangs the description on, which counts
        wherever it stands.
        """
        return max((k for k in listed if k.i < description.i or k is head), key=lambda k: k.i)

    def fronted_description(self, root: Token) -> Token | None:
        """Return the noun of "A native of Ohio, X joined …": a description set before a subject."""
        mention = self.resolver.mention_at(root)
        first = root.sent[0]
        if mention is None or root.dep_ != "nsubj" or first.lower_ not in ("a", "an"):
            return None
        noun = first.head
        before = self.doc[mention.start - 1] if mention.start > 0 else None
        if (
            noun.pos_ != "NOUN"
            or noun.head.i != root.head.i
            or before is None
            or before.text != ","
            or noun.right_edge.i != mention.start - 2
        ):
            return None
        return noun

    def slipped_apposition(self, root: Token) -> Token | None:
        """Return the noun a name stands beside when the parser hung it on the name after "of".

        In "the prime minister of Ghana, Kwame Nkrumah" the name is in apposition
        to the minister, not to Ghana, a name of another kind.
        """
        named, of = self.resolver.mention_at(root.head), root.head.head
        mention = self.resolver.mention_at(root)
        slipped = (
            named is not None
            and mention is not None
            and self.ontology.top(named.cls) != self.ontology.top(mention.cls)
            and root.head.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.pos_ == "NOUN"
        )
        return of.head if slipped else None

    def kind_of(self, noun: Token) -> str | None:
        """Return the top class a describing noun names: "firm" -> Organization."""
        cls = self.noun_class(noun)
        return self.ontology.top(cls) if cls else None

    def same_kind(self, mention: Mention, noun: Token) -> bool:
        """Tell whether a common noun names the kind of thing ``mention`` is: "a company"."""
        return self.kind_of(noun) == self.ontology.top(mention.cls)

    def noun_class(self, noun: Token) -> str | None:
        """Return the class a describing noun names, trying "space agency" before "agency"."""
        nouns = self.lexicon.class_nouns
        paired = self.pair_class(self.doc[noun.i - 1], noun) if noun.i > 0 else None
        return paired or nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)

    def pair_class(self, first: Token, second: Token) -> str | None:
        """Return the class two words name together, if any: "space agency", "operating system"."""
        return self.lexicon.class_nouns.get(f"{first.lower_} {second.lemma_.lower()}")

    def copular_nouns(self, root: Token) -> list[Token]:
        """Return nouns linked to ``root`` by a copula.

        "X is a nurse", "the director is X", and in a relative clause: "X,
        who had been a dancer", "X, who is chief executive of Y".
        """
        while root.dep_ == "conj":
            root = root.head
        relative = self.relative_copula(root)
        if relative is not None:
            return [
                c
                for c in relative.children
                if c.dep_ in ("attr", "oprd") and c.pos_ == "NOUN" and c.i not in self.resolver.at
            ]
        head = root.head
        if head.lemma_ not in self.lexicon.copulas or root.dep_ not in (
            "nsubj",
            "nsubjpass",
            "attr",
        ):
            return []
        others = ("attr",) if root.dep_ == "attr" else ("attr", "oprd", "xcomp")
        if root.dep_ == "attr":
            others = ("nsubj",)
        nouns = [_one_of(c) for c in head.children if c.dep_ in others]
        return [
            c
            for c in nouns
            if (c.pos_ == "NOUN" or c.lower_ in self.lexicon.titles)  # "became an MP"
            and c.i not in self.resolver.at
        ]

    def owns(self, owner: Token, owner_top: str, mention: Mention, anchor: Token) -> bool:
        """Tell whether the possessive ``owner`` owns ``mention`` or the noun standing for it.

        "Wenger's Arsenal", "Pete Dolan's band Halfway House"; not "Adriano's
        Chelsea link", where the owner owns the noun the name describes. The
        parse says which noun the owner owns: a garbled one ("Fulham's X and
        Parma's Y", with Fulham on Y) loses a fact rather than invent one.
        """
        named = self.resolver.mention_at(owner)
        # the owner's own head: "Channel 4's series", where "4" hangs on "Channel"
        owned = self.doc[named.start : named.end].root.head if named else owner.head
        if owned.i == anchor.i or mention.start <= owned.i < mention.end:
            return True
        root = self.doc[mention.start : mention.end].root
        if owner_top == "Place" and root.dep_ == "compound" and root.head.i == owned.i:
            return True  # "London's Abbey Road studios": a place owns the building named
        cls = self.noun_class(owned)
        return cls is not None and self.ontology.top(cls) == self.ontology.top(mention.cls)

    def surely_described(self, mention: Mention, noun: Token) -> bool:
        """Tell whether a definite description surely stands for the name it resolved to.

        It does when the name is typed as the noun says, or is named in the
        same sentence ("Real Betis signed X, the Spanish club said"). A
        name typed no more than an organization, named sentences before, is
        often not the one meant: "the German club" is another club.
        """
        if self.ontology.is_a(mention.cls, self.noun_class(noun)):
            return True
        sentence = noun.sent
        return any(
            sentence.start <= other.start < sentence.end and same_entity(mention, other)
            for other in self.mentions
        )

    def seats(self, place: Mention, mention: Mention, token: Token) -> bool:
        """Tell whether a place named before an organization's name says where it is based.

        "US firm Boeing", "Glasgow band Franz Ferdinand". Not a feature ("Channel
        Tunnel operator X"), nor a name only the tagger calls a place ("the Maserati
        car company").
        """
        if not (self.surely_place(place) or self.is_country(place)) or self.feature(place):
            return False
        return not self.names_a_thing(mention, token)

    def titles_person(self, mention: Mention, words: list[Token]) -> bool:
        """Tell whether a person's title in lower case stands right before the name.

        "Ulster coach X", "India's richest man Y": what the words say is said
        of a person, whatever type the name was given. Not a word that also
        names a kind of organization ("UK broadcaster X").
        """
        if not words or words[-1].i != mention.start - 1 or not words[-1].is_lower:
            return False
        word = words[-1]
        if word.lower_ in self.lexicon.title_words.get("resident", ()):
            return True  # "man", "woman"
        if self.noun_class(word) is not None or self.no_title(word):
            return False
        return self.title_at(word, [])[0] is not None

    def names_a_thing(self, mention: Mention, place: Token) -> bool:
        """Tell whether a place right before a name describes the thing the name modifies.

        "The UK Nintendo DS launch": the place says where the launch is, not
        where the firm is based. Not with a kind of firm between the two ("US
        carmaker General Motors shares"), nor when the name goes on to a title
        ("US giant Microsoft chairman X").
        """
        between = self.doc[place.i + 1 : mention.start]
        if any(self.noun_class(t) or t.lower_ in self.lexicon.titles for t in between):
            return False  # "US carmaker General Motors shares": the place is the firm's
        root = self.doc[mention.start : mention.end].root
        thing = root.head
        return (
            root.dep_ == "compound"
            and thing.i >= mention.end
            and self.title_at(thing, [])[0] is None
        )

    def cut_title(self, mention: Mention) -> bool:
        """Tell whether a work's name seems cut before its end: "How" of "How to Dismantle …".

        Small words and then a capitalised one right after the name go on with
        the title ("Top of the Pops", "Songs of the Northern Sea").
        """
        if self.ontology.top(mention.cls) != "CreativeWork":
            return False
        end = mention.end
        while end < len(self.doc) and self.doc[end].lower_ in TITLE_SMALL_WORDS:
            if not self.doc[end].is_lower:
                return False
            end += 1
        return mention.end < end < len(self.doc) and self.doc[end].text[:1].isupper()

    def role_nouns(self, root: Token) -> list[tuple[Token, bool, list[Mention]]]:
        """Return the posts a verb gives a person with "as": whether each ended, and whose.

        The verb is the person's own (as subject, or in a relative clause about
        the person: "X, who joined as finance director"). Its kind in
        ``title_words.tsv`` says who holds the post: the subject of a
        ``role_verb`` ("took over as chief executive"; in the passive, the one
        replaced: "X was replaced as leader"), the object of a ``role_giver``
        ("appointed X as adviser", "X was appointed as adviser"), and, until
        then, the subject of a ``role_ender`` ("quit as boss"). Only titles
        the lexicon knows count: "known as", "acts as his driver" give none.
        An organization that gives the post is the one it is in ("Leeds
        appointed X as manager").
        """
        while root.dep_ == "conj":
            root = root.head
        verbs = [(root.head, root.dep_)] if root.dep_ in ("nsubj", "nsubjpass", "dobj") else []
        for clause in root.children:
            subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if clause.dep_ == "relcl" and subject and subject[0].tag_ == "WP":
                verbs.append((clause, subject[0].dep_))  # "X, who joined as finance director"
        roles = []
        for verb, role in verbs:
            kind = self.role_kind(verb)
            held = {
                "role_verb": {"nsubj": False, "nsubjpass": True},
                "role_giver": {"dobj": False, "nsubjpass": False},
                "role_ender": {"nsubj": True},
            }.get(kind, {})
            if role not in held:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and kind == "role_giver"]
            givers = [
                m
                for m in map(self.resolver.resolve, subjects)
                if m is not None and self.ontology.top(m.cls) == "Organization"
            ]
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    roles += [
                        (noun, held[role], givers)
                        for noun in prep.children
                        if noun.dep_ == "pobj"
                        and noun.pos_ == "NOUN"
                        and noun.i not in self.resolver.at
                        and self.title_at(noun, self.premodifiers(noun.i))[0] is not None
                    ]
        return roles

    def role_kind(self, verb: Token) -> str | None:
        """Return the kind of verb of posts ``verb`` is, if any, with its particle if it has one.

        "took over as chief executive" is "take over"; "took best actress for
        her role as" is no verb of posts, nor is "step" without "down" or "in".
        """
        words = self.lexicon.title_words
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
        for phrase in [*(f"{lemma} {p}" for p in particles), lemma]:
            kind = next((k for k in _ROLE_KINDS if phrase in words.get(k, ())), None)
            if kind is not None:
                return kind
        return None

    def relative_copula(self, root: Token) -> Token | None:
        """Return the copula of a relative clause about a name: "X, who was a dancer".

        Also a passive one: "X, who was named manager of Y".
        """
        for clause in root.children:
            if clause.dep_ == "relcl" and clause.lemma_ in self.lexicon.copulas:
                subjects = (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
                subject = next(subjects, None)
                if subject is not None and subject.lower_ in ("who", "that"):
                    return clause
        return None

    def naming_noun(self, root: Token) -> list[Token]:
        """For "a film currently titled 'The Challenge'", return the noun "film"."""
        head = root.head
        if head.lemma_ in ("title", "call", "name") and head.dep_ == "acl":
            return [head.head] if head.head.pos_ == "NOUN" else []
        return []

    def names_a_body(self, preposition: Token) -> bool:
        """Tell whether a preposition's object is a named organization or place: "in the Lords"."""
        for pobj in preposition.children:
            found = self.resolver.mention_at(pobj) if pobj.dep_ == "pobj" else None
            if found is not None and self.ontology.top(found.cls) in ("Organization", "Place"):
                return True
        return False

    def in_country(self, target: Token) -> bool:
        """Tell whether a name goes on with "in" and a country: "the IFPI in Germany".

        Its arm in that country is meant; "the museum in Mexico City" is where it is.
        """
        for child in target.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    place = self.resolver.mention_at(pobj)
                    if place is not None and self.is_country(place):
                        return True
        return False


def _one_of(token: Token) -> Token:
    """Return the noun of "one of America's best athletes" for "one", else the token."""
    if token.lower_ == "one" and token.dep_ == "attr":
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                nouns = [c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"]
                if nouns:
                    return nouns[0]
    return token
