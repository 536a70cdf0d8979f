"""The gender of people by the titles written before their names, for coreference.

A "he" is never "Ms Robinson": the title before a name says the person's
gender as surely as a pronoun that refers to them does. The words and the
genders they say are in ``genders.tsv``.
"""

from spacy.tokens import Doc

from .mentions import Mention


def titled_genders(doc: Doc, mentions: list[Mention], titles: dict[str, str]) -> dict[str, str]:
    """Return the gender of each entity (by key) whose titles say one, and say no other.

    ``titles``: the gender each title says, as written ("Ms"; the verb
    "miss" before a name says nothing).
    """
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.key and mention.start > 0:
            title = doc[mention.start - 1].text
            if title in titles:
                found.setdefault(mention.key, set()).add(titles[title])
    return {key: genders.pop() for key, genders in found.items() if len(genders) == 1}
