r"""N-Triples and N-Quads lines, written from rdflib terms without an rdflib graph.

The canonical form that Raptor's ``rapper -o ntriples`` also writes (ASCII,
``\\uXXXX`` escapes), so a corpus of any size streams to disk line by line.
"""

import re
from collections.abc import Iterable, Iterator

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

_PLAIN = re.compile(r'[^"\\\x00-\x1f\x7f-\U0010ffff]*')


def _escape(text: str) -> str:
    if _PLAIN.fullmatch(text):  # printable ASCII without quotes or backslashes: most text
        return text
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F or 0x7F < code <= 0xFFFF:
            out.append(f"\\u{code:04X}")
        elif code > 0xFFFF:
            out.append(f"\\U{code:08X}")
        else:
            out.append(char)
    return "".join(out)


def nt_term(term: Node) -> str:
    """Return a term in canonical N-Triples syntax."""
    if isinstance(term, URIRef):
        return f"<{_escape(str(term))}>"
    if isinstance(term, Literal):
        text = f'"{_escape(str(term))}"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None:
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


def nt_lines(triples: Iterable[tuple[Node, ...]], graph: URIRef | None = None) -> Iterator[str]:
    """Yield one N-Triples (or, with ``graph``, N-Quads) line per triple."""
    suffix = f" {nt_term(graph)} .\n" if graph is not None else " .\n"
    for s, p, o in triples:
        yield f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{suffix}"
