"""Names the tagger missed that the words next to them reveal.

- a name between a determiner and its class noun: "the E3 exhibition", "the
  popular Carry On films";
- a name right after its class noun: "security firm Zentrix", "stock market
  Euronext" (also one the tagger took for a people's name);
- a name set apart by a job title: "Ravi Dhanda, chief economist at X";
- a person's name with a nickname in quotes: 'Antonio "LA" Reid';
- a club in brackets after a player listed by initial: "M Di Rollo (Edinburgh Rugby)",
  "N Lloyd (Saracens)".

``named_by_their_words`` adds them all to the tagger's spans; it is one step
of ``kg.extract.mentions.EntityFixes``.
"""

from spacy.tokens import Doc, Span

from ..knowledge.lexicon import Lexicon
from ..knowledge.ontology import load_ontology
from ..knowledge.places import Gazetteer
from .missed_names import CLASS_LABEL, capitalised
from .peoples import no_people
from .spans import QUOTES, merge


def named_by_their_words(
    doc: Doc, ents: list[Span], lexicon: Lexicon, gazetteer: Gazetteer
) -> list[Span]:
    """Return ``ents`` with the untagged names their neighbouring words reveal added.

    A class noun before or after ("the E3 exhibition", "security firm
    Zentrix") or a job title after ("Ravi Dhanda, chief economist").
    """
    ents = merge(nicknamed_people(doc, lexicon), ents)
    ents = merge(bracketed_clubs(doc, ents, lexicon, gazetteer), ents)
    ents = merge(ents, named_before_class_nouns(doc, ents, lexicon))
    # a one-word name the tagger took for a people's is as good as untagged after a class
    # noun: "stock market Euronext"
    peoples = [e for e in ents if no_people(e, lexicon)]
    sure = [e for e in ents if not no_people(e, lexicon)]
    ents = merge(sure, merge(named_after_class_nouns(doc, sure, lexicon), peoples))
    return merge(ents, titled_people(doc, ents, lexicon, gazetteer))


def nicknamed_people(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Tag 'Antonio "LA" Reid': a given name, a nickname in quotes and a surname, as one person.

    The tagger reads the pieces apart ("Antonio" a person, "LA" a place).
    """
    found = []
    for opening in doc[1:-3]:
        if opening.text not in QUOTES:
            continue  # most tokens: no Token made for the word before
        given = doc[opening.i - 1]
        if given.text not in lexicon.given_names:
            continue
        closing = next((t for t in doc[opening.i + 2 : opening.i + 4] if t.text in QUOTES), None)
        if closing is None or closing.i + 1 >= len(doc):
            continue
        nickname = doc[opening.i + 1 : closing.i]
        surname = doc[closing.i + 1]
        if all(capitalised(t) for t in nickname) and capitalised(surname):
            found.append(Span(doc, given.i, surname.i + 1, label="PERSON"))
    return found


def bracketed_clubs(
    doc: Doc, ents: list[Span], lexicon: Lexicon, gazetteer: Gazetteer
) -> list[Span]:
    """Tag "R Russell (London Irish)": the club in brackets after a player listed by initial.

    Squads list players by initial and surname, each with a club in
    brackets; the tagger reads a club of two or three words in pieces
    ("London" a town, "Irish" a nationality) or not at all, and one word as
    a people ("(Saracens)"). A place named whole ("(New Zealand)") stays a
    place, and a nationality a nationality.
    """
    found = []
    # a people's name the tagger gave a one-word club is no name of a club
    tagged = {(e.start, e.end) for e in ents if not (len(e) == 1 and e.label_ == "NORP")}
    # the tagger may call a player so listed an organization: "B Jones (Belgrave Harriers)"
    for person in (e for e in ents if e.label_ in ("PERSON", "ORG") and len(e) in (2, 3)):
        initial = doc[person.start].text.rstrip(".")
        if not (len(initial) == 1 and initial.isupper()) or person.end + 3 >= len(doc):
            continue
        if doc[person.end].text != "(":
            continue
        close = next((t.i for t in doc[person.end + 1 : person.end + 5] if t.text == ")"), None)
        words = doc[person.end + 1 : close] if close is not None else []
        if not 1 <= len(words) <= 3 or not all(capitalised(w) for w in words):
            continue
        if gazetteer.get(words.text) or (words.start, words.end) in tagged:
            continue
        # "(Glasgow)" is read as the club's town; "(Saracens)" was a people
        people = words[0].ent_type_ == "NORP" and words[0].lower_ not in lexicon.demonyms
        if len(words) == 1 and not people:
            continue
        found.append(Span(doc, words.start, words.end, label="ORG"))
    return found


def titled_people(doc: Doc, ents: list[Span], lexicon: Lexicon, gazetteer: Gazetteer) -> list[Span]:
    """Tag "Ravi Dhanda, deputy chief economist at X": a name set apart by a job title.

    Two or three untagged capitalised proper nouns, standing alone, then a
    comma and a lower-case title of the lexicon (after at most three
    lower-case words: "senior", "deputy chief") name a person, unless the
    last word ends names of organizations or places, or the name is a
    known place.
    """
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for comma in doc[2:-1]:
        if comma.text != ",":
            continue
        start = comma.i
        while start > comma.sent.start and comma.i - start < 4 and capitalised(doc[start - 1]):
            start -= 1
        if start > comma.sent.start and doc[start - 1].text[:1].isupper():
            continue  # part of a longer run of names
        styled = doc[start].text in lexicon.honorifics  # "Mr Ebbers, a businessman"
        words = doc[start + styled : comma.i]
        if not 2 - styled <= len(words) <= 3 or taken.intersection(range(start - 1, comma.i)):
            continue
        if words[-1].tag_ != "NNP" or any(w.lower_ in lexicon.titles for w in words):
            continue
        last = words[-1].text
        if lexicon.name_class(last.lower()) or last in lexicon.org_suffixes:
            continue
        if gazetteer.get(words.text) or gazetteer.get(last):
            continue
        if _title_follows(doc, comma.i + 1, lexicon):
            found.append(Span(doc, words.start, comma.i, label="PERSON"))
    return found


def _title_follows(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Tell whether a lower-case title of the lexicon opens the words from ``start``."""
    for head in doc[start : start + 4]:
        if not (head.is_lower and (head.is_alpha or head.text == "-")):
            return False
        if head.lower_ in lexicon.titles:
            return True
    return False


def named_before_class_nouns(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Tag "the E3 exhibition", "the Carry On films": a name between a determiner and its noun.

    Untagged capitalised words (letters or digits, up to four) after "the",
    "a" or a possessive and right before a lower-case class noun of the
    lexicon are a name of that class.
    """
    ontology = load_ontology()
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for noun in doc:
        cls = lexicon.name_class(noun.lower_) or lexicon.name_class(noun.lemma_.lower())
        if cls is None or not noun.is_lower or noun.pos_ != "NOUN":
            continue  # "the Mozilla open source project": "open" is no noun there
        start = noun.i
        while start > noun.sent.start and noun.i - start < 4:
            word = doc[start - 1]
            if word.i in taken or not (word.text[:1].isupper() or word.text[:1].isdigit()):
                break
            if not word.text.replace("-", "").isalnum():
                break
            start -= 1
        if start == noun.i or start == noun.sent.start:
            continue
        if all(t.like_num for t in doc[start : noun.i]):
            continue  # "Hughes' 1943 film": a year, not a name
        if doc[start : noun.i].text.lower() in lexicon.demonyms:
            continue  # "the Turkmen side": a country's, named by its demonym
        before = start - 1
        while before > noun.sent.start and doc[before].tag_ == "JJ" and doc[before].is_lower:
            before -= 1  # "the popular Carry On films"
        opener = doc[before]
        if opener.lower_ in ("the", "a", "an") or opener.tag_ in ("PRP$", "POS", "WP$"):
            found.append(Span(doc, start, noun.i, label=CLASS_LABEL[ontology.top(cls)]))
    return found


def named_after_class_nouns(doc: Doc, ents: list[Span], lexicon: Lexicon) -> list[Span]:
    """Tag "security firm Zentrix", "record label Halfmoon": a name right after its noun.

    Untagged capitalised proper nouns (up to three) right after a singular,
    lower-case class noun of the lexicon, and ending the phrase, are a name
    of that class. A job title or a month is no name ("the club Chairman").
    """
    ontology = load_ontology()
    taken = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for noun in doc[:-1]:
        before = doc[noun.i - 1] if noun.i > 0 else None
        # the longer class noun says more: "stock market", "space agency"
        pair = f"{before.lower_} {noun.lower_}" if before is not None and before.is_lower else ""
        cls = lexicon.class_nouns.get(pair) or lexicon.name_class(noun.lower_)
        if cls is None or not noun.is_lower or noun.tag_ != "NN":
            continue
        end = noun.i + 1
        while end < len(doc) and end - noun.i <= 4 and _name_word(doc[end], lexicon):
            end += 1  # one word more than a name may have, to tell a longer run
        following = doc[end] if end < len(doc) else None
        if end == noun.i + 1 or end - noun.i - 1 > 3 or taken.intersection(range(noun.i, end)):
            continue
        if following is not None and (
            following.text[:1].isupper() or following.like_num or following.tag_ == "HYPH"
        ):
            continue  # "firm F-Secure": a longer name the tokens split
        if _goes_on(doc, end):
            continue  # "local group Victims and Citizens Against Crime": a name cut at "and"
        found.append(Span(doc, noun.i + 1, end, label=CLASS_LABEL[ontology.top(cls)]))
    return found


def _goes_on(doc: Doc, i: int) -> bool:
    """Tell whether a name goes on at ``i`` over "and" or "&" and a capitalised word."""
    return i + 1 < len(doc) and doc[i].lower_ in ("and", "&") and doc[i + 1].text[:1].isupper()


def _name_word(token, lexicon: Lexicon) -> bool:
    """Tell whether a token may be a word of a name after its class noun: "Zentrix"."""
    return (
        # the tagger's people's names are tagged adjectives too: "firm Symantec rose"
        (token.tag_ == "NNP" or token.ent_type_ == "NORP")
        and token.text[:1].isupper()
        and token.text.replace("-", "").isalnum()
        and token.lower_ not in lexicon.titles
        and token.ent_type_ not in ("DATE", "TIME")
    )
