"""The exceptions kg raises.

All of them derive from one base, so a caller can catch everything kg
reports with a single ``except KGError``::

    KGError
     ├── InputError      a path, file or text that cannot be read as news text
     ├── ModelError      the spaCy pipeline cannot be loaded
     ├── LexiconError    an ontology or lexicon file is malformed
     └── GoldError       a gold annotation file is malformed (kg eval)

The command line turns a KGError into a one-line message and a non-zero
exit status; anything else is a bug.
"""


class KGError(Exception):
    """Base class of every error kg reports to its user."""


class InputError(KGError):
    """An input path, file or text cannot be read."""


class ModelError(KGError):
    """The spaCy pipeline named by the user cannot be loaded."""


class LexiconError(KGError):
    """An ontology or lexicon table is malformed."""


class GoldError(KGError):
    """A gold annotation file is malformed."""
