"""Names the tagger took for a people's (NORP) that name an organization.

The tagger calls some one-word names of firms and clubs a nationality or a
religion: "Betis coach X", "stock market Euronext". A NORP span that is no
demonym is read as an organization where the words around it say so.
"""

from spacy.tokens import Span

from ..knowledge.lexicon import Lexicon
from ..knowledge.ontology import Ontology

#: endings of demonyms the lexicon does not list ("Catalan", "Bavarian", "Kurdish")
DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ch")
#: small words by which a name goes on: "Victims and Citizens Against Crime"
_NAME_GOES_ON = ("and", "of", "for", "&")


def norp_as_organization(span: Span, lexicon: Lexicon, ontology: Ontology) -> Span:
    """Return ``span`` as an organization's name where the words around say it is one.

    Before a title ("Betis coach X"), or after a noun of a kind of
    organization ("stock market Euronext", "clearing firm Clearstream");
    not a demonym, nor the first word of a longer name the tagger cut
    ("local group Victims and Citizens Against Crime").
    """
    doc = span.doc
    text = span.text.lower()
    if text in lexicon.demonyms or text.endswith(DEMONYM_ENDINGS):
        return span
    following = doc[span.end].lower_ if span.end < len(doc) else ""
    if following in lexicon.titles:
        return Span(doc, span.start, span.end, label="ORG")
    goes_on = (
        following in _NAME_GOES_ON
        and span.end + 1 < len(doc)
        and doc[span.end + 1].text[:1].isupper()
    )
    if not goes_on and _organization_noun_before(span, lexicon, ontology):
        return Span(doc, span.start, span.end, label="ORG")
    return span


def _organization_noun_before(span: Span, lexicon: Lexicon, ontology: Ontology) -> bool:
    """Tell whether a noun of a kind of organization, of one or two words, comes right before."""
    doc = span.doc
    for size in (2, 1):
        words = doc[max(0, span.start - size) : span.start]
        if len(words) < size or not all(w.is_lower and w.is_alpha for w in words):
            continue
        cls = lexicon.class_nouns.get(words.text)
        if cls is not None and ontology.top(cls) == "Organization":
            return True
    return False
