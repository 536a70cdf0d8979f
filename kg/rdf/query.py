"""SPARQL 1.1 over graph files, answered by Oxigraph (pyoxigraph).

Files of any RDF syntax are loaded into one in-memory store together with
the kg ontology, so queries can follow ``rdfs:subClassOf``. Named graphs
(the provenance of N-Quads and TriG output) are part of the default graph.
The usual prefixes (``kg:``, ``rdf:``, ``rdfs:``, ``skos:``, ``prov:``,
``xsd:``, ``owl:``, ``schema:``) need no declaration.
"""

import csv
import io
import json
import multiprocessing
import re
import sys
from pathlib import Path

import pyoxigraph as ox

from ..errors import KGError
from ..read.rdf_files import load_into
from ..resources import ontology_file

PREFIXES = {
    "kg": "https://w3id.org/kg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
}

RESULT_FORMATS = ("table", "csv", "tsv", "json")


class QueryError(KGError):
    """A SPARQL query is malformed or cannot be evaluated."""


def load_store(paths: list[Path], ontology: bool = True) -> ox.Store:
    """Load graph files, and the ontology, into a new in-memory Oxigraph store.

    Raises:
        InputError: a file is missing, refused (see ``kg.read.rdf_files``) or not valid RDF.
    """
    store = ox.Store()
    for path in [Path(p) for p in paths] + ([ontology_file()] if ontology else []):
        load_into(store, path)
    return store


_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")


def _code(query: str) -> str:
    """Return the query with comments, strings and IRIs blanked out: its keywords only."""
    out, i, n = [], 0, len(query)
    while i < n:
        char = query[i]
        if char == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end
        elif char == "<" and (iri := _IRI.match(query, i)):
            i = iri.end()
            out.append(" <> ")
        elif char in "\"'":
            quote = query[i : i + 3] if query[i : i + 3] in ('"""', "'''") else char
            end = i + len(quote)
            while end < n and query[end : end + len(quote)] != quote:
                end += 2 if query[end] == "\\" else 1
            i = end + len(quote)
            out.append(' "" ')
        else:
            out.append(char)
            i += 1
    return "".join(out)


_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*:\s*<>|BASE\s*<>)\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD"
    r"|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)


def check_query(query: str, allow_service: bool = False) -> None:
    """Refuse what ``kg query`` does not run: updates, and remote calls unless allowed.

    Raises:
        QueryError: the text is a SPARQL Update, or calls SERVICE without ``allow_service``.
    """
    code = _code(query)
    if _UPDATE.match(code):
        raise QueryError(
            "kg query is read-only: SPARQL Update (INSERT, DELETE, LOAD, …) is refused"
        )
    if not allow_service and re.search(r"\bSERVICE\b", code, re.IGNORECASE):
        raise QueryError(
            "the query calls a remote endpoint with SERVICE; allow that with --allow-service"
        )


def read_query_file(name: str) -> str:
    """Return the text of a query file, or of standard input when ``name`` is ``-``.

    Raises:
        QueryError: the file cannot be read, or is not UTF-8.
    """
    where = "standard input" if name == "-" else name
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{where}: cannot read the query ({exc})") from exc


def run_query(store: ox.Store, query: str, allow_service: bool = False):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) and return Oxigraph's result.

    Raises:
        QueryError: the query is malformed (the message gives the line and column), is
            an update, or calls SERVICE without ``allow_service``.
    """
    check_query(query, allow_service)
    try:
        return store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax {exc}") from exc
    except UnicodeError as exc:
        raise QueryError(f"the query is not valid Unicode text ({exc.reason})") from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from exc


def run_with_timeout(store: ox.Store, query: str, fmt: str, seconds: float, **options) -> str:
    """Run and format a query in a child process, stopped after ``seconds``.

    Oxigraph cannot be interrupted from Python while it evaluates; a forked
    child (sharing the loaded store) can be killed.

    Raises:
        QueryError: the query failed, or took longer than ``seconds``.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def work() -> None:
        try:
            sender.send(("ok", format_result(run_query(store, query, **options), fmt)))
        except KGError as exc:
            sender.send(("error", str(exc)))

    child = context.Process(target=work, daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise QueryError(f"the query ran longer than {seconds:g} s (--timeout) and was stopped")
        status, value = receiver.recv()
    except EOFError as exc:
        raise QueryError("the query process ended without an answer") from exc
    finally:
        child.kill()
        child.join()
    if status == "error":
        raise QueryError(value)
    return value


def _text(term) -> str:
    return "" if term is None else term.value


def format_result(result, fmt: str = "table") -> str:
    """Return a query result as text: an aligned table, or W3C CSV, TSV or JSON results.

    A CONSTRUCT or DESCRIBE result is returned as Turtle whatever ``fmt``.
    """
    if isinstance(result, ox.QueryTriples):
        return result.serialize(format=ox.RdfFormat.TURTLE).decode("utf-8")
    w3c = {
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
        "json": ox.QueryResultsFormat.JSON,
    }
    if fmt in w3c:
        return result.serialize(format=w3c[fmt]).decode("utf-8")
    if isinstance(result, ox.QueryBoolean):
        return "true" if bool(result) else "false"
    names = [v.value for v in result.variables]
    rows = [[_text(solution[name]) for name in names] for solution in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [
        "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def rows(result) -> list[tuple[str, ...]]:
    """Return the rows of a SELECT result as tuples of strings, sorted (for comparisons)."""
    names = [v.value for v in result.variables]
    return sorted(tuple(_text(s[n]) for n in names) for s in result)


def parse_csv_rows(text: str) -> list[tuple[str, ...]]:
    """Return the rows of W3C CSV results (without the header), sorted."""
    return sorted(tuple(r) for r in list(csv.reader(io.StringIO(text)))[1:])


def parse_json_rows(text: str) -> list[tuple[str, ...]]:
    """Return the rows of W3C JSON results, sorted."""
    data = json.loads(text)
    names = data["head"]["vars"]
    return sorted(
        tuple(b.get(n, {}).get("value", "") for n in names) for b in data["results"]["bindings"]
    )
