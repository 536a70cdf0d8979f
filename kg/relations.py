"""Facts between mentions, read off the dependency parse by rules driven by the lexicon.

Four families of rules, each a function below:

- ``_descriptions``: what the words in front of a name or in apposition
  to it say: "Russian actress Yulia Peressild" (nationality, occupation),
  "Dmitri Rogozine, director of Roscosmos" (directedBy), "Betis coach
  Manuel Arriaga" (worksFor), "Germany's Nordhafen" (basedIn),
  "Bristol-based Wildwater Films" (basedIn), "Austrian-born CEO" (bornIn);
- ``_verb_facts``: verb triggers from ``verbs.tsv`` with their roles,
  in either voice: "directed by", "was born in", "joined", "shot dead by";
- ``_place_pairs``: "Baikonur, Kazakhstan" (locatedIn);
- negation and denial (``_negated``) silence any fact under "not",
  "denied", "dismissed reports that …".

The ``kg_facts`` component runs them all and stores the mentions and facts
on ``doc._.kg_mentions`` and ``doc._.kg_facts``.
"""

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from .consolidate import choose_class, group_mentions
from .coref import Resolver
from .lexicon import Lexicon, Title, load_lexicon
from .mentions import Mention, collect_mentions
from .ontology import Ontology, load_ontology

_NP_TAGS = {
    "DT",
    "JJ",
    "JJR",
    "JJS",
    "NN",
    "NNS",
    "NNP",
    "NNPS",
    "POS",
    "HYPH",
    "PRP$",
    "VBN",
    "VBG",
}
_DENIAL = {"deny", "dismiss", "reject", "refute", "rule"}
_DIRECTIONS = {"north", "south", "east", "west", "centre", "center", "heart", "outskirts"}
_FORMER = {"former", "formerly", "ex", "ex-", "previous", "late"}


@dataclass(frozen=True)
class Fact:
    """A fact stated in a document, between mentions or with a literal object.

    Attributes:
        subject: the mention the fact is about.
        property: the ontology property's local name.
        object: a mention, or a string for a literal property (occupation).
        rule: the name of the rule that found it.
        token: index of the token that triggered it (for provenance).
    """

    subject: Mention
    property: str
    object: "Mention | str"
    rule: str
    token: int


class _Extraction:
    """Extraction state for one document."""

    def __init__(self, doc: Doc, lexicon: Lexicon, ontology: Ontology):
        self.doc = doc
        self.lexicon = lexicon
        self.ontology = ontology
        self.mentions = collect_mentions(doc, lexicon)
        self.resolver = Resolver(doc, self.mentions, lexicon, ontology)
        self.facts: list[Fact] = []
        self.countries: dict[tuple[int, str], Mention] = {}
        #: sports teams named after a place ("Lyon coach"), by the place's mention
        self.teams: dict[Mention, Mention] = {}
        #: people with a title that names no organization or work ("director Klim Chipenko")
        self.unattached_titles: list[tuple[Mention, Title, Token]] = []

    # ------------------------------------------------------------ helpers

    def add(self, subject, prop: str, obj, rule: str, token: Token, clausal: bool = False) -> None:
        """Record a fact unless it links a mention to itself or, for a clause, is negated.

        A description ("French astronaut Thomas Pesquet") holds whatever the
        clause around it says; a verb or copula fact (``clausal``) does not
        hold under "not" or "denied".
        """
        if subject is None or obj is None or subject is obj or (clausal and _negated(token)):
            return
        self.facts.append(Fact(subject, prop, obj, rule, token.i))

    def country(self, token: Token, name: str) -> Mention:
        """Return a mention standing for the country a demonym names."""
        key = (token.i, name)
        if key not in self.countries:
            self.countries[key] = Mention(token.i, token.i + 1, name, "Country")
        return self.countries[key]

    def domain(self, prop: str) -> frozenset[str]:
        return self.ontology.domains[prop]

    def range(self, prop: str) -> frozenset[str]:
        return self.ontology.ranges.get(prop, frozenset())

    def expand(self, token: Token) -> list[Token]:
        """Return ``token`` and the tokens coordinated with it ("X and Y")."""
        return [token, *token.conjuncts]

    # ------------------------------------------------------------ descriptions

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
            if (
                token.tag_ not in _NP_TAGS and token.lower_ not in self.lexicon.titles
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
            ):
                if form in self.lexicon.titles:
                    best = self.lexicon.titles[form]
                    break
            if best:
                break
        former = any(t.lower_ in _FORMER for t in sequence)
        return best, former

    def describe_modifiers(self, mention: Mention, words: list[Token], anchor: Token) -> list:
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
                if possessive and (other_top, top) in self.lexicon.possessives:
                    prop = self.lexicon.possessives[(other_top, top)]
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
            if place not in self.teams:
                self.teams[place] = Mention(
                    place.start, place.end, place.name, "SportsTeam", fixed=True
                )
            teams.append(self.teams[place])
        return teams

    def add_by_domain(self, prop: str, a: Mention, b: Mention, rule: str, token: Token) -> None:
        """Add ``a prop b`` or ``b prop a``, whichever order the property's domain admits."""
        if self.ontology.fits(a.cls, self.domain(prop)):
            self.add(a, prop, b, rule, token)
        elif self.ontology.fits(b.cls, self.domain(prop)):
            self.add(b, prop, a, rule, token)

    def title_facts(self, person: Mention, head: Token, words: list[Token], extra=()) -> None:
        """State the occupation a title gives, and the fact it implies with its organization."""
        title, former = self.title_at(head, words)
        if title is None:
            self.describe_modifiers(person, words, head)  # "her American colleague X"
            return
        # the title's own words ("Sporting director") name no organization
        words = [w for w in words if w.i < head.i - (len(title.phrase.split()) - 1)]
        department = self.department(head)
        if title.is_occupation:
            phrase = f"{title.phrase} of {department}" if department else title.phrase
            self.add(person, "occupation", phrase, "title", head)
        affiliations = list(extra) + self.describe_modifiers(person, words, head)
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
        if title.relation is None or former:
            return
        relation = title.relation
        if department and relation == "directedBy":
            relation = "worksFor"  # the head of a department works for the organization
        affiliations = [
            other
            for other in affiliations
            if other is not person
            and self.ontology.top(other.cls) in ("Organization", "CreativeWork")
        ]
        for other in affiliations:
            self.add_by_domain(relation, person, other, "title-affiliation", head)
        if not affiliations:
            self.unattached_titles.append((person, title, head))

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
        if i >= 0 and i not in self.resolver.at and self.doc[i].pos_ in ("NOUN", "PROPN"):
            nouns.append(self.doc[i])
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
        # "X, whose founder, …" and "X, its chairman" describe someone else
        found = [
            c
            for c in root.children
            if c.dep_ == "appos"
            and c.i not in self.resolver.at
            and not any(g.dep_ == "poss" and g.tag_ in ("WP$", "PRP$") for g in c.children)
        ]
        head = root.head
        if (
            root.dep_ == "appos"
            and head.i not in self.resolver.at
            and head.pos_ in ("NOUN", "PROPN")
        ):
            found.append(head)
        return found

    def noun_class(self, noun: Token) -> str | None:
        """Return the class a describing noun names, trying "space agency" before "agency"."""
        nouns = self.lexicon.class_nouns
        if noun.i > 0:
            pair = f"{self.doc[noun.i - 1].lower_} {noun.lemma_.lower()}"
            if pair in nouns:
                return nouns[pair]
        return nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)

    def in_dateline(self, mention: Mention) -> bool:
        """Tell whether a name opens a dateline sentence ("Seville, Spain (AP) —")."""
        sent = self.doc[mention.start].sent
        last = [t for t in sent if not t.is_space][-1]
        return mention.start == sent.start and last.text in ("—", "–", "-", "--")

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

    def classify(self) -> None:
        """Type every mention by its describing nouns, then by vote over its document entity.

        A class noun is evidence for its class and a job title for Person;
        the mentions of one entity (grouped as consolidation will group
        them) then share the class most of the evidence supports.
        """
        for mention in self.mentions:
            if mention.name.split()[-1] in self.lexicon.org_suffixes and " " in mention.name:
                mention.evidence.append("Organization")  # "Van Leeuwen Logistics"
            last = mention.name.split()[-1].lower()
            if " " in mention.name and last in self.lexicon.class_nouns:
                mention.evidence.append(self.lexicon.class_nouns[last])  # "West Midlands Police"
            for noun in self.describing_nouns(mention):
                cls = self.noun_class(noun)
                if cls is not None:
                    self.resolver.describe(mention, noun)
                    if not (mention.cls == "Country" and self.ontology.top(cls) == "Place"):
                        mention.evidence.append(cls)
                elif self.title_at(noun, list(self.doc[max(0, noun.i - 3) : noun.i]))[0]:
                    mention.evidence.append("Person")
            if self.in_dateline(mention):
                mention.evidence.append("Place")  # "MEXICO CITY (AP) —"
            if self.followed_by_age(mention):
                mention.evidence.append("Person")  # "Marchbank, 58, last appeared …"
            following = self.doc[mention.end] if mention.end < len(self.doc) else None
            if mention.cls == "Person" and following is not None:
                cls = self.noun_class(following)
                if cls and self.ontology.top(cls) == "Organization":
                    mention.evidence.append("Place")  # "Manchester band", "Paris company"
        tokens = [t.text for t in self.doc]
        groups = group_mentions(self.mentions, tokens, self.lexicon, self.ontology)
        for number, group in enumerate(groups):
            cls = choose_class(group, self.ontology)
            for mention in group:
                mention.cls = cls
                mention.key = f"#{number}"

    def demonym_countries(self) -> None:
        """Every demonym names its country: "Danish shipping group" mentions Denmark."""
        for token in self.doc:
            if token.ent_type_ == "NORP" and token.lower_ in self.lexicon.demonyms:
                self.country(token, self.lexicon.demonyms[token.lower_])

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
            ]
            appositives = self.appositives(root)
            attributes = self.copular_nouns(root)
            if self.ontology.top(mention.cls) == "Person":
                self.name_of_place(mention)
                for title_noun in [*nouns[-1:]]:
                    self.title_facts(mention, title_noun, words)
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
                if self.ontology.top(mention.cls) == "Organization":
                    self.organization_location(mention, self.doc[mention.start : mention.end].root)

    def possessed_titles(self) -> None:
        """Read "his role in X", "her producer at Y": a title owned by a person."""
        for token in self.doc:
            if token.i in self.resolver.at or token.pos_ != "NOUN":
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
        for token in self.doc:
            if token.i in self.resolver.at or token.pos_ != "NOUN":
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
        for verb in self.doc:
            if verb.lemma_ not in self.lexicon.copulas or verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                subject = self.implicit_subject(verb)
            if subject is None or subject.tag_ != "PRP" or _negated(verb):
                continue
            person = self.resolver.resolve(subject, frozenset({"Person"}))
            if person is None:
                continue
            for noun in verb.children:
                if noun.dep_ in ("attr", "oprd", "xcomp") and noun.pos_ == "NOUN":
                    self.title_facts(person, noun, self.premodifiers(noun.i))

    def name_of_place(self, person: Mention) -> None:
        """Read "Kieran Holt, 27, of Walsall" (livesIn), "Sarah Quigley, of X Police" (worksFor)."""
        i = person.end
        if self.followed_by_age(person):
            i += 2  # past ", 27"
        after = self.doc[i : i + 2]
        if len(after) < 2 or after[0].text != "," or after[1].lower_ != "of":
            return
        other = self.resolver.mention_at(self.doc[i + 2]) if i + 2 < len(self.doc) else None
        if other is None or other.start != i + 2:
            return
        top = self.ontology.top(other.cls)
        if top == "Place":
            self.add(person, "livesIn", other, "name-of-place", after[1])
        elif top == "Organization":
            self.add(person, "worksFor", other, "name-of-place", after[1])

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

    def copular_nouns(self, root: Token) -> list[Token]:
        """Return nouns linked to ``root`` by a copula: "X is a nurse", "the director is X"."""
        while root.dep_ == "conj":
            root = root.head
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
        return [
            c
            for c in head.children
            if c.dep_ in others and c.pos_ == "NOUN" and c.i not in self.resolver.at
        ]

    def copular_subject(self, root: Token) -> Mention | None:
        """For "The Lantern Rooms are singer Maeve Donnelly …", return the band."""
        top = root
        while top.dep_ == "conj":
            top = top.head
        if top.dep_ != "attr" or top.head.lemma_ != "be":
            return None
        subject = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
        return self.resolver.mention_at(subject) if subject is not None else None

    def naming_noun(self, root: Token) -> list[Token]:
        """For "a film currently titled 'The Challenge'", return the noun "film"."""
        head = root.head
        if head.lemma_ in ("title", "call", "name") and head.dep_ == "acl":
            return [head.head] if head.head.pos_ == "NOUN" else []
        return []

    def organization_location(self, mention: Mention, root: Token) -> None:
        """Read "<organization> in <place>" as basedIn."""
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    place = self.resolver.mention_at(pobj)
                    if place is not None and self.ontology.top(place.cls) == "Place":
                        self.add(mention, "basedIn", place, "organization-in-place", child)

    # ------------------------------------------------------------ verbs

    def roles(self, verb: Token) -> dict[str, list[Token]]:
        """Return the voice-neutral arguments of ``verb``: agent, patient, prep:X."""
        roles: dict[str, list[Token]] = {}
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
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
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            roles.setdefault("prep:in", []).append(verb.head)  # "Rotterdam, where X is based"
        implicit = "patient" if (passive or (verb.tag_ == "VBN" and not perfect)) else "agent"
        if implicit not in roles and not (
            implicit == "patient" and "agent" in roles and not passive
        ):
            subject = self.implicit_subject(verb)
            if subject is not None:
                roles[implicit] = [subject]
        return roles

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
            return verb.head
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
        for verb in self.doc:
            rules = self.lexicon.verbs.get(verb.lemma_.lower())
            if not rules or verb.pos_ not in ("VERB", "AUX"):
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
                if rule.requires and not any(c.lower_ == rule.requires for c in verb.children):
                    continue
                evidence: list[tuple[Mention, str]] = []
                subjects = self.arguments(
                    roles.get(rule.subject, []), self.domain(rule.property), evidence
                )
                objects = self.arguments(
                    roles.get(rule.object, []), self.range(rule.property), evidence
                )
                if not (subjects and objects) or _negated(verb):
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
                        self.add(subject, rule.property, obj, f"verb:{rule.lemma}", verb, True)

    def arguments(
        self, tokens: list[Token], allowed: frozenset[str], evidence: list
    ) -> list[Mention]:
        """Resolve argument tokens, and their conjuncts, to mentions of the allowed classes."""
        found = []
        for token in tokens:
            for member in self.expand(token):
                mention = self.resolver.resolve(member, allowed or None, evidence)
                if mention is None:
                    mention = self.untagged_name(member, allowed)
                    if mention is not None:
                        evidence.append((mention, None))
                if mention is not None and mention not in found:
                    found.append(mention)
        return found

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

    # ------------------------------------------------------------ the document's film

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

    # ------------------------------------------------------------ places

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
        for noun in self.doc:
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


def _negated(token: Token) -> bool:
    """Tell whether a trigger's clause is negated, or stands under a verb of denial."""
    clause = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if clause is not None and any(c.dep_ == "neg" for c in clause.children):
        return True
    for node in [token, *token.ancestors]:
        if node.lemma_.lower() in _DENIAL and node.pos_ == "VERB":
            return True
        if node.dep_ == "relcl":
            return False  # "… rejected X, who runs Y": the relative clause is not denied
    return False


def extract(doc: Doc, lexicon: Lexicon | None = None) -> tuple[list[Mention], list[Fact]]:
    """Return the mentions and facts of a parsed document.

    Args:
        doc: a document parsed by a pipeline with ``kg_entity_fixes``.
        lexicon: the lexicon to use (default: the bundled one).
    """
    state = _Extraction(doc, lexicon or load_lexicon(), load_ontology())
    state.classify()
    state.demonym_countries()
    state.descriptions()
    state.possessed_titles()
    state.pronoun_copulas()
    state.verb_facts()
    state.described_nominals()
    state.respective_demonyms()
    state.place_pairs()
    state.owned_works()
    state.single_film()
    mentions = state.mentions + list(state.countries.values()) + list(state.teams.values())
    return mentions, state.facts


class FactExtractor:
    """The ``kg_facts`` component: puts mentions and facts on the ``Doc``."""

    def __init__(self, nlp: Language, name: str) -> None:
        for attr in ("kg_mentions", "kg_facts"):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        """Extract the document's mentions and facts onto ``doc._``."""
        doc._.kg_mentions, doc._.kg_facts = extract(doc, self.lexicon)
        return doc


@Language.factory("kg_facts")
def make_fact_extractor(nlp: Language, name: str) -> FactExtractor:
    """Create the component that extracts facts between entity mentions."""
    return FactExtractor(nlp, name)
