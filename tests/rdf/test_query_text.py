"""The query text reaches Oxigraph byte for byte, however it is given.

A differential test: generated queries with full IRIs (``//`` in them),
prefixed names, literals with slashes, quotes, backslashes, ``#`` and
non-ASCII text, comments and line breaks are answered alike by the library,
by ``kg query`` with the query as its last argument, with ``-e``, with
``-f FILE`` and with ``-f -`` (standard input), and by a live Oxigraph server
holding the same files.
"""

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.rdf.query import load_store, parse_csv_rows, rows, run_query
from kg.resources import ontology_file

from ..servers import ask_server, oxigraph_server

ROOT = Path(__file__).resolve().parents[2]
GRAPH = ROOT / "output" / "graph.ttl"

PATTERNS = [
    # each has answers in the example graph; a query whose IRIs lost a "/" would have none
    "?s <https://w3id.org/kg/ontology#actsIn> ?o .",
    "?s kg:directedBy ?o .",
    '?s rdfs:label ?o . FILTER(REGEX(STR(?s), "//w3id.org/kg/id/person/"))',
    '?s <http://www.w3.org/2000/01/rdf-schema#label> ?o . FILTER(CONTAINS(?o, "Peres"))',
    "?s a <https://w3id.org/kg/ontology#Film> ; rdfs:label ?o .",
]
TRICKY = ["/", "//", '"', "\\", "#", "'", "<", ">", "{", "}", "é", "Łódź", "字", "😀", "\n", "\t",
          " ", "%20", "http://x//y", "\\n", "'''", '"""', "?o", "$x"]  # fmt: skip
SEPARATORS = [" ", "\n", "\n    ", "\t", "\r\n"]
LINE_BREAKS = ["\n", "\r\n", "\n\n  "]

texts = st.lists(
    st.one_of(
        st.sampled_from(TRICKY),
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=8),
    ),
    max_size=6,
).map("".join)
iri_paths = st.builds(
    lambda path, fragment: "".join(path) + fragment,
    st.lists(st.sampled_from(["a", "b", "/", "//", "é", "%2F", "x.y", "~", "字", "-", "_"]),
             max_size=6),
    st.sampled_from(["", "#", "#x", "#/a//b"]),  # one fragment at most, as IRIs allow
)  # fmt: skip


def sparql_string(text: str) -> str:
    """Return ``text`` as a SPARQL string literal."""
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


@st.composite
def queries(draw) -> tuple[str, str, str]:
    """Return a query, the literal it binds to ?lit, and the IRI it binds to ?iri."""
    literal = draw(texts)
    iri = "http://example.org//" + draw(iri_paths)
    pattern = draw(st.sampled_from(PATTERNS))
    gap = draw(st.sampled_from(SEPARATORS))
    line_break = draw(st.sampled_from(LINE_BREAKS))
    comment = draw(texts).replace("\n", " ").replace("\r", " ")
    lines = [
        f"# {comment}" if draw(st.booleans()) else "",
        "PREFIX kg: <https://w3id.org/kg/ontology#>",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
        "PREFIX ex: <http://example.org//ns/>",
        f"SELECT ?s ?o ?lit ?iri ?ex WHERE {{{gap}{pattern}",
        f"BIND({sparql_string(literal)} AS ?lit){gap}BIND(<{iri}> AS ?iri)",
        f"BIND(ex:n AS ?ex) # {comment}",
        "}",
    ]
    return line_break.join(lines), literal, iri


def cli_rows(*args, stdin: str | None = None) -> list[tuple[str, ...]]:
    result = CliRunner().invoke(
        main, ["query", *args, "--format", "csv"], input=stdin, catch_exceptions=False
    )
    assert result.exit_code == 0, result.stderr
    return parse_csv_rows(result.output)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server([GRAPH, ontology_file()], tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.fixture(scope="module")
def store():
    return load_store([GRAPH])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(queries())
def test_every_way_of_giving_a_query_gives_the_same_rows(server, store, tmp_path, generated):
    query, literal, iri = generated
    expected = rows(run_query(store, query))
    # the library itself read the text right: the literal and the IRI come back unchanged
    assert expected, "every pattern has answers"
    assert {(row[2], row[3], row[4]) for row in expected} == {
        (literal, iri, "http://example.org//ns/n")
    }
    query_file = tmp_path / "query.rq"
    query_file.write_text(query, encoding="utf-8", newline="")
    assert cli_rows(str(GRAPH), query) == expected
    assert cli_rows(str(GRAPH), "-e", query) == expected
    assert cli_rows(str(GRAPH), "-f", str(query_file)) == expected
    assert cli_rows(str(GRAPH), "-f", "-", stdin=query) == expected
    assert parse_csv_rows(ask_server(server, query)) == expected


def test_a_query_on_the_real_command_line_is_not_rewritten():
    """The report that started it: a full IRI in the last argument lost a slash."""
    query = "SELECT ?x WHERE { ?x <https://w3id.org/kg/ontology#actsIn> ?y }"
    process = subprocess.run(
        [sys.executable, "-m", "kg", "query", str(GRAPH), query, "--format", "csv"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(parse_csv_rows(process.stdout)) == 2


def test_a_query_is_given_once():
    result = CliRunner().invoke(main, ["query", str(GRAPH), "-e", "ASK {}", "-f", "q.rq"])
    assert result.exit_code == 1
    assert result.stderr == "kg: error: two queries: give the query with -e or with -f, not both\n"


def test_a_long_query_as_last_argument_is_a_query_not_a_path():
    # os.stat of a 5,000-character name fails with "name too long": not a file, a query
    query = "ASK { " + " " * 5000 + "}"
    result = CliRunner().invoke(main, ["query", str(GRAPH), query], catch_exceptions=False)
    assert result.exit_code == 0 and result.output == "true\n"
