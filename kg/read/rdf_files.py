"""Reading RDF files that someone else wrote, safely, with Oxigraph.

Every command that reads RDF (``kg query``, ``kg validate``, ``kg build
--entities``) reads it here. The syntax comes from the file's extension.
Files are parsed by pyoxigraph, which fetches nothing: a JSON-LD remote
context is refused, not downloaded. XML documents (RDF/XML) are checked
before parsing, because XML entities can make a 20-line file expand to
gigabytes ("billion laughs"): a document type that declares parameter or
external entities, or entities whose values refer to other entities, is
refused, and so is a document whose entity references would add more than
``MAX_ENTITY_EXPANSION`` characters. Simple entities, as ontology editors
write them for namespaces (``<!ENTITY owl "http://www.w3.org/2002/07/owl#">``),
are read as usual.
"""

import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import InputError

#: File extensions read, beyond those Oxigraph recognises by itself.
_EXTENSIONS = {"owl": "rdf", "xml": "rdf", "json": "jsonld"}

#: the most characters entity references may add to an XML document
MAX_ENTITY_EXPANSION = 64 * 2**20
#: an XML prolog (declarations and document type) longer than this is refused
MAX_PROLOG = 2**20

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def rdf_format(path: Path) -> ox.RdfFormat:
    """Return the RDF syntax of a file, from its extension.

    Raises:
        InputError: the extension names no RDF syntax.
    """
    extension = Path(path).suffix.lower().lstrip(".")
    found = ox.RdfFormat.from_extension(_EXTENSIONS.get(extension, extension))
    if found is None:
        raise InputError(
            f"{path}: cannot tell the RDF syntax from the extension "
            "(use .ttl, .nt, .nq, .trig, .jsonld or .rdf)"
        )
    return found


def check_rdf_file(path: Path) -> ox.RdfFormat:
    """Check that ``path`` is a file kg may parse, and return its syntax.

    Raises:
        InputError: no such file, an unknown extension, or an XML document
            whose entities are refused (see the module's docstring).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    syntax = rdf_format(path)
    if syntax == ox.RdfFormat.RDF_XML:
        try:
            check_xml_entities(path)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return syntax


def load_into(store: ox.Store, path: Path) -> None:
    """Load one RDF file into an Oxigraph store, after ``check_rdf_file``.

    Raises:
        InputError: the file is refused, unreadable, or not valid RDF in its syntax.
    """
    path = Path(path)
    syntax = check_rdf_file(path)
    try:
        store.load(path=str(path), format=syntax, base_iri=path.resolve().as_uri())
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid {syntax.name}: {_parse_error(exc)}") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def read_graph(paths: list[Path]) -> Graph:
    """Read RDF files of any syntax into one rdflib graph (named graphs merged into it).

    Raises:
        InputError: a file is refused, missing or not valid RDF.
    """
    graph = Graph()
    for path in map(Path, paths):
        syntax = check_rdf_file(path)
        try:
            quads = ox.parse(path=str(path), format=syntax, base_iri=path.resolve().as_uri())
            for quad in quads:
                graph.add((_node(quad.subject), _node(quad.predicate), _node(quad.object)))
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid {syntax.name}: {_parse_error(exc)}") from exc
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
        except TypeError as exc:
            raise InputError(f"{path}: {exc}") from exc
    return graph


def _node(term) -> Node:
    """Return the rdflib term of a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError("RDF-star quoted triples are not supported")


def _parse_error(exc: SyntaxError) -> str:
    message = " ".join(str(exc).split())
    if "LoadDocumentCallback" in message:
        return "it names a remote JSON-LD context, which kg does not download"
    return message


# ------------------------------------------------------------------ XML entities

_NAME = r"[^\s%&;<>\"'\[\]]+"
_ENTITY = re.compile(
    rf"<!ENTITY\s+(?P<parameter>%\s+)?(?P<name>{_NAME})\s+"
    rf"(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)'|(?P<external>SYSTEM|PUBLIC)\b)"
)
_REFERENCE = re.compile(rf"&({_NAME});")
_EXTERNAL_ID = re.compile(r"\b(?:SYSTEM|PUBLIC)\b")


def check_xml_entities(path: Path) -> None:
    """Refuse an XML document whose entities could exhaust memory or read another file.

    Only the prolog is parsed (up to the root element), then the rest of the
    file is scanned once, in pieces, for references to the declared entities.

    Raises:
        InputError: parameter, external or nested entities, an external
            document type, a prolog over ``MAX_PROLOG`` characters, or
            references that would add more than ``MAX_ENTITY_EXPANSION``
            characters.
    """
    with open(path, encoding=_encoding(path), errors="replace", newline="") as handle:
        piece = handle.read(MAX_PROLOG)
        subset, after = _internal_subset(path, piece, complete=len(piece) < MAX_PROLOG)
        entities = _declared_entities(path, subset)
        if not entities:
            return
        longest = max(map(len, entities)) + 2
        piece, carried, added = piece[after:], "", 0
        while piece:
            piece = carried + piece
            for match in _REFERENCE.finditer(piece):
                added += len(entities.get(match.group(1), ""))
            if added > MAX_ENTITY_EXPANSION:
                raise InputError(
                    f"{path}: its XML entity references would add over "
                    f"{MAX_ENTITY_EXPANSION // 2**20} MB of text; refused"
                )
            # a reference cut by the piece's end is counted with the next piece
            cut = piece.rfind("&")
            whole = cut < 0 or ";" in piece[cut:] or len(piece) - cut > longest
            carried = "" if whole else piece[cut:]
            piece = handle.read(1 << 20)


def _encoding(path: Path) -> str:
    """Return a codec that reads the markup of the file: UTF-16 by its mark, else bytes."""
    with open(path, "rb") as handle:
        start = handle.read(2)
    # latin-1 maps every byte to one character: the ASCII markup of UTF-8 stays as it is
    return "utf-16" if start in (b"\xff\xfe", b"\xfe\xff") else "latin-1"


def _declared_entities(path: Path, subset: str) -> dict[str, str]:
    """Return the general entities an internal subset declares, by name, with their values.

    Raises:
        InputError: an entity kg refuses, or one it cannot read.
    """
    entities = {}
    for match in _ENTITY.finditer(subset):
        name = match.group("name")
        if match.group("parameter"):
            raise InputError(f"{path}: its XML document type declares a parameter entity; refused")
        if match.group("external"):
            raise InputError(
                f"{path}: its XML document type declares an external entity ({name}); "
                "kg never reads files or addresses named in a document; refused"
            )
        value = match.group("double")
        entities[name] = value if value is not None else match.group("single")
    if len(entities) != subset.count("<!ENTITY"):
        raise InputError(f"{path}: an XML entity declaration kg cannot read; refused")
    # a reference inside the document type (in another entity's value, an attribute's
    # default) multiplies: only references in the document itself are allowed
    if re.search(r"&(?!#)|%", "".join(entities.values())) or _REFERENCE.search(subset):
        raise InputError(
            f"{path}: its XML document type refers to entities inside itself, which can "
            "expand without limit; refused"
        )
    return entities


def _internal_subset(path: Path, text: str, complete: bool) -> tuple[str, int]:
    """Return the document type's internal subset (may be empty) and where the type ends.

    Raises:
        InputError: an external document type, or one not closed within the text.
    """
    at = _doctype_start(text)
    if at is None:
        if "<!ENTITY" in text:  # declared where kg did not expect: not read, to be safe
            raise InputError(f"{path}: an XML entity declaration kg cannot read; refused")
        return "", 0
    header_end = _skip_quoted(text, at, "[>")
    if header_end is not None and _EXTERNAL_ID.search(text[at:header_end]):
        raise InputError(f"{path}: its XML document type is in another file; refused")
    if header_end is not None and text[header_end] == ">":
        return "", header_end + 1
    if header_end is not None:
        end = _skip_quoted(text, header_end + 1, "]")
        if end is not None:
            return text[header_end + 1 : end], end + 1
    if complete:
        raise InputError(f"{path}: its XML document type is not closed")
    raise InputError(f"{path}: an XML document type over {MAX_PROLOG:,} characters; refused")


def _doctype_start(text: str) -> int | None:
    """Return where ``<!DOCTYPE`` starts, or None when the root element comes first."""
    at = 1 if text.startswith("\ufeff") else 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        for opening, closing in (("<?", "?>"), ("<!--", "-->")):
            if text.startswith(opening, at):
                end = text.find(closing, at)
                at = -1 if end < 0 else end + len(closing)
                break
        else:
            if text.startswith("<!DOCTYPE", at):
                return at
            return None  # the root element, or not XML at all: the parser says which
        if at < 0:
            return None


def _skip_quoted(text: str, at: int, stops: str) -> int | None:
    """Return the index of the first of ``stops`` from ``at`` outside quotes and comments."""
    while at < len(text):
        if text.startswith("<!--", at):
            end = text.find("-->", at)
            at = -1 if end < 0 else end + 3
        elif text[at] in "\"'":
            end = text.find(text[at], at + 1)
            at = -1 if end < 0 else end + 1
        elif text[at] in stops:
            return at
        else:
            at += 1
        if at < 0:
            return None
    return None
