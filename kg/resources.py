"""Where the ontology, the lexicon tables and the bundled example live.

In a source checkout (and an editable install) the ontology is the
repository's top-level ``ontology/`` folder; a wheel carries the same folder
inside the package as ``kg/ontology``.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def ontology_dir() -> Path:
    """Return the folder that holds ``kg.ttl``, ``shapes.ttl`` and ``lexicon/``."""
    for candidate in (_PACKAGE / "ontology", _PACKAGE.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise FileNotFoundError("the kg ontology is missing from this installation")


def ontology_file() -> Path:
    """Return the path of the OWL ontology, ``kg.ttl``."""
    return ontology_dir() / "kg.ttl"


def shapes_file() -> Path:
    """Return the path of the SHACL shapes, ``shapes.ttl``."""
    return ontology_dir() / "shapes.ttl"


def lexicon_dir() -> Path:
    """Return the folder of the lexicon tables (``*.tsv``)."""
    return ontology_dir() / "lexicon"


def relation_model_file() -> Path:
    """Return the weights of the learned relation classifier, ``models/relations.json``."""
    return ontology_dir() / "models" / "relations.json"


def example_file() -> Path:
    """Return the bundled example article that ``kg build`` builds by default."""
    return _PACKAGE / "example" / "iss-film.txt"
