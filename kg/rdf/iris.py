"""Minting entity IRIs: deterministic, readable and safe.

An entity's IRI is ``<base><class>/<Name_With_Underscores>``, for example
``https://w3id.org/kg/id/person/Yulia_Peressild``. Everything but letters,
digits and ``_-.~`` is percent-encoded (UTF-8), so any name gives an IRI
that every RDF syntax can write.
"""

from urllib.parse import quote

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/kg/id/"
"""The namespace entity IRIs are minted under, unless ``--base`` gives another."""


def check_base(base: str) -> str:
    """Return ``base`` if it can prefix entity IRIs, else raise ``ValueError``."""
    if not base.startswith(("http://", "https://", "urn:")) or any(
        c in base for c in ' <>"{}|\\^`'
    ):
        raise ValueError(
            f"base IRI must be an absolute http(s) or urn IRI without spaces, got {base!r}"
        )
    return base if base.endswith(("/", "#", ":")) else base + "/"


def mint(base: str, top_class: str, name: str) -> URIRef:
    """Return the IRI of the entity of class ``top_class`` named ``name`` under ``base``."""
    local = "_".join(name.split()) or "_"
    return URIRef(f"{base}{top_class.lower()}/{quote(local, safe='_-.~')}")
