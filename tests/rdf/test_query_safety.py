"""kg query is read-only, makes no remote call unless allowed, and can be stopped."""

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.rdf.query import QueryError, check_query

GRAPH = str(Path(__file__).resolve().parents[2] / "output" / "graph.ttl")


def run(*args):
    return CliRunner().invoke(main, ["query", *args], catch_exceptions=False)


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "PREFIX ex: <http://e/> DELETE WHERE { ?s ex:p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "# a comment\nDROP ALL",
    ],
)
def test_updates_are_refused(query):
    with pytest.raises(QueryError, match="read-only"):
        check_query(query)


def test_service_is_refused_unless_allowed():
    remote = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="--allow-service"):
        check_query(remote)
    check_query(remote, allow_service=True)
    # the word in a string, an IRI or a comment is no call
    check_query('SELECT ?s WHERE { ?s <http://x.org/SERVICE> "SERVICE" } # SERVICE')
    result = run(GRAPH, "-e", remote)
    assert result.exit_code == 1
    assert result.stderr == (
        "kg: error: the query calls a remote endpoint with SERVICE; "
        "allow that with --allow-service\n"
    )


def test_timeout_stops_a_long_query():
    started = time.perf_counter()
    result = run(
        GRAPH, "--timeout", "1", "-e",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    )  # fmt: skip
    assert time.perf_counter() - started < 10
    assert result.exit_code == 1
    assert "ran longer than 1 s (--timeout)" in result.stderr


def test_timeout_gives_the_same_answer_when_in_time():
    query = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"
    plain = run(GRAPH, "-e", query, "--format", "csv")
    timed = run(GRAPH, "-e", query, "--format", "csv", "--timeout", "30")
    assert plain.exit_code == timed.exit_code == 0
    assert plain.output == timed.output and "Yulia Peressild" in plain.output
    bad = run(GRAPH, "-e", "SELECT ?x WHERE { ?x ?y }", "--timeout", "30")
    assert bad.exit_code == 1 and "SPARQL syntax error" in bad.stderr
