"""Corrections of the tagger's name spans, one span at a time.

A tagged span loses the words that are no part of the name (a leading
"the", a title word, a demonym, a trailing possessive or quote), splits
where two names run together ("Amsterdam/Frankfurt", "Southampton when
Arsenal") and joins where the tagger cut one ("UN Office" + "for the" +
"Coordination of Humanitarian Affairs"), or takes another label
("Leeds United" is a club, "Auckland, New Zealand" two places, "Minister
for Culture" no organization). ``kg.extract.mentions.EntityFixes``
applies them.
"""

from spacy.tokens import Span

from ..knowledge.lexicon import Lexicon
from ..knowledge.ontology import load_ontology
from ..knowledge.places import load_places
from .missed_names import reads_as_person

OPEN_QUOTES = {"‘", "“", '"', "'", "«"}
CLOSE_QUOTES = {"’", "”", '"', "'", "»"}
QUOTES = OPEN_QUOTES | CLOSE_QUOTES
_TRIM_LEFT = {"the", "a", "an"}
#: lower-case words that may open a name: "de Gaulle", "van Persie"
_PARTICLES = {"de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "le", "la",
              "ter", "ten", "bin", "ibn", "al", "el", "dos", "das"}  # fmt: skip
#: words that open a sentence and a title rather than a name: "New Southampton manager X"
_NEWNESS = {"new", "former", "interim", "caretaker"}
#: parts of speech that start a clause and so end a name
_CLAUSE_WORDS = {"SCONJ", "VERB", "AUX", "PRON"}


def trim(span: Span, lexicon: Lexicon) -> Span | None:
    """Drop leading articles and honorifics, trailing possessives, quotes and dashes.

    A person's name also ends at a number or a dash inside the tagged span.
    """
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):
        if doc[i].text == "(" and ")" not in [t.text for t in doc[i:end]]:
            end = i  # "Royal Academy of Dramatic Art (Rada": the bracket is not the name
            break
    while start < end and _opens_without_the_name(doc[start:end], span.label_, lexicon):
        start += 1
    if span.label_ == "PERSON":
        for i in range(start + 1, end):
            # "Mike Skinner - aka The Streets", "Selima Sfar 7-5": the name ends before
            spaced = doc[i - 1].whitespace_ != ""  # "Skinner - aka", not "Eun-hye"
            if doc[i].like_num or (doc[i].text in ("-", "–", "—") and spaced):
                end = i
                break
    while end > start and (
        # "Hislop back": a lower-case word after a name, not a part of it ("Choi Eun-hye")
        (
            span.label_ == "PERSON"
            and doc[end - 1].is_lower
            and doc[end - 1].is_alpha
            and end - 1 > start
            and doc[end - 2].whitespace_ != ""
        )
        or doc[end - 1].tag_ == "POS"
        or doc[end - 1].text in QUOTES
        or (doc[end - 1].is_punct and doc[end - 1].text not in (".", ")"))
        or doc[end - 1].lower_ in _TRIM_LEFT
        or doc[end - 1].is_space
    ):
        end -= 1
    if start >= end or not any(
        t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[start:end]
    ):
        return None
    text = doc[start:end].text.lower()
    if end - start == 1 and text in lexicon.title_words.get("modifier", ()):
        return None  # "General" cut from "Attorney General X"
    if doc[start:end].text in lexicon.honorifics:
        return None  # "Insp" split off "Det Insp Sarah Quigley"
    if text in lexicon.titles:
        return None  # "Glaciologist whose study …": a capitalised title, not a name
    if end < len(doc) and f"{text} {doc[end].lower_}" in lexicon.titles:
        return None  # "Sporting director": the first word of a title, not a name
    return Span(doc, start, end, label=span.label_)


def _opens_without_the_name(words: Span, label: str, lexicon: Lexicon) -> bool:
    """Tell whether the first of a tagged span's ``words`` is no part of the name."""
    first, size = words[0], len(words)
    if first.text in QUOTES or first.is_punct:
        return True
    if first.is_lower and first.is_alpha and first.lower_ not in _PARTICLES:
        return True  # "for Corporate Governance"; but "de Gaulle"
    if first.lower_ in _TRIM_LEFT and label != "WORK_OF_ART":
        return True
    if size > 1 and first.lower_ in lexicon.titles:
        return True  # "Archaeologist Verónica …"
    if label == "PERSON" and size > 1 and first.text in lexicon.honorifics:
        return True
    if label == "PERSON" and size > 2 and first.lower_ in lexicon.demonyms:
        return True  # "Slovakian Daniela Hantuchova": the demonym describes the person
    # "New Southampton manager X": "new" describes the manager of a town's team,
    # unlike "New York" or "New Scientist"
    return (
        first.lower_ in _NEWNESS
        and first.is_sent_start
        and load_places().taggable(words[1:].text) is not None
        and not load_places().get(words.text)
    )


def split_at_slashes(span: Span) -> list[Span]:
    """Split "Amsterdam/Frankfurt" into its names, and names run into a clause.

    "Southampton when Arsenal": a lower-case conjunction, verb or pronoun is no
    part of a name (titles of works may hold any word, so they stay whole).
    """
    parts, start = [], span.start
    for token in span:
        if token.text == "/" or (
            span.label_ != "WORK_OF_ART"
            and token.is_lower
            and token.i > span.start
            and (token.pos_ in _CLAUSE_WORDS or token.tag_ == "WRB")
        ):
            if token.i > start:
                parts.append(Span(span.doc, start, token.i, label=span.label_))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, label=span.label_))
    return parts


def joined_institutions(spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Join "UN Office" and "Coordination of Humanitarian Affairs" across "for the".

    The tagger cuts an institution's long name at "for the" or "of the"; an
    organization whose last word heads institutions' names ("Office",
    "Ministry") and the organization after it are one name.
    """
    ontology = load_ontology()
    joined: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        previous = joined[-1] if joined else None
        if previous is not None and previous.label_ == "ORG" and span.label_ == "ORG":
            between = [t.lower_ for t in span.doc[previous.end : span.start]]
            cls = lexicon.name_class(previous[-1].lower_)
            if (
                between in (["for"], ["of"], ["for", "the"], ["of", "the"])
                and cls is not None
                and ontology.top(cls) == "Organization"
            ):
                joined[-1] = Span(span.doc, previous.start, span.end, label="ORG")
                continue
        joined.append(span)
    return joined


def merge(preferred: list[Span], others: list[Span]) -> list[Span]:
    """Keep every preferred span and the others that overlap none of them."""
    taken = set()
    for span in preferred:
        taken.update(range(span.start, span.end))
    kept = list(preferred)
    for span in sorted(others, key=lambda s: s.end - s.start, reverse=True):
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def person_after_demonym(span: Span, lexicon: Lexicon) -> Span:
    """Read "Veteran Spaniard Conchita Martinez", tagged as one name, as the person's name.

    A demonym inside a tagged name, followed by two words that read as a
    person's name, describes that person.
    """
    doc = span.doc
    for token in span[:-2]:
        rest = doc[token.i + 1 : span.end]
        if token.lower_ in lexicon.demonyms and reads_as_person(rest.text, lexicon):
            return Span(doc, rest.start, rest.end, label="PERSON")
    return span


def split_place_pairs(span: Span) -> list[Span]:
    """Split "Auckland, New Zealand", tagged as one name, into its two known places."""
    doc = span.doc
    commas = [t.i for t in span if t.text == ","]
    if len(commas) != 1:
        return [span]
    first, second = doc[span.start : commas[0]], doc[commas[0] + 1 : span.end]
    if first and second and all(load_places().taggable(p.text) for p in (first, second)):
        return [Span(doc, p.start, p.end, label="GPE") for p in (first, second)]
    return [span]


def is_portfolio(span: Span, lexicon: Lexicon) -> bool:
    """Tell whether a span names a minister's portfolio, not an organization.

    "Minister for Culture", "Secretary of State for Culture, Media and
    Sport" (``title_words.tsv``, kind portfolio): the capitalised words after
    the title's "for" or "of", and the list they open, are part of it; so is
    a span that opens with the title's last words ("State for Health").
    """
    doc = span.doc
    for title in lexicon.title_words.get("portfolio", ()):
        words = title.split()
        for cut in range(1, len(words)):  # "Secretary of" + "State for Health"
            before = [t.lower_ for t in doc[max(0, span.start - cut) : span.start]]
            opening = [t.lower_ for t in span[: len(words) - cut]]
            if before == words[:cut] and opening == words[cut:]:
                return True
    i = span.start - 1
    while i > 0 and (doc[i].text in (",", "and") or doc[i].text[:1].isupper()):
        i -= 1  # back over "Culture, Media and"
    if i <= 0 or doc[i].lower_ not in ("for", "of"):
        return False
    return any(
        [t.lower_ for t in doc[max(0, i - len(title.split())) : i]] == title.split()
        for title in lexicon.title_words.get("portfolio", ())
    )


def town_team(words: list[str], lexicon: Lexicon) -> bool:
    """Tell whether a name is a known town and a team suffix: "Leeds United", "Ipswich Town".

    "City" and "Town" make a club only when town and word name no place
    together ("Mexico City", "Cape Town").
    """
    if len(words) < 2 or not load_places().taggable(" ".join(words[:-1])):
        return False
    if words[-1] in lexicon.team_suffixes:
        return True
    return words[-1] in lexicon.town_team_suffixes and not load_places().get(" ".join(words))


def team_name(span: Span, lexicon: Lexicon) -> Span:
    """Read "Leeds United" and "Birmingham City" as one club's name, however tagged.

    The span grows over a team suffix the tagger left out, and a known town
    with its team suffix is an organization.
    """
    doc = span.doc
    end = span.end
    suffixes = lexicon.team_suffixes | lexicon.town_team_suffixes
    if end < len(doc) and doc[end].text in suffixes:
        end += 1  # "Leeds" tagged, "United" left out
    whole = doc[span.start : end]
    if not town_team([t.text for t in whole], lexicon):
        return span
    return Span(doc, whole.start, whole.end, label="ORG")
