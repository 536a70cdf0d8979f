"""Comparing names: the keys under which two ways of writing one name meet.

``normalise`` folds case, punctuation and a leading article; ``spelling_key``
also folds the differences between romanisations of one name ("Dmitri
Rogozine", "Dmitry Rogozin"); ``entity_key`` is an entity's identity across
a corpus, computed from its name and top class alone.
"""

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)  # names recur: in a document, and across a corpus
def normalise(name: str) -> str:
    """Return the comparison key of a name: case-folded, without punctuation or a leading "the"."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[‐‑‒–—-]", " ", text)
    text = re.sub(r"['’]s$", "", text)
    text = re.sub(r"[^\w\s]", "", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return " ".join(text.split())


@lru_cache(maxsize=1 << 16)
def spelling_key(name: str) -> str:
    """Return a key that transliterations of one name share: "Dmitri Rogozine", "Dmitry Rogozin".

    Accents, doubled letters, y for i, kh for h and a final e on a longer
    word are the usual differences between romanisations of one name.
    """
    text = unicodedata.normalize("NFKD", normalise(name))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(\w)\1+", r"\1", text).replace("y", "i").replace("kh", "h")
    return " ".join(w[:-1] if len(w) > 4 and w.endswith("e") else w for w in text.split())


def spelling_variants_allowed(name: str, top_class: str) -> bool:
    """Tell whether a name is long enough to merge with its spelling variants.

    A person needs a full name ("Mario Lopez" is not "Maria Lopez", and
    their keys differ; but a lone surname is too little to go on); other
    names need six letters.
    """
    if top_class == "Person":
        return len(name.split()) > 1
    return len(normalise(name).replace(" ", "")) >= 6


def entity_key(label: str, top_class: str) -> str:
    """Return the corpus key of an entity: the same for every spelling of one name."""
    if spelling_variants_allowed(label, top_class):
        return f"{top_class}:{spelling_key(label)}"  # "Dmitry Rogozin" is "Dmitri Rogozine"
    return f"{top_class}:{normalise(label)}"
