"""Names the tagger missed or cut wrongly, found from what the words around them say.

- known places (``kg.knowledge.places``) written as proper nouns: "Wales
  scrum-half X", "Bath centre Y";
- names headed by a class noun or a name head: "FA Cup", "US District
  Court", "Public and Commercial Services Union";
- initialled names, as squads list people: "R Beattie (Northampton)";
- a common given name and a surname: "beat Australian Samantha Stosur";
- the names of a line that lists people, as team sheets do: "Murphy, Horgan,
  O'Driscoll, D'Arcy";
- an acronym or a name before a job title and a person: "LSE boss Clara Furse";
- the workplace after a job title and "at": "portal director at Tiscali";
- a tagged name with a title inside, split: "Balco boss Victor Conte";
- a club's nickname, in an article that names the club: "Gunners boss X".

Each function returns spans; ``kg.extract.mentions.EntityFixes`` merges them
with the tagger's.
"""

from spacy.tokens import Doc, Span

from ..knowledge.lexicon import Lexicon
from ..knowledge.ontology import load_ontology
from ..knowledge.places import Gazetteer, load_places

#: small words inside a name headed by a class noun: "Department for Education and Skills"
NAME_JOINERS = {"of", "for", "and", "&"}
#: the spaCy label that stands for each top class in ``doc.ents``
CLASS_LABEL = {
    "Person": "PERSON",
    "Organization": "ORG",
    "Place": "GPE",
    "CreativeWork": "WORK_OF_ART",
    "Event": "EVENT",
}


def known_places(
    doc: Doc, ents: list[Span], gazetteer: Gazetteer, titles: dict[str, object]
) -> list[Span]:
    """Tag the known places the tagger missed: "Wales scrum-half X", "Bath centre Y".

    A whole run of capitalised words (up to three) that names a country, a US
    state or a large city (``kg.knowledge.places``); a capitalised common noun
    opening a sentence only when it is a country ("Reading" may be a verb).
    """
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 4 and capitalised(doc[end]):
            end += 1
        if end == i:
            i += 1
            continue
        if end - i <= 3 and not taken.intersection(range(i, end)):
            place = gazetteer.taggable(doc[i:end].text)
            before_title = end < len(doc) and doc[end].lower_ in titles  # "Bath boss X"
            opening = doc[i].is_sent_start and doc[i].pos_ != "PROPN" and not before_title
            if place is not None and (place.cls == "Country" or not opening):
                found.append(Span(doc, i, end, label="GPE"))
        i = end
    return found


def _goes_on(doc: Doc, i: int) -> bool:
    """Tell whether a name goes on at ``i`` with "of" or "for" and a capitalised word."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in ("of", "for")
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].is_alpha
    )


def headed_names(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Tag names whose last word says what they are: "FA Cup", "Select Committee".

    A run of capitalised words (small words such as "of" inside) ending in a
    capitalised class noun of the lexicon ("Cup", "Court", "Union") is a
    name of that class, whether the tagger missed it or tagged a piece of it.
    A place just before an institution's name is part of it: "US District
    Court". A lone class noun, or one opening a sentence, is no name, nor
    is a firm's word the name goes on after ("Internet Corporation for …").
    """
    ontology = load_ontology()
    found = []
    tagged_ends = {e.end for e in ents}
    for head in doc:
        cls = lexicon.name_class(head.lower_)
        if cls is None or not head.text[:1].isupper() or head.is_sent_start:
            continue
        start = head.i
        firm = ontology.is_a(cls, "Company")
        while start > head.sent.start:
            before = doc[start - 1]
            if (
                (before.is_alpha or before.like_num)
                and before.text[:1].isupper()
                and (
                    before.lower_ not in ("a", "an", "the")  # "A Kestrel Holdings spokesman"
                )
            ):
                start -= 1  # "Select", "FA", "1997"
            elif (
                before.lower_ in NAME_JOINERS
                and start - 2 >= head.sent.start
                and doc[start - 2].text[:1].isupper()
                # "Continental and American Airlines": two firms, the first named whole
                and not (before.lower_ in ("and", "&") and start - 1 in tagged_ends and firm)
            ):
                start -= 2  # "School of Speech and Drama"
            else:
                break
        if start == head.i or (cls == "Company" and _goes_on(doc, head.i + 1)):
            continue  # "Internet Corporation for Assigned Names": no firm cut at its head
        span = Span(doc, start, head.i + 1, label=CLASS_LABEL[ontology.top(cls)])
        overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
        # a person's name is never swallowed ("Smith Committee" reports are named after
        # people), nor a longer name cut ("National Museum of Anthropology")
        # (but a lone head word tagged a person is none: "the British Library")
        if any(
            (e.label_ == "PERSON" and (e.start, e.end) != (head.i, head.i + 1))
            or e.start < span.start
            or e.end > span.end
            for e in overlapping
        ):
            continue
        # the tagger's own reading of the same words stands: "Soviet Union" is a country
        if any((e.start, e.end) == (span.start, span.end) for e in overlapping):
            continue
        found.append(span)
    return found


def initialled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Tag "R Beattie" and "J. Dunbar": an initial and a surname, as squads and bylines list people.

    A tagged surname right after the initial is extended over it.
    """
    found = []
    starts = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    for token in doc[:-1]:
        if not (len(token.text) in (1, 2) and token.text[0].isupper() and token.text[0].isalpha()):
            continue
        if len(token.text) == 2 and token.text[1] != ".":
            continue
        if token.i in taken or (token.i > 0 and doc[token.i - 1].text[:1].isupper()):
            continue
        if token.tag_ == "PRP":  # "I"
            continue
        surname = doc[token.i + 1]
        tagged = starts.get(surname.i)
        listed = surname.i + 1 < len(doc) and doc[surname.i + 1].text == "("  # "A Henderson ("
        if tagged is not None and len(tagged) == 1 and (tagged.label_ == "PERSON" or listed):
            found.append(Span(doc, token.i, tagged.end, label="PERSON"))
        elif (
            tagged is None
            and surname.i not in taken
            and surname.pos_ == "PROPN"
            and surname.is_alpha
            and surname.text[:1].isupper()
            and not surname.text.isupper()
            and not (surname.i + 1 < len(doc) and doc[surname.i + 1].text[:1].isupper())
        ):
            found.append(Span(doc, token.i, surname.i + 1, label="PERSON"))
    return found


def reads_as_person(name: str, lexicon: Lexicon) -> bool:
    """Tell whether a name of two words reads as a person's: "Roberta Vinci".

    Its first word is a common given name that names no large place, and
    its second is neither a given name too, nor a large place, nor a word
    that ends the names of organizations or places.
    """
    words = name.split()
    # "Fannie Mae", "Christian Medical Fellowship": not a given name and a surname
    if len(words) != 2 or words[0] not in lexicon.given_names:
        return False
    last = words[-1]
    if last in lexicon.given_names:
        return False
    if lexicon.name_class(last.lower()) or last in lexicon.org_suffixes:
        return False
    # "Marion Jones", "Hillary Clinton": only a large place's name is a doubt
    places = load_places()
    return not (places.taggable(words[0]) or places.taggable(last) or places.get(name))


def given_named_people(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Tag "Samantha Stosur" the tagger missed: two capitalised words that read as a person's.

    The two words stand alone: no capitalised word right before them (but a
    tagged demonym: "Australian Samantha Stosur") or right after.
    """
    taken = {i for e in ents for i in range(e.start, e.end)}
    demonyms = {i for e in ents if e.label_ == "NORP" for i in range(e.start, e.end)}
    found = []
    for first in doc[:-1]:
        second = doc[first.i + 1]
        if first.i in taken or second.i in taken:
            continue
        if not (capitalised(first) and capitalised(second) and second.tag_ == "NNP"):
            continue
        before = doc[first.i - 1] if first.i > first.sent.start else None
        after = doc[second.i + 1] if second.i + 1 < len(doc) else None
        if before is not None and before.text[:1].isupper() and before.i not in demonyms:
            continue
        if after is not None and (after.text[:1].isupper() or after.text == ":"):
            continue  # "Bridget Jones: The Edge of Reason" is a film
        if before is not None and before.tag_ == "HYPH":
            continue  # "Jan-Michael Gambill"
        if reads_as_person(f"{first.text} {second.text}", lexicon):
            found.append(Span(doc, first.i, second.i + 1, label="PERSON"))
    return found


def listed_people(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Tag every name of a sentence that only lists names, when enough of them are people's.

    Team sheets list players by surname ("Dellape, Bortolami; Persico, Ma
    Bergamasco, Parisse."), which the tagger reads one by one as places or
    organizations. A sentence of at least four names (after an optional
    "Italy:" heading) separated by commas, semicolons or "and" is a list of
    people when a third of its names are people's (tagged so, initialled,
    read as a given name and a surname, or the surname of a person the
    document names in full) and none is a known country or city.
    """
    people = {e.start: e for e in ents if e.label_ == "PERSON"}
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    found = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if len(tokens) > 3 and tokens[1].text == ":":
            tokens = tokens[2:]  # "Italy: De Marigny; …"
        if tokens and tokens[-1].text == ".":
            tokens = tokens[:-1]
        items, item = [], []
        for token in tokens:
            if token.text in (",", ";") or token.lower_ in ("and", "&"):
                items.append(item)
                item = []
            else:
                item.append(token)
        items.append(item)
        if len(items) < 4 or not all(_listed_name(item) for item in items):
            continue
        personal = sum(
            1
            for item in items
            if (item[0].i in people and people[item[0].i].end == item[-1].i + 1)
            or (len(item) == 2 and len(item[0].text) <= 2)  # "G Easterby", "Mi Bergamasco"
            or reads_as_person(" ".join(t.text for t in item), lexicon)
            or item[-1].text in surnames
        )
        if 3 * personal >= len(items) and not any(
            _known_place(" ".join(t.text for t in item)) for item in items
        ):
            found += [Span(doc, item[0].i, item[-1].i + 1, label="PERSON") for item in items]
    return found


def _known_place(name: str) -> bool:
    """Tell whether a name is a country's or a city's (of the gazetteer's size)."""
    return load_places().taggable(name) is not None


def _listed_name(tokens: list) -> bool:
    """Tell whether the words between a list's commas are one name: "Del Fava", "O'Gara"."""
    return (
        1 <= len(tokens) <= 3
        and all(t.is_alpha or "'" in t.text or "’" in t.text for t in tokens)
        and tokens[-1].text[:1].isupper()
        and tokens[0].text[:1].isupper()
    )


def names_before_titles(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Tag the organization before a title and a person's name the tagger left out.

    An acronym before any title ("LSE boss Clara Furse"); a capitalised
    name before the title of an organization's head or a team's member
    ("Electrolux chief executive Hans Straberg", "Wallabies captain X").
    A sentence's first word is a name only if the article capitalises it
    elsewhere too: "Festival director X" opens with a common noun; and a
    word the article also writes in lower case is a common noun made a
    name ("Opposition leader X").
    """
    starts = {e.start: e for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    inside = {t.text for t in doc if t.is_alpha and not t.is_sent_start}
    lowered = {t.text for t in doc if t.is_lower}
    found = []
    for token in doc[:-2]:
        if token.i in taken or not token.is_alpha or not token.text[:1].isupper():
            continue
        if token.lower_ in lexicon.countries or token.lower_ in lexicon.demonyms:
            continue
        title, end = _title_from(doc, token.i + 1, lexicon)
        person = starts.get(end)
        if title is None or person is None or person.label_ != "PERSON":
            continue
        acronym = token.is_upper and 2 <= len(token) <= 6
        heading = title.relation == "directedBy" or title.in_team
        first = _name_run_start(doc, token.i, taken, lexicon)
        if heading and first < token.i and not _closes_a_name(doc, first):
            # "Dunmore Rovers striker X": a name of several words, whatever they are alone
            found.append(Span(doc, first, token.i + 1, label="ORG"))
            continue
        named = (
            _name_word(token, lexicon)
            and token.lower_ not in lowered
            and (not token.is_sent_start or token.text in inside)
            # a class word or a place names the organization only with more words:
            # "City boss X", "Humberside chief X"
            and lexicon.name_class(token.lower_) is None
            and token.text not in lexicon.team_words
            and not load_places().get(token.text)
        )
        if acronym or (heading and named and not _closes_a_name(doc, token.i)):
            found.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return found


def _name_run_start(doc: Doc, last: int, taken: set[int], lexicon: Lexicon) -> int:
    """Return where a run of up to three capitalised proper nouns ending at ``last`` starts."""
    first = last
    while first > 0 and last - first < 2:
        word = doc[first - 1]
        if word.i in taken or word.sent != doc[last].sent or not _name_word(word, lexicon):
            break
        first -= 1
    return first


def _name_word(word, lexicon: Lexicon) -> bool:
    """Tell whether a capitalised word may belong to an organization's name before a title.

    Not a word of titles ("Assistant", "Vice"), a country or a demonym.
    """
    lower = word.lower_
    return (
        word.is_alpha
        and word.text[:1].isupper()
        and word.pos_ == "PROPN"
        and lower not in lexicon.countries
        and lower not in lexicon.demonyms
        and lower not in lexicon.titles
        and not any(lower in words for words in lexicon.title_words.values())
    )


#: small words inside names: "Dancer in the Dark", "Fair Trials Abroad"
_NAME_SMALL_WORDS = {"of", "the", "in", "and", "for", "on", "a", "an"}


def _closes_a_name(doc: Doc, i: int) -> bool:
    """Tell whether a capitalised word ends a longer name: "Touching the Void"."""
    if i > 0 and doc[i - 1].tag_ == "POS":
        return True  # "Transport & General Worker's Union"
    j = i - 1
    while j >= 0 and doc[j].is_lower and doc[j].lower_ in _NAME_SMALL_WORDS:
        j -= 1
    return j >= 0 and doc[j].is_alpha and doc[j].text[:1].isupper()


def _title_from(doc: Doc, start: int, lexicon: Lexicon):
    """Return the longest title, in lower or title case, that starts at ``start``, and its end."""
    for size in range(lexicon.max_title_words, 0, -1):
        words = doc[start : start + size]
        cased = all(t.is_lower for t in words) or all(t.is_title for t in words)
        if len(words) == size and cased:  # "chief executive", "President"
            title = lexicon.titles.get(words.text.lower())
            if title is not None:
                return title, start + size
    return None, start


def nicknames(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Tag a club's nickname ("Gunners", "Red Devils") where the article names the club."""
    named = {e.text for e in ents}
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for token in doc:
        for size in (2, 1):  # "Red Devils", "Reds"
            span = doc[token.i : token.i + size]
            clubs = lexicon.nicknames.get(span.text) if len(span) == size else None
            if (
                clubs
                and _one_club(named & clubs)
                and not taken.intersection(range(span.start, span.end))
            ):
                found.append(Span(doc, span.start, span.end, label="ORG"))
                taken.update(range(span.start, span.end))
                break
    return found


def _one_club(names: set[str]) -> bool:
    """Tell whether ``names`` name one club: "Tottenham Hotspur" and "Tottenham" do."""
    longest = max(names, key=len, default="")
    return bool(names) and all(f"{longest} ".startswith(f"{n} ") for n in names)


def workplaces_after_titles(
    doc: Doc, ents: list[Span], lexicon: Lexicon, gazetteer: Gazetteer
) -> list[Span]:
    """Tag "Tiscali" in "portal director at Tiscali": the workplace a job title names.

    Capitalised words (up to four) after a lower-case title of the lexicon
    and "at", that end the phrase, are an organization: one works at a firm,
    and a place named so ("a lawyer at Leeds") is a known one, left to the
    gazetteer; "a spokesman at Number 10" names an address. A span the
    tagger took for a people's name is replaced unless the lexicon knows the
    demonym.
    """
    taken = {
        i
        for e in ents
        if not (e.label_ == "NORP" and e.text.lower() not in lexicon.demonyms)
        for i in range(e.start, e.end)
    }
    found = []
    for at in doc[1:-1]:
        title = doc[at.i - 1]
        if at.lower_ != "at" or not title.is_lower or title.lower_ not in lexicon.titles:
            continue
        end = at.i + 1
        while end < len(doc) and end - at.i <= 5 and _workplace_word(doc[end]):
            end += 1  # one word more than a name may have, to tell a longer run
        following = doc[end] if end < len(doc) else None
        if (
            end == at.i + 1
            or end - at.i - 1 > 4
            or (following is not None and following.is_alpha and not following.is_lower)
            or (following is not None and following.like_num)
        ):
            continue
        if taken.intersection(range(at.i + 1, end)) or gazetteer.get(doc[at.i + 1 : end].text):
            continue
        found.append(Span(doc, at.i + 1, end, label="ORG"))
    return found


def _workplace_word(token) -> bool:
    """Tell whether a token may be a word of a workplace's name: "PC", "Pro", "Tiscali"."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() and token.text.isalnum()


def split_at_titles(span: Span, lexicon: Lexicon) -> list[Span]:
    """Split "Balco boss Victor Conte" and "Tory Liam Fox", tagged as one person's name.

    The words before a lower-case title name the organization, those after
    the person; so does a party the gazetteer knows opening a person's name.
    """
    doc = span.doc
    for token in span[1:-1]:
        if (
            token.is_lower
            and token.lower_ in lexicon.titles
            and doc[token.i + 1].text[:1].isupper()
        ):
            return [
                Span(doc, span.start, token.i, label="ORG"),
                Span(doc, token.i + 1, span.end, label="PERSON"),
            ]
    if span.label_ == "PERSON":
        for size in (2, 1):  # "Lib Dem Norman Baker", "Tory Liam Fox"
            party = span[:size]
            rest = span[size:]
            if (
                len(rest) >= 2
                and lexicon.gazetteer.get(party.text) == "PoliticalParty"
                and rest[-1].text not in lexicon.honorifics  # "Tory Treasurer Lord [Ashcroft]"
            ):
                return [
                    Span(doc, span.start, party.end, label="ORG"),
                    Span(doc, party.end, span.end, label="PERSON"),
                ]
    return [span]


def capitalised(token) -> bool:
    """Tell whether a token is a capitalised word that may be part of a name."""
    return token.pos_ in ("PROPN", "NOUN") and token.is_alpha and token.text[:1].isupper()
