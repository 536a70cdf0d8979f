"""Names the tagger took for a people's (NORP) that name an organization.

The tagger calls some one-word names of firms and clubs a nationality or a
religion: "Betis coach X", "stock market Euronext". A NORP span that is no
demonym is read as an organization where the words around it say so:
before a title here, after a class noun with the untagged names of
``kg.extract.named_by_words``.
"""

from spacy.tokens import Span

from ..knowledge.lexicon import Lexicon

#: endings of demonyms the lexicon does not list ("Catalan", "Bavarian", "Kurdish")
_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ch")


def no_people(span: Span, lexicon: Lexicon) -> bool:
    """Tell whether a span the tagger took for a people's name is of one word and no demonym."""
    return span.label_ == "NORP" and len(span) == 1 and not _demonym(span.text, lexicon)


def norp_as_organization(span: Span, lexicon: Lexicon) -> Span:
    """Return a NORP that is no demonym as an organization's name before a title.

    "Betis coach X": a title after the name says whose member or head the
    person is.
    """
    doc = span.doc
    if _demonym(span.text, lexicon):
        return span
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    if following in lexicon.titles:
        return Span(doc, span.start, span.end, label="ORG")
    return span


def _demonym(text: str, lexicon: Lexicon) -> bool:
    """Tell whether a word is a demonym, listed or by its ending."""
    return text.lower() in lexicon.demonyms or text.lower().endswith(_DEMONYM_ENDINGS)
