"""Names that are surely a person's, whatever role a rule would give them.

A verb's role can say what class a name is ("born in Belo Horizonte" makes a
place of a name tagged as a person), but the role is misread when the name
is plainly a person's: "Mr Brown was joined by X", "joining centre partner
Gordon D'Arcy on the sidelines". A name after an honorific or a person's
title, or opening with a common given name, keeps its person class.
"""

from spacy.tokens import Doc, Token

from ..knowledge.lexicon import Lexicon
from .mentions import Mention, styled_start


def surely_person(doc: Doc, mention: Mention, lexicon: Lexicon) -> bool:
    """Tell whether a mention typed a person is a person's whatever role a verb gives it."""
    words = mention.name.split()
    before = doc[mention.start - 1] if mention.start else None
    return (
        styled_start(doc, mention.start, lexicon) < mention.start
        or (len(words) > 1 and words[0] in lexicon.given_names)
        or (before is not None and person_word(before, lexicon))
    )


def person_word(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a lower-case noun before a name says who a person is: "partner", "striker"."""
    word = token.lemma_.lower()
    return (
        token.is_lower
        and token.pos_ == "NOUN"
        and (word in lexicon.titles or word in lexicon.title_words["not_title"])
    )
