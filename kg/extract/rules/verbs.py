"""Facts from verb triggers (``verbs.tsv``), read in either voice.

Roles are voice-neutral: the agent is who does it (the active subject or
the "by" phrase), the patient what it is done to (the object or the passive
subject), "prep:X" the object of a preposition. Unexpressed subjects come
from relative clauses, participles, conjoined verbs and "together with";
"Starring X, the film …" is read even where the parser misses it.
"""

from spacy.tokens import Token

from ..mentions import Mention
from .negation import negated


class VerbRules:
    """Rules driven by the verb table; mixed into the extraction state."""

    def roles(self, verb: Token) -> dict[str, list[Token]]:
        """Return the voice-neutral arguments of ``verb``: agent, patient, prep:X."""
        roles: dict[str, list[Token]] = {}
        passive = self.passive(verb)
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "nsubj":
                roles.setdefault("agent", []).append(child)
            elif child.dep_ in ("nsubjpass", "dobj"):
                roles.setdefault("patient", []).append(child)
            elif child.dep_ == "agent":
                roles.setdefault("agent", []).extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ in ("prep", "dative"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                roles.setdefault(f"prep:{child.lower_}", []).extend(objects)
                if child.lower_ == "with" and any(c.lower_ == "together" for c in child.children):
                    roles.setdefault("agent", []).extend(objects)  # "by X together with Y"
                if child.lower_ == "as":
                    # "played as a winger for River Plate": the parse hangs the verb's
                    # "for" on the role it was played in
                    for role in objects:
                        for prep in (g for g in role.children if g.dep_ == "prep"):
                            if prep.lower_ in ("for", "with") and not roles.get(
                                f"prep:{prep.lower_}"
                            ):
                                roles[f"prep:{prep.lower_}"] = [
                                    g for g in prep.children if g.dep_ == "pobj"
                                ]
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            roles.setdefault("prep:in", []).append(verb.head)  # "Rotterdam, where X is based"
        # "born and raised in Hohhot": a participle joined to this one, with no subject
        # or auxiliary of its own, shares its place; not "born Duluth and reared in
        # Hibbing", where each has its own, nor "was born and works in London"
        complements = ("dobj", "attr", "oprd", "npadvmod", "prep", "dative")
        joined_verbs = [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.tag_ == verb.tag_
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
        ]
        if any(c.dep_ in complements for c in verb.children):
            joined_verbs = []
        for joined in joined_verbs:
            for child in (g for g in joined.children if g.dep_ == "prep" and g.lower_ == "in"):
                roles.setdefault("prep:in", [g for g in child.children if g.dep_ == "pobj"])
        implicit = "patient" if (passive or (verb.tag_ == "VBN" and not perfect)) else "agent"
        if implicit not in roles and not (
            implicit == "patient" and "agent" in roles and not passive
        ):
            subject = self.implicit_subject(verb)
            if subject is not None:
                roles[implicit] = [subject]
        return roles

    @staticmethod
    def passive(verb: Token) -> bool:
        """Tell whether a verb is in the passive voice: "was founded by"."""
        return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)

    def meets(self, verb: Token, requirement: str) -> bool:
        """Tell whether a verb meets a row's requirement: a word modifying it, or "active".

        "X was joined on stage by his wife Y" says she came along: "join" gives
        employment in the active voice alone.
        """
        if requirement == "active":
            return not self.passive(verb)
        return self.modified_by(verb, requirement)

    def modified_by(self, verb: Token, word: str) -> bool:
        """Tell whether ``word`` modifies ``verb``: "shot dead", or after "to", "shot to death".

        Not "beat Els in sudden death": only "to" makes the word the verb's result.
        """
        return any(
            c.lower_ == word
            or (
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(g.lower_ == word for g in c.children if g.dep_ == "pobj")
            )
            for c in verb.children
        )

    def fronted_participle(self, verb: Token, roles: dict[str, list[Token]]) -> None:
        """Read "Starring X and Y, the film follows …", which the parser takes for a modifier.

        The participle's object is the name it stands before, and its
        subject the subject of the main clause.
        """
        if verb.tag_ != "VBG" or verb.dep_ != "amod" or "patient" in roles:
            return
        name = verb.head
        while name.dep_ == "compound" and name.i not in self.resolver.at:
            name = name.head
        root = verb.sent.root
        subject = next(
            (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > name.i), None
        )
        if name.i in self.resolver.at and subject is not None:
            roles["patient"] = [name]
            roles["agent"] = [subject]

    def implicit_subject(self, verb: Token) -> Token | None:
        """Find the unexpressed subject of a participle, a conjunct or a relative clause."""
        if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN"):
            # "X was a French actor, born in Lyon": the actor is the copula's subject
            noun = verb.head
            named = any(c.dep_ == "appos" and c.i in self.resolver.at for c in noun.children)
            if noun.dep_ == "attr" and not named:  # not "the series American Dad, made by X"
                return next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
            return noun
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head  # "after leading the NDP": the clause the preposition hangs on
        if verb.dep_ in ("conj", "xcomp", "advcl", "relcl", "prep"):
            head = verb.head
            if verb.dep_ == "relcl" and verb.tag_ == "VBN":
                return head
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child
            if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
                return head.head
        return None

    def verb_facts(self) -> None:
        """Apply the verb triggers of ``verbs.tsv``."""
        for verb in self.verbs:
            rules = self.lexicon.verbs.get(verb.lemma_.lower())
            if not rules:
                continue
            if (
                verb.i > 1
                and self.doc[verb.i - 1].tag_ == "HYPH"
                and self.doc[verb.i - 2].pos_ == "PROPN"
            ):
                continue  # "Bristol-based": a description, read there
            roles = self.roles(verb)
            self.fronted_participle(verb, roles)
            for rule in rules:
                if rule.requires and not self.meets(verb, rule.requires):
                    continue
                evidence: list[tuple[Mention, str]] = []
                subject_tokens = list(roles.get(rule.subject, []))
                if rule.property == "actsIn" and rule.subject == "agent":
                    # "he stars with Ben Stiller and Dustin Hoffman": co-stars act in it too
                    subject_tokens += roles.get("prep:with", []) + roles.get("prep:alongside", [])
                subjects = self.arguments(subject_tokens, self.domain(rule.property), evidence)
                objects = self.arguments(
                    roles.get(rule.object, []), self.range(rule.property), evidence
                )
                if not (subjects and objects) or negated(verb):
                    continue
                if self.noun_misread(verb, evidence):
                    continue
                for mention, cls in evidence:
                    if cls is None and mention not in self.mentions:
                        # a name the tagger missed, kept now that it has a fact
                        self.mentions.append(mention)
                        self.resolver.add(mention)
                    elif cls is not None:
                        mention.evidence.append(cls)
                for subject in subjects:
                    for obj in objects:
                        # negation was checked above, before any evidence was kept
                        self.add(subject, rule.property, obj, f"verb:{rule.lemma}", verb)

    def noun_misread(self, verb: Token, evidence: list) -> bool:
        """Tell whether a verb is a plural noun the parser misread, before a known place.

        The parse hangs "stars" as a subject in "Hollywood stars X and Y are
        in the audience": the noun, whose place is no work. "Little Britain
        stars X and Y" still reads, as it names no known place.
        """
        if verb.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound"):
            return False
        return any(cls is not None and self.surely_place(m) for m, cls in evidence)

    def arguments(
        self, tokens: list[Token], allowed: frozenset[str], evidence: list
    ) -> list[Mention]:
        """Resolve argument tokens, and their conjuncts, to mentions of the allowed classes."""
        found = []
        for token in tokens:
            for member in self.expand(token):
                member = self.named_in_apposition(member, allowed)
                mention = self.resolver.resolve(member, allowed or None, evidence)
                if mention is None and (named := self.named_in_compound(member, allowed)):
                    mention = self.resolver.resolve(named, allowed or None, evidence)
                if mention is None:
                    # "Jet, which was founded by X": the name the relative pronoun stands for
                    relative = member.tag_ in ("WDT", "WP") and member.head.dep_ == "relcl"
                    named = member.head.head if relative else member
                    mention = self.untagged_name(named, allowed)
                    if mention is not None:
                        evidence.append((mention, None))
                if mention is not None and mention not in found:
                    found.append(mention)
        return found

    def named_in_apposition(self, token: Token, allowed: frozenset[str]) -> Token:
        """Return the name of an allowed class a common noun stands beside.

        "by his brother, Joel Coen"; "by the head of the KCIA, Kim Jae-kyu",
        where the parser may hang the name on the noun's "of" phrase.
        """
        if token.pos_ != "NOUN":
            return token
        for word in token.subtree:
            mention = self.resolver.mention_at(word) if word.dep_ == "appos" else None
            if mention is None or (allowed and not self.ontology.fits(mention.cls, allowed)):
                continue
            noun = self.slipped_apposition(word) or word.head
            if noun.i == token.i:
                return word
        return token

    def named_in_compound(self, token: Token, allowed: frozenset[str]) -> Token | None:
        """Return the name of an allowed class that a common noun's phrase opens with.

        "founded the Solidarity union movement": the movement is Solidarity,
        the noun naming what kind of thing the name is; not "a BitTorrent
        site", one of many, nor "the Barclays branch", a part of it.
        """
        if token.pos_ != "NOUN" or not token.is_lower:
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return None
        i = token.i - 1
        while i >= 0 and self.doc[i].is_lower and self.doc[i].pos_ == "NOUN":
            i -= 1  # "union"
        mention = self.resolver.mention_at(self.doc[i]) if i >= 0 else None
        if (
            mention is None
            or mention.end != i + 1
            or self.doc[i].dep_ != "compound"
            or (allowed and not self.ontology.fits(mention.cls, allowed))
            or not self.same_kind(mention, token)
        ):
            return None
        return self.doc[i]

    def untagged_name(self, token: Token, allowed: frozenset[str]) -> Mention | None:
        """Make a mention of a proper name the tagger missed, typed by its role.

        "who was born in Fortaleza": the object of "born in" is a place
        whether or not the tagger saw a name there.
        """
        tops = {self.ontology.top(c) for c in allowed}
        if len(tops) != 1 or token.tag_ not in ("NNP", "NNPS") or token.i in self.resolver.at:
            return None
        if token.ent_type_ in ("DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY"):
            return None
        start = min(
            [token.i]
            + [c.i for c in token.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
        )
        if any(i in self.resolver.at for i in range(start, token.i + 1)):
            return None
        cls = min(allowed, key=lambda c: len(self.ontology.ancestors(c)))
        name = self.doc[start : token.i + 1].text
        if name.lower() in self.lexicon.countries:
            cls = "Country" if self.ontology.top(cls) == "Place" else cls
        return Mention(start, token.i + 1, name, cls, key=f"@{start}")
