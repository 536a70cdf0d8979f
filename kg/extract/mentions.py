"""Entity mentions: correcting the tagger's spans and reading them as ontology classes.

spaCy's small English model cuts titles in the middle, misses names it has
seen a line before, and tags well-known organizations as people. The
``kg_entity_fixes`` component corrects ``doc.ents`` after the tagger:

1. names from the gazetteer table win over the tagger;
2. quoted or capitalised titles next to a work noun ("the film 'The
   Challenge'", "the documentary Tideline") become works;
3. spans lose a leading "the", a trailing possessive, quotes and dashes,
   and split or join where the tagger ran two names together or cut one
   (``kg.extract.spans``);
4. a name tagged once in a document is tagged wherever else it appears,
   also in its short form (a person's surname, an organization without
   "Recordings").

``collect_mentions`` then turns the entities into ``Mention`` objects with
an ontology class.
"""

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..knowledge.lexicon import Lexicon, load_lexicon
from ..knowledge.ontology import load_ontology
from ..knowledge.places import load_places
from .missed_names import (
    CLASS_LABEL,
    given_named_people,
    headed_names,
    initialled_names,
    known_places,
    listed_people,
    names_before_titles,
    nicknames,
    reads_as_person,
    split_at_titles,
    workplaces_after_titles,
)
from .named_by_words import named_by_their_words
from .peoples import norp_as_organization
from .spans import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    common_word,
    joined_institutions,
    joined_saints,
    merge,
    persons_possessive,
    split_at_slashes,
    trim,
)

#: spaCy entity labels that name things the ontology has a class for.
LABEL_CLASS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "WORK_OF_ART": "CreativeWork",
    "EVENT": "Event",
}

#: small words inside a work's title: "Top of the Pops", "How to Dismantle an Atomic Bomb"
TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "for", "in", "on", "to", "&", ":", "-", "at"}


@dataclass(eq=False)
class Mention:
    """One mention of an entity in a document.

    Attributes:
        start: index of its first token.
        end: index after its last token.
        name: the cleaned surface form ("Elon Musk", not "Elon Musk's").
        cls: the ontology class its own context suggests.
        key: an identity shared by the mentions of one entity in the
            document, filled in by consolidation.
        evidence: classes that the mention's roles in facts call for
            ("born in X": Place), weighed at consolidation.
        fixed: the class was set by a rule, not read off the tagger: the
            team in "Lyon coach" is not the city, whatever its name.
        aliases: fuller forms the text writes the name in, kept as other
            names but never as the label: "President Lincoln", "Amherst, Mass.".
    """

    start: int
    end: int
    name: str
    cls: str
    key: str = ""
    evidence: list[str] = field(default_factory=list)
    fixed: bool = False
    aliases: list[str] = field(default_factory=list)


def _work_nouns(lexicon: Lexicon) -> set[str]:
    ontology = load_ontology()
    return {n for n, c in lexicon.class_nouns.items() if ontology.is_a(c, "CreativeWork")}


def _is_titlecase(token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _quoted_titles(doc: Doc, work_nouns: set[str]) -> list[Span]:
    """Find quoted Title Case phrases with a work noun within four words of them."""
    found = []
    i = 0
    while i < len(doc):
        if doc[i].text in OPEN_QUOTES:
            for j in range(i + 2, min(i + 12, len(doc))):
                if doc[j].text in CLOSE_QUOTES:
                    inner = doc[i + 1 : j]
                    near = [t.lower_ for t in doc[max(0, i - 4) : i]]
                    near += [t.lower_ for t in doc[j + 1 : j + 5]]
                    if (
                        _is_titlecase(inner[0])
                        and all(_is_titlecase(t) or t.lower_ in TITLE_SMALL_WORDS for t in inner)
                        and any(w in work_nouns for w in near)
                    ):
                        found.append(Span(doc, i + 1, j, label="WORK_OF_ART"))
                        i = j
                    break
                if doc[j].is_sent_start:
                    break
        i += 1
    return found


def _bare_titles(doc: Doc, work_nouns: set[str]) -> list[Span]:
    """Find unquoted titles right after a work noun: "the documentary Tideline".

    After a singular noun, "and" joins the words of one title ("the comedy
    Salt and Vinegar"); after a plural one it lists titles ("the films X and Y").
    """
    found = []
    for token in doc:
        if token.lower_ not in work_nouns or token.tag_ not in ("NN", "NNS"):
            continue
        inner = ("of", "the", "and", "&") if token.tag_ == "NN" else ("of", "the")
        end = token.i + 1
        while end < len(doc) and (
            _title_word(doc[end])
            or (doc[end].is_digit and end > token.i + 1)  # "Harbour Road 9"
            or (
                doc[end].lower_ in inner
                and end > token.i + 1
                # "and" joins two words ("Salt and Vinegar"), not two titles
                and (doc[end].lower_ not in ("and", "&") or end == token.i + 2)
                and end + 1 < len(doc)
                and _title_word(doc[end + 1])
            )
        ):
            end += 1
        # a title starts with a capital: "the production of King Lear" is no title
        last, first = doc[end - 1], doc[token.i + 1]
        if end > token.i + 1 and (_title_word(last) or last.is_digit) and _title_word(first):
            found.append(Span(doc, token.i + 1, end, label="WORK_OF_ART"))
    return found


def _title_word(token: Token) -> bool:
    """Return whether a word can be one of a title's.

    A capitalised proper noun, or any capitalised word inside a sentence (the
    "Run" of "Cut and Run" is read as a verb).
    """
    if token.tag_ == "NNP" and token.text[:1].isupper():
        return True
    # "I" may follow a title ("the film Titanic I loved"); "We" of "Where We Stand" is in it
    return token.is_title and token.is_alpha and token.text != "I" and not token.is_sent_start


def _gazetteer_spans(doc: Doc, matcher: PhraseMatcher, lexicon: Lexicon) -> list[Span]:
    ontology = load_ontology()
    spans = []
    for _, start, end in matcher(doc):
        span = doc[start:end]
        cls = lexicon.gazetteer.get(span.text)
        if cls and not persons_possessive(span, lexicon):
            spans.append(Span(doc, start, end, label=CLASS_LABEL[ontology.top(cls)]))
    return spans


def _short_forms(span: Span, lexicon: Lexicon) -> list[str]:
    """Return the other forms a name may take later in the text."""
    words = span.text.split()
    if span.label_ == "PERSON" and len(words) > 1:
        return [words[-1]]
    short = " ".join(words[:-1])
    if (
        span.label_ == "ORG"
        and len(words) > 1
        and words[-1] in lexicon.org_suffixes
        and (short not in lexicon.gazetteer)
    ):
        return [short]
    return []


def _propagate(doc: Doc, ents: list[Span], lexicon: Lexicon, make_doc) -> list[Span]:
    """Tag other occurrences of names that the tagger found once in the document."""
    labels: dict[str, str] = {}
    for span in ents:
        if span.label_ in LABEL_CLASS and (len(span) > 1 or len(span.text) > 3):
            labels.setdefault(span.text, span.label_)
            for form in _short_forms(span, lexicon):
                labels.setdefault(form, span.label_)
    if not labels:
        return ents
    matcher = PhraseMatcher(doc.vocab)
    for name in labels:
        matcher.add(name, [make_doc(name)])
    found = []
    for match_id, start, end in matcher(doc):
        name = doc.vocab.strings[match_id]
        if (
            all(
                t.text[:1].isupper() or t.lower_ in TITLE_SMALL_WORDS
                for t in doc[start:end]
                if t.is_alpha
            )
            and doc[start].text[:1].isupper()
        ):
            found.append(Span(doc, start, end, label=labels[name]))
    # a full name wins over a shorter tagged piece of it ("Edge of the Land" over "Land")
    bounds = [(e.start, e.end) for e in ents]
    longer = [
        f
        for f in found
        if any(f.start <= s and e <= f.end and e - s < f.end - f.start for s, e in bounds)
    ]
    # two longer names may overlap each other: the longest wins
    return merge(merge([], longer), merge(ents, found))


def naming(ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Drop the spans that name no entity.

    "by 1030 GMT", "the IPO", "the West country": a common thing's
    abbreviation or a point of the compass (``not_name`` in
    ``name_parts.tsv``), unless a person named in full bears it; "Nationally,
    prices rose": a lone word the tagger reads as no proper noun, unless it
    is the surname of a person named in full ("Colin High ... High said").
    """
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    return [
        e
        for e in ents
        # "West" may be a surname: "Kanye West ... West's work"
        if (e.text not in lexicon.not_names or e.text in surnames)
        and not (
            e.label_ == "PERSON"
            and len(e) == 1
            and e[0].tag_ not in ("NNP", "NNPS")
            and e.text not in surnames
        )
    ]


#: the tagger's labels of spans that are no names, kept beside the names
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


class EntityFixes:
    """The ``kg_entity_fixes`` component: corrects ``doc.ents`` after the tagger."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.lexicon = load_lexicon()
        self.make_doc = nlp.make_doc
        self.work_nouns = _work_nouns(self.lexicon)
        self.places = load_places()
        self.gazetteer = PhraseMatcher(nlp.vocab)
        for term in self.lexicon.gazetteer:
            self.gazetteer.add(term, [nlp.make_doc(term)])

    def _person_after_demonym(self, span: Span) -> Span:
        """Read "Veteran Spaniard Conchita Martinez", tagged as one name, as the person's name.

        A demonym inside a tagged name, followed by two words that read as a
        person's name, describes that person.
        """
        doc = span.doc
        for token in span[:-2]:
            rest = doc[token.i + 1 : span.end]
            if token.lower_ in self.lexicon.demonyms and reads_as_person(rest.text, self.lexicon):
                return Span(doc, rest.start, rest.end, label="PERSON")
        return span

    def _courtesy_person(self, span: Span) -> Span:
        """Read a name opened by "Mr" or "Dr" as a person's, whatever the tagger said.

        "Dr Pask said so", tagged as an organization with or without "Dr": a
        courtesy title before capitalised words is used of people alone.
        """
        doc = span.doc
        if (
            span.label_ not in ("ORG", "GPE", "NORP", "PRODUCT")
            or not all(t.text[:1].isupper() or t.tag_ == "HYPH" for t in span)  # "Kilroy-Silk"
            or span[-1].text in self.lexicon.org_suffixes  # "Mr Price Group"
        ):
            return span
        start = span.start
        if span[0].text not in self.lexicon.courtesy_titles:
            start -= 1  # "Dr Ostrow", with "Ostrow" alone tagged
        if start < 0:
            return span
        named = doc[start : span.end]
        # a known name keeps its class ("Dr Pepper", "Miss World"); a person's is short
        if named.text in self.lexicon.gazetteer or not 1 < len(named) <= 4:
            return span
        if named[0].text in self.lexicon.courtesy_titles:
            return Span(doc, named.start, named.end, label="PERSON")
        return span

    def _split_place_pairs(self, span: Span) -> list[Span]:
        """Split "Auckland, New Zealand", tagged as one name, into its two known places."""
        doc = span.doc
        commas = [t.i for t in span if t.text == ","]
        if len(commas) != 1:
            return [span]
        first, second = doc[span.start : commas[0]], doc[commas[0] + 1 : span.end]
        if first and second and all(self.places.taggable(p.text) for p in (first, second)):
            return [Span(doc, p.start, p.end, label="GPE") for p in (first, second)]
        return [span]

    def _portfolio(self, span: Span) -> bool:
        """Tell whether a span names a minister's portfolio, not an organization.

        "Minister for Culture", "Secretary of State for Culture, Media and
        Sport": the capitalised words after the title, and the list they
        open, are part of it; so are fields alone before a title ("Trade and
        Industry Secretary X").
        """
        doc = span.doc
        following = doc[span.end].lower_ if span.end < len(doc) else ""
        if following in self.lexicon.titles and all(
            t.text in self.lexicon.fields or t.lower_ in ("the", "and", ",", "&") for t in span
        ):
            return True
        if span[0].lower_ == "state" and [t.lower_ for t in doc[span.start - 2 : span.start]] == [
            "secretary",
            "of",
        ]:
            return True  # "Secretary of State for Health", tagged from "State"
        i = span.start - 1
        while i > 0 and (doc[i].text in (",", "and") or doc[i].text[:1].isupper()):
            i -= 1  # back over "Culture, Media and"
        return (
            i > 0 and doc[i].lower_ in ("for", "of") and doc[i - 1].lower_ in ("minister", "state")
        )

    def _team_name(self, span: Span) -> Span:
        """Read "Leeds United" and "Birmingham City" as one club's name, however tagged.

        A known town followed by a team suffix ("United", "Rovers"), or by
        "City" or "Town" when town and word name no place
        together, is a club: the span grows over the suffix and is an
        organization.
        """
        doc = span.doc
        town, end = span, span.end
        if end < len(doc) and doc[end].text in (
            self.lexicon.team_suffixes | self.lexicon.town_team_suffixes
        ):
            end += 1  # "Leeds" tagged, "United" left out
        elif len(span) > 1 and span[-1].text in self.lexicon.town_team_suffixes:
            town = doc[span.start : span.end - 1]
        else:
            return span
        whole = doc[span.start : end]
        suffix = whole[-1].text
        if not self.places.taggable(town.text):
            return span
        if suffix in self.lexicon.town_team_suffixes and self.places.get(whole.text):
            return span  # "Mexico City", "Cape Town"
        return Span(doc, whole.start, whole.end, label="ORG")

    def _title_word(self, span: Span) -> bool:
        """Tell whether a tagged word is part of the title after it: "Finance Minister X"."""
        doc = span.doc
        following = doc[span.end].lower_ if span.end < len(doc) else ""
        return (
            len(span) == 1
            and span.text.lower() in self.lexicon.title_words.get("modifier", ())
            and following in self.lexicon.titles
        )

    def __call__(self, doc: Doc) -> Doc:
        """Correct the entity spans of ``doc`` in place and return it."""
        tagged = [
            norp_as_organization(part, self.lexicon) if part.label_ == "NORP" else part
            for s in map(
                self._team_name,
                map(self._person_after_demonym, map(self._courtesy_person, doc.ents)),
            )
            if (s.label_ in LABEL_CLASS or s.label_ == "NORP") and not common_word(s)
            for pair in self._split_place_pairs(s)
            for piece in split_at_slashes(pair)
            for part in split_at_titles(piece, self.lexicon)
        ]
        # a known name inside a longer tagged name is part of it ("University of Oslo")
        fixed = [
            g
            for g in _gazetteer_spans(doc, self.gazetteer, self.lexicon)
            if not any(t.start <= g.start and g.end <= t.end and len(t) > len(g) for t in tagged)
        ]
        fixed = merge(fixed, _quoted_titles(doc, self.work_nouns))
        fixed = merge(fixed, _bare_titles(doc, self.work_nouns))
        trimmed = [
            trim(s, self.lexicon) if s.label_ != "NORP" else s
            for s in joined_institutions(tagged, self.lexicon)
            if not self._title_word(s) and not self._portfolio(s)
        ]
        ents = merge(fixed, [s for s in trimmed if s is not None])
        headed = headed_names(doc, ents, self.lexicon)
        # a headed name wins over a piece of it the tagger found ("District Court")
        ents = merge(headed, ents)
        ents = merge(joined_saints(ents, self.lexicon), ents)
        ents = merge(ents, known_places(doc, ents, self.places, self.lexicon.titles))
        # a known town the tagger missed may open a club's name: "Leeds United"
        ents = merge([self._team_name(e) for e in ents if e.label_ == "GPE"], ents)
        ents = merge(initialled_names(doc, ents), ents)
        ents = merge(ents, given_named_people(doc, ents, self.lexicon))
        ents = merge(listed_people(doc, ents, self.lexicon), ents)
        ents = merge(ents, names_before_titles(doc, ents, self.lexicon))
        ents = merge(ents, nicknames(doc, ents, self.lexicon))
        ents = merge(workplaces_after_titles(doc, ents, self.lexicon, self.places), ents)
        ents = named_by_their_words(doc, ents, self.lexicon, self.places)
        ents = _propagate(doc, ents, self.lexicon, self.make_doc)
        ents = naming(ents, self.lexicon)
        # the tagger's dates and numbers stay, where no name took their words, so that
        # later rules know "March" in "born in March 1950" for a month, not a town
        doc.ents = merge(ents, [s for s in doc.ents if s.label_ in _NOT_NAMES])
        return doc


@Language.factory("kg_entity_fixes")
def make_entity_fixes(nlp: Language, name: str) -> EntityFixes:
    """Create the component that corrects the tagger's entity spans."""
    return EntityFixes(nlp, name)


def mention_class(span: Span, lexicon: Lexicon) -> str:
    """Return the ontology class a tagged span suggests by itself."""
    if span.text in lexicon.gazetteer:
        return lexicon.gazetteer[span.text]
    cls = LABEL_CLASS[span.label_]
    if cls == "Place" and span.text.lower() in lexicon.countries:
        return "Country"
    return cls


def collect_mentions(doc: Doc, lexicon: Lexicon | None = None) -> list[Mention]:
    """Return the mentions of named entities in ``doc``, in text order."""
    lexicon = lexicon or load_lexicon()
    mentions = []
    for span in doc.ents:
        if span.label_ not in LABEL_CLASS:
            continue
        mention = Mention(span.start, span.end, _one_line(span.text), mention_class(span, lexicon))
        if mention.cls == "Person":
            styled = styled_start(doc, span.start, lexicon)
            if styled < span.start:
                mention.aliases.append(_one_line(doc[styled : span.end].text))
        mentions.append(mention)
    return mentions


def _one_line(text: str) -> str:
    return " ".join(text.split())


def styled_start(doc: Doc, start: int, lexicon: Lexicon) -> int:
    """Return where a person's name starts with the honorifics written before it.

    "Sen. Bob Dole", "President Lincoln": the honorific is not part of the
    name, but the styled form is a name the person goes by.
    """
    while start > 0 and doc[start - 1].text in lexicon.honorifics:
        start -= 1
    return start
