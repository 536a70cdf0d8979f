"""Gender, as far as coreference needs it: of pronouns, and of people by their titles.

A "he" is never "Ms Robinson": the courtesy title before a name says the
person's gender as surely as a pronoun that refers to them does.
"""

from spacy.tokens import Doc

from .mentions import Mention

#: the personal pronouns, and the gender each says
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
#: the titles before a name that say the person's gender
TITLE_GENDER = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "lady": "f",
    "dame": "f",
    "baroness": "f",
}


def titled_genders(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Return the gender of each entity (by key) whose titles say one, and say no other."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.key and mention.start > 0:
            title = doc[mention.start - 1].lower_.rstrip(".")
            if title in TITLE_GENDER:
                found.setdefault(mention.key, set()).add(TITLE_GENDER[title])
    return {key: genders.pop() for key, genders in found.items() if len(genders) == 1}
