"""Quotations: whether a word stands inside one.

A quotation may go on over several sentences, and news text often leaves
out the mark that closes a speaker's quotation when the next paragraph goes
on with it; so the marks are not counted from the paragraph's start: the
last mark before a word tells, by whether it opens or closes.
"""

from spacy.tokens import Token

OPENING = frozenset({"“", "``"})
CLOSING = frozenset({"”", "''"})
STRAIGHT = '"'


def quoted(token: Token) -> bool:
    """Tell whether ``token`` stands inside a quotation, perhaps opened sentences before.

    'X said: "He has been here for ever. He is a great player."': both
    "He" are inside; 'X said: "It is over." He left.': the last is not.
    """
    doc = token.doc
    for i in range(token.i - 1, -1, -1):
        mark = doc[i]
        if mark.is_space and "\n" in mark.text:
            return False  # a new paragraph
        if mark.text in OPENING:
            return True
        if mark.text in CLOSING:
            return False
        if mark.text == STRAIGHT:
            return _opens(mark)
    return False


def _opens(mark: Token) -> bool:
    """Tell whether a straight quotation mark opens a quotation: a space before, none after."""
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    spaced_before = before is None or bool(before.whitespace_) or before.is_space
    return spaced_before and not mark.whitespace_
