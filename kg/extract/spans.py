"""Corrections of the tagger's name spans, one span at a time.

A tagged span loses the words that are no part of the name (a leading
"the", a title word, a demonym, a trailing possessive or quote), splits
where two names run together ("Amsterdam/Frankfurt", "Southampton when
Arsenal") and joins where the tagger cut one ("UN Office" + "for the" +
"Coordination of Humanitarian Affairs"). ``kg.extract.mentions.EntityFixes``
applies them.
"""

import re

from spacy.tokens import Doc, Span, Token

from ..knowledge.lexicon import AGENT_ENDINGS, Lexicon
from ..knowledge.ontology import load_ontology
from ..knowledge.places import load_places

OPEN_QUOTES = {"‘", "“", '"', "'", "«"}
CLOSE_QUOTES = {"’", "”", '"', "'", "»"}
QUOTES = OPEN_QUOTES | CLOSE_QUOTES
_TRIM_LEFT = {"the", "a", "an"}
#: tagger labels whose names may have lost their first word
_LEFT_OPEN = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "FAC"}
#: lower-case words that may open a name: "de Gaulle", "van Persie"
_PARTICLES = {"de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "le", "la",
              "ter", "ten", "bin", "ibn", "al", "el", "dos", "das"}  # fmt: skip
#: words that open a sentence and a title rather than a name: "New Southampton manager X"
_NEWNESS = {"new", "former", "interim", "caretaker"}
#: a number with a decimal point, perhaps with its unit: "0.04secs", "2.5m"
_DECIMAL = re.compile(r"^\d*\.\d+[a-z]*$")
#: parts of speech that start a clause and so end a name
_CLAUSE_WORDS = {"SCONJ", "VERB", "AUX", "PRON"}


def trim(span: Span, lexicon: Lexicon) -> Span | None:
    """Drop leading articles and honorifics, trailing possessives, quotes and dashes.

    A person's name also ends at a number or a dash inside the tagged span.
    """
    start, end = span.start, span.end
    doc = span.doc
    if span.label_ == "PERSON" and _hyphenated_on(doc, end):
        end += 2  # "Quincy Owusu-Abeyie": the tagger stopped at the hyphen
    if span.label_ == "PERSON":
        end += _particle_on(doc, end)  # "Valery Giscard d'Estaing", "Robin van Persie"
    start = _country_named_in_full(span, lexicon)
    if start == span.start and _name_goes_on_left(span, lexicon):
        start -= 1  # "Armand Marie Leroi", "Pop Idol": the tagger dropped the first word
    for i in range(start, end):
        if doc[i].text == "(" and ")" not in [t.text for t in doc[i:end]]:
            end = i  # "Royal Academy of Dramatic Art (Rada": the bracket is not the name
            break
    while (
        start < end
        and (
            doc[start].text in QUOTES
            or doc[start].is_punct
            # "for Corporate Governance": a name starts with a capital or a particle ("de Gaulle")
            or (doc[start].is_lower and doc[start].is_alpha and doc[start].lower_ not in _PARTICLES)
            or (doc[start].lower_ in _TRIM_LEFT and span.label_ != "WORK_OF_ART")
            or (
                span.label_ == "PERSON"
                and doc[start].text in lexicon.honorifics
                and end - start > 1
            )
            or (
                doc[start].lower_ in lexicon.titles
                and end - start > 1
                # "decathlete Dean Macey": a given name and a surname, after the title
                and not (end - start == 2 and doc[start].text in lexicon.given_names)
            )  # "Archaeologist Verónica …"
            # "New Southampton manager X": "new" describes the manager of a town's team,
            # unlike "New York" or "New Scientist"
            or (
                doc[start].lower_ in _NEWNESS
                and doc[start].is_sent_start
                and load_places().taggable(doc[start + 1 : end].text)
                and not load_places().get(doc[start:end].text)
            )
            # "300 Department of Health posts": a count of things the name describes
            # is not in it ("50 Cent" and "3M" stay)
            or (
                doc[start].is_digit
                and doc[start].whitespace_
                and end - start > 1
                and doc[start + 1].text[:1].isupper()
                and end < len(doc)
                and doc[end].tag_ == "NNS"
            )
            # "Slovakian Daniela Hantuchova": the demonym describes the person
            or (
                span.label_ == "PERSON"
                and doc[start].lower_ in lexicon.demonyms
                and end - start > 2
            )
        )
    ):
        start += 1
    while span.label_ == "PERSON" and end - start > 2 and doc[end - 1].text in lexicon.letters:
        end -= 1  # "John Smith QC": letters after a full name ("Euro MP" is no name)
    for i in range(start + 1, end):
        # "Mike Skinner - aka The Streets", "Selima Sfar 7-5": a person's name ends before
        # ("Eun-hye" has no spaces around its hyphen); so does a country's or a town's,
        # "the Czech Republic 7-5 6-3", and any name before a score
        score = doc[i].like_num and i + 2 < end and doc[i + 1].text in ("-", "–")
        number = doc[i].like_num and span.label_ in ("PERSON", "GPE")
        dash = span.label_ == "PERSON" and _is_spaced_dash(doc[i])
        if score or number or dash:
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
    if end - start == 1 and _DECIMAL.match(text):
        return None  # "ran 0.04secs slower": a measure, whatever the tagger says
    if end - start == 1 and text in lexicon.title_words.get("modifier", ()):
        return None  # "General" cut from "Attorney General X"
    if doc[start:end].text in lexicon.honorifics:
        return None  # "Insp" split off "Det Insp Sarah Quigley"
    if text in lexicon.titles:
        return None  # "Glaciologist whose study …": a capitalised title, not a name
    if end - start == 1 and text in lexicon.demonyms and end < len(doc) and doc[end].is_lower:
        return None  # "a Malagasy politician": a demonym, read as one
    if end < len(doc) and f"{text} {doc[end].lower_}" in lexicon.titles:
        return None  # "Sporting director": the first word of a title, not a name
    return Span(doc, start, end, label=span.label_)


def common_word(span: Span) -> bool:
    """Tell whether a one-word name is a common word capitalised only by its position.

    "Broadband steams ahead", "Cyber criminals step up": a word that opens a
    sentence or stands in the headline (the first line), that the text
    writes in lower case elsewhere and never capitalised inside a sentence.
    """
    if len(span) != 1 or not span[0].is_title:
        return False
    doc, word = span.doc, span[0]
    headline_end = doc.text.find("\n")
    in_headline = 0 <= word.idx < headline_end
    if not (word.is_sent_start or in_headline):
        return False
    lower = word.lower_
    if not any(t.lower_ == lower and t.is_lower for t in doc):
        return False
    return not any(
        t.text == word.text and not t.is_sent_start and t.idx > headline_end for t in doc
    )


def _country_named_in_full(span: Span, lexicon: Lexicon) -> int:
    """Return where a country's name starts that the tagger cut to its last words.

    "Republic of Ireland manager X": the tagger tags "Ireland" alone.
    """
    doc = span.doc
    for size in (3, 2, 1):
        start = span.start - size
        if start < 0 or any(t.ent_iob_ != "O" for t in doc[start : span.start]):
            continue
        name = doc[start : span.end].text
        if name[:1].isupper() and name.lower() in lexicon.countries:
            return start
    return span.start


def _name_goes_on_left(span: Span, lexicon: Lexicon) -> bool:
    """Tell whether the proper noun before a tagged name is its first word, cut off by the tagger.

    A capitalised proper noun inside a sentence, in no other name, and no
    title, honorific, rank, demonym, country, known name or known place
    ("Parmjit Singh Gill"; not "Conservative Graham Brady", and "BBC Four
    World Cinema Award" is two names).
    """
    doc = span.doc
    if span.label_ not in _LEFT_OPEN or span.start < 2:
        return False
    word, before = doc[span.start - 1], doc[span.start - 2]
    lower = word.lower_
    return (
        word.tag_ == "NNP"
        and word.is_title
        and not word.is_sent_start
        and word.ent_iob_ == "O"
        and before.ent_iob_ == "O"
        and (before.tag_ not in ("NNP", "NNPS", "POS") or before.lower_ in lexicon.titles)
        and lower not in lexicon.titles
        and lower not in lexicon.demonyms
        and lower not in lexicon.countries
        and lower not in lexicon.title_words.get("modifier", ())
        and word.text not in lexicon.honorifics
        and word.text not in lexicon.styles
        and word.text not in lexicon.gazetteer  # "Conservative Graham Brady"
        and load_places().taggable(word.text) is None
        and (span.label_ != "PERSON" or _could_be_given(word.text, lexicon))
    )


#: endings of words for what people are or do, capitalised before a name
#: ("Exchequer", "Dutchman", "Chancellor", "Blairite"), not its first word
_ROLE_ENDINGS = (*AGENT_ENDINGS, "or", "ite")


def _could_be_given(word: str, lexicon: Lexicon) -> bool:
    """Tell whether a word before a person's name may be their first name or an initial."""
    return word in lexicon.given_names or len(word) == 1 or not word.lower().endswith(_ROLE_ENDINGS)


def _particle_on(doc: Doc, end: int) -> int:
    """Return how many words a person's name goes on by after ``end``: a particle and a surname.

    "d'Estaing" (one word, its particle written on), or "van" and "Persie".
    """
    if end >= len(doc) or doc[end].ent_iob_ == "B":
        return 0
    word = doc[end].text
    particle, apostrophe, rest = word.replace("’", "'").partition("'")
    if apostrophe and particle in ("d", "l") and rest[:1].isupper() and rest.isalpha():
        return 1
    following = doc[end + 1] if end + 1 < len(doc) else None
    if (
        word in _PARTICLES
        and following is not None
        and following.text[:1].isupper()
        and following.is_alpha
        and following.ent_iob_ != "B"
    ):
        return 2
    return 0


def _hyphenated_on(doc: Doc, end: int) -> bool:
    """Tell whether the name ending before ``end`` goes on over a hyphen into a capitalised word."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].ent_iob_ != "B"  # not the start of the next name
    )


def split_at_slashes(span: Span) -> list[Span]:
    """Split "Amsterdam/Frankfurt" and "Oscars - Hollywood" (an aside) into names.

    Also names run into a clause ("Southampton when Arsenal"): a lower-case
    conjunction, verb or pronoun is no part of a name, nor is "or" between
    two (titles of works may hold any word, so they stay whole).
    """
    parts, start = [], span.start
    for token in span:
        if (
            token.text == "/"
            or _spaced_dash(token, span)
            or (
                span.label_ != "WORK_OF_ART"
                and token.is_lower
                and token.i > span.start
                and (
                    token.pos_ in _CLAUSE_WORDS
                    or token.tag_ == "WRB"
                    # "Arsenal or Sheffield United": two names, either of which
                    or (token.lower_ == "or" and token.i + 1 < span.end)
                )
            )
        ):
            if token.i > start:
                parts.append(Span(span.doc, start, token.i, label=span.label_))
            start = token.i + 1
    if start < span.end:
        parts.append(Span(span.doc, start, span.end, label=span.label_))
    return parts


def _spaced_dash(token: Token, span: Span) -> bool:
    """Tell whether a dash opening an aside parts two names: "Oscars - Hollywood's top prizes -".

    The aside closes with a second spaced dash in the sentence; a lone spaced
    dash may join a name's parts in text tokenised with spaces ("Jean - Claude").
    """
    doc = span.doc
    return (
        span.label_ != "WORK_OF_ART"
        and _is_spaced_dash(token)
        and token.i > span.start
        and any(_is_spaced_dash(t) for t in doc[token.i + 1 : token.sent.end])
    )


def _is_spaced_dash(token: Token) -> bool:
    """Tell whether ``token`` is a dash with spaces on both sides: "Skinner - aka"."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.text in ("-", "–", "—")
        and before is not None
        and bool(before.whitespace_)
        and bool(token.whitespace_)
    )


def joined_institutions(spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Join "UN Office" and "Coordination of Humanitarian Affairs" across "for the".

    The tagger cuts an institution's long name at "for the" or "of the"; an
    organization whose last word heads institutions' names ("Office",
    "Ministry") and the organization after it are one name.
    """
    ontology = load_ontology()
    joined: list[Span] = []
    starts = {s.start for s in spans}
    for span in sorted(spans, key=lambda s: s.start):
        span = _cut_at_of(span, starts)
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
    return _with_fields(joined, lexicon)


def joined_saints(spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Join "St Egwin" and "Middle School" across the possessive: one name.

    A saint's possessive is no saint's thing: "St George's Chapel", "St
    Fintian's High School" are places and schools named after the saint.
    """
    starts = {s.start: s for s in spans}
    joined = []
    for span in spans:
        mark = span.end
        after = starts.get(mark + 1)
        if (
            span[0].text in lexicon.saints
            and mark < len(span.doc)
            and span.doc[mark].tag_ == "POS"
            and after is not None
        ):
            joined.append(Span(span.doc, span.start, after.end, label=after.label_))
    return joined


def _cut_at_of(span: Span, starts: set[int]) -> Span:
    """Continue an organization the tagger ended on "of" or "for" over the name after it.

    "the Office of" + "the Deputy Prime Minister": the capitalised words
    after "of" (and "the") finish the name, unless the tagger found a name
    of their own there.
    """
    doc = span.doc
    words = [t.lower_ for t in span]
    if words[-1] == "the":  # "the Office of the"
        words.pop()
    if span.label_ != "ORG" or len(words) < 2 or words[-1] not in ("of", "for"):
        return span
    i = span.end + (span.end < len(doc) and doc[span.end].lower_ == "the")
    end = i
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    if end == i or any(i <= s < end for s in starts) or span.end in starts:
        return span
    return Span(doc, span.start, end, label="ORG")


def _with_fields(spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """Continue an institution's name over the fields it lists after "and".

    The tagger ends "Department for Education and Skills" at "and" and reads
    "Skills" apart; an institution named "X of/for Field" goes on over
    ", Field" and "and Field" (the words of ``lexicon.fields``), and the
    pieces it takes in are no names of their own.
    """
    ontology = load_ontology()
    found = []
    for span in spans:
        end = span.end
        heads = [
            t.i
            for t in span[1:]
            if t.lower_ in ("of", "for") and t.i + 1 < span.end and t.nbor().text in lexicon.fields
        ]
        cls = lexicon.name_class(span.doc[heads[0] - 1].lower_) if heads else None
        if span.label_ == "ORG" and cls is not None and ontology.top(cls) == "Organization":
            end = _fields_end(span.doc, span.end, lexicon.fields)
        found.append(Span(span.doc, span.start, end, label=span.label_) if end > span.end else span)
    longer = [s for s in found if s not in spans]
    return [s for s in found if s in longer or not any(_overlap(s, t) for t in longer)]


def _fields_end(doc: Doc, end: int, fields: frozenset[str]) -> int:
    """Return where ", Field ... and Field" after ``end`` ends (``end`` if not there)."""
    i = end
    while i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text in fields:
        i += 2
    if i + 1 < len(doc) and doc[i].lower_ == "and" and doc[i + 1].text in fields:
        i += 2
        while i < len(doc) and doc[i].text in fields:
            i += 1
        return i
    return end


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


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


def persons_possessive(span: Span, lexicon: Lexicon) -> bool:
    """Tell whether a name ending in "'s" is a person's possessive: "Sir Trevor McDonald's".

    Not the firm "McDonald's" then: the word before is a person's name.
    """
    if span[-1].tag_ != "POS" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.ent_type_ == "PERSON" or before.text in lexicon.given_names


#: an age before a noun: "the 29-year-old striker"
_AGE = re.compile(r"\b\d+-year-old\b")


def in_age(token: Token) -> bool:
    """Tell whether a token is part of an age before a noun: "29", "year" of "29-year-old"."""
    span = token.doc[max(0, token.i - 4) : token.i + 5]
    at = token.idx - span.start_char
    return any(m.start() <= at < m.end() for m in _AGE.finditer(span.text))
