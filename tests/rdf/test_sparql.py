"""The example queries, answered alike by pyoxigraph, rdflib and a real Oxigraph server."""

from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.rdf.query import load_store, parse_csv_rows, parse_json_rows, rows, run_query
from kg.resources import ontology_file

from ..servers import ask_server, oxigraph_server

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = [ROOT / "output" / "graph.ttl", ROOT / "output" / "provenance.ttl"]
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))


def expected(query: Path) -> list[tuple[str, ...]]:
    return parse_csv_rows(query.with_suffix(".csv").read_text(encoding="utf-8"))


def test_there_is_a_query_for_each_question():
    names = {q.stem for q in QUERIES}
    assert {
        "heads-of-organizations",
        "works-of-actors",
        "people-of-a-nationality",
        "everything-about-an-entity",
        "sources-of-a-fact",
    } <= names
    assert all(expected(q) for q in QUERIES), "every example has a non-empty expected answer"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_pyoxigraph_answers(query):
    result = run_query(load_store(OUTPUT), query.read_text(encoding="utf-8"))
    assert rows(result) == expected(query)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_rdflib_answers_the_same(query):
    graph = rdflib.Graph()
    for path in OUTPUT + [ontology_file()]:
        graph.parse(path)
    result = graph.query(query.read_text(encoding="utf-8"))
    answer = sorted(tuple("" if v is None else str(v) for v in row) for row in result)
    assert answer == expected(query)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(OUTPUT + [ontology_file()], tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_oxigraph_server_answers_the_same(server, query):
    answer = ask_server(
        server, query.read_text(encoding="utf-8"), "application/sparql-results+json"
    )
    assert parse_json_rows(answer) == expected(query)


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_query_command_formats():
    select = "SELECT ?name WHERE { ?p kg:actsIn ?w ; rdfs:label ?name } ORDER BY ?name"
    table = run("query", str(OUTPUT[0]), select)
    assert table.exit_code == 0
    assert table.output.splitlines() == [
        "name",
        "---------------",
        "Tom Cruise",
        "Yulia Peressild",
        "(2 rows)",
    ]
    csv_result = run("query", str(OUTPUT[0]), "-e", select, "--format", "csv")
    assert parse_csv_rows(csv_result.output) == [("Tom Cruise",), ("Yulia Peressild",)]
    json_result = run("query", str(OUTPUT[0]), "-e", select, "--format", "json")
    assert parse_json_rows(json_result.output) == [("Tom Cruise",), ("Yulia Peressild",)]
    tsv_result = run("query", str(OUTPUT[0]), "-e", select, "--format", "tsv")
    assert tsv_result.output.splitlines()[1:] == ['"Tom Cruise"', '"Yulia Peressild"']


def test_ask_construct_and_query_file(tmp_path):
    assert run("query", str(OUTPUT[0]), "-e", "ASK { ?s kg:killed ?o }").output.strip() == "false"
    construct = run(
        "query", str(OUTPUT[0]), "-e", "CONSTRUCT { ?s kg:actor ?o } WHERE { ?s kg:actsIn ?o }"
    )
    graph = rdflib.Graph().parse(data=construct.output, format="turtle")
    assert len(graph) == 2
    query = tmp_path / "q.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Person }", encoding="utf-8")
    assert run("query", str(OUTPUT[0]), "-f", str(query), "--format", "csv").output.split() == [
        "n",
        "12",
    ]


def test_query_errors_are_one_line():
    result = run("query", str(OUTPUT[0]), "-e", "SELECT ?x WHERE { ?x ?y }")
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error: SPARQL syntax error at 1:")
    assert result.stderr.count("\n") == 1
    result = run("query", "missing.ttl", "-e", "ASK {}")
    assert result.exit_code == 1 and "missing.ttl: no such file" in result.stderr
    result = run("query", str(OUTPUT[0]))
    assert result.exit_code == 1 and "no query" in result.stderr
