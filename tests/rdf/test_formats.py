"""Every output syntax: the same graph, read by independent parsers."""

import shutil
import subprocess
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.rdf.ntriples import nt_term
from kg.rdf.write import FORMATS
from kg.resources import example_file

RAPPER = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig", "rdf": "rdfxml"}
SERDI = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("formats")
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(example_file()),
            "-o",
            str(out),
            "-q",
            "--no-html",
            "--format",
            ",".join(FORMATS),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return out


def _dataset(path: Path) -> set:
    dataset = rdflib.Dataset()
    dataset.parse(
        path, format={"nq": "nquads", "trig": "trig", "jsonld": "json-ld"}[path.suffix[1:]]
    )
    return {(s, p, o) for s, p, o, _ in dataset.quads()}


def test_every_syntax_holds_the_same_triples(built):
    graph = {t for t in rdflib.Graph().parse(built / "graph.ttl")}
    provenance = {t for t in rdflib.Graph().parse(built / "provenance.ttl")}
    assert len(graph) > 50 and len(provenance) > 100
    for extension in ("nt", "rdf"):
        assert set(rdflib.Graph().parse(built / f"graph.{extension}")) == graph
        assert set(rdflib.Graph().parse(built / f"provenance.{extension}")) == provenance
    for extension in ("nq", "trig", "jsonld"):
        assert _dataset(built / f"graph.{extension}") == graph | provenance


@pytest.mark.parametrize(
    "name",
    [
        "graph.ttl",
        "provenance.ttl",
        "graph.nt",
        "graph.nq",
        "graph.trig",
        "graph.jsonld",
        "graph.rdf",
    ],
)
def test_pyoxigraph_parses(built, name):
    path = built / name
    quads = list(
        pyoxigraph.parse(
            path=str(path), format=pyoxigraph.RdfFormat.from_extension(path.suffix[1:])
        )
    )
    assert len(quads) > 50


@pytest.mark.skipif(shutil.which("rapper") is None, reason="Raptor's rapper is not installed")
@pytest.mark.parametrize(
    "name",
    [
        "graph.ttl",
        "provenance.ttl",
        "graph.nt",
        "provenance.nt",
        "graph.nq",
        "graph.trig",
        "graph.rdf",
        "provenance.rdf",
    ],
)
def test_rapper_parses(built, name):
    path = built / name
    proc = subprocess.run(
        ["rapper", "-i", RAPPER[path.suffix[1:]], "-c", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "returned" in proc.stderr and "Error" not in proc.stderr


@pytest.mark.skipif(shutil.which("serdi") is None, reason="Serd's serdi is not installed")
@pytest.mark.parametrize(
    "name", ["graph.ttl", "provenance.ttl", "graph.nt", "graph.nq", "graph.trig"]
)
def test_serdi_parses(built, name):
    path = built / name
    proc = subprocess.run(
        ["serdi", "-i", SERDI[path.suffix[1:]], str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") > 50


@pytest.mark.skipif(shutil.which("rapper") is None, reason="Raptor's rapper is not installed")
@pytest.mark.parametrize("name", ["graph.nt", "provenance.nt"])
def test_ntriples_are_canonical_under_rapper(built, name):
    path = built / name
    proc = subprocess.run(
        ["rapper", "-q", "-i", "ntriples", "-o", "ntriples", str(path)],
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0
    assert proc.stdout == path.read_bytes()


def test_ntriples_escapes():
    assert nt_term(rdflib.Literal('Ceará "q" \\ \n')) == '"Cear\\u00E1 \\"q\\" \\\\ \\n"'
    assert nt_term(rdflib.Literal("𝄞")) == '"\\U0001D11E"'
    assert nt_term(rdflib.URIRef("https://x.org/a%C3%A9")) == "<https://x.org/a%C3%A9>"


def test_unknown_format_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["build", "-o", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 2 and "choose from" in result.output
