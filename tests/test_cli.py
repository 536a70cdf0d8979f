"""End-to-end: the real command on real files, output read back by independent parsers."""

import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main

KG = "https://w3id.org/kg/ontology#"
ARTICLE = (
    "Russian actress Yulia Peressild flew to the International Space Station (ISS).\n\n"
    "Peressild, 37, was born in Moscow. The ISS is run by Roscosmos.\n"
)


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_folder_and_read_with_pyoxigraph_and_rdflib(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "two.html").write_text(
        "<html><body><article><p>Dmitri Rogozine, director of Roscosmos, spoke.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run("build", str(articles), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "documents  2" in result.stderr
    turtle = (out / "graph.ttl").read_bytes()
    assert (out / "graph.html").is_file()

    store = pyoxigraph.Store()
    store.load(turtle, format=pyoxigraph.RdfFormat.TURTLE)
    rows = store.query(
        f"""PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name WHERE {{ ?p kg:nationality ?c . ?p rdfs:label ?name .
                             ?c rdfs:label "Russia" }}"""
    )
    assert [r["name"].value for r in rows] == ["Yulia Peressild"]
    rows = store.query(
        f"""PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name WHERE {{ ?o kg:directedBy ?p . ?o rdfs:label "Roscosmos" .
                             ?p rdfs:label ?name }}"""
    )
    assert [r["name"].value for r in rows] == ["Dmitri Rogozine"]

    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    persons = {
        str(graph.value(s, rdflib.RDFS.label))
        for s in graph.subjects(rdflib.RDF.type, rdflib.URIRef(KG + "Person"))
    }
    assert {"Yulia Peressild", "Dmitri Rogozine"} <= persons
    # one node for "Yulia Peressild" and "Peressild", and for the station and "ISS"
    peressild = next(
        s for s in graph.subjects(rdflib.RDFS.label, rdflib.Literal("Yulia Peressild"))
    )
    assert rdflib.Literal("Peressild") in set(graph.objects(peressild, rdflib.SKOS.altLabel))
    station = next(
        s for s in graph.subjects(rdflib.RDFS.label, rdflib.Literal("International Space Station"))
    )
    assert rdflib.Literal("ISS") in set(graph.objects(station, rdflib.SKOS.altLabel))


def test_build_is_deterministic_and_base_is_configurable(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for out in ("x", "y"):
        assert (
            run(
                "build",
                str(tmp_path / "a.txt"),
                "-o",
                str(tmp_path / out),
                "-q",
                "--base",
                "https://example.org/news/",
            ).exit_code
            == 0
        )
    first = (tmp_path / "x" / "graph.ttl").read_bytes()
    assert first == (tmp_path / "y" / "graph.ttl").read_bytes()
    assert b"<https://example.org/news/person/Yulia_Peressild>" in first
    assert (tmp_path / "x" / "graph.html").read_bytes() == (
        tmp_path / "y" / "graph.html"
    ).read_bytes()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary", "binary file"),
        ("Президент России встретился с премьером.".encode("koi8_r"), "not UTF-8"),
    ],
)
def test_bad_file_is_one_line_error_and_output_untouched(tmp_path, content, message):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("build", str(bad), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("kg: error: ") and message in result.stderr
    assert str(bad) in result.stderr
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert [p.name for p in out.iterdir()] == ["graph.ttl"]


def test_missing_path_and_bad_model_and_bad_base(tmp_path):
    result = run("build", str(tmp_path / "nope.txt"), "-o", str(tmp_path))
    assert result.exit_code == 1 and "no such file or folder" in result.stderr
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("build", str(tmp_path / "a.txt"), "--model", "no_such_model")
    assert result.exit_code == 1 and "not installed" in result.stderr
    result = run("build", str(tmp_path / "a.txt"), "--base", "not an iri", "-o", str(tmp_path))
    assert result.exit_code == 1 and "base IRI" in result.stderr


def test_folder_with_a_bad_file_warns_and_builds_the_rest(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00")
    result = run("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert "kg: warning: skipped" in result.stderr and "bad.txt" in result.stderr
    assert "documents  1" in result.stderr


def test_no_traceback_from_the_installed_command(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"kg: error: {tmp_path / 'missing.txt'}: no such file or folder"


@pytest.mark.parametrize("command", [[], ["build"], ["eval"]])
def test_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert len(result.output.splitlines()) > 3


def test_validate_command(tmp_path):
    good = run("validate", "output/graph.ttl")
    assert good.exit_code == 0 and "conforms" in good.stderr
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/kg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<https://x.org/ann> a kg:Person ; rdfs:label "Ann" ;\n'
        "    kg:nationality <https://x.org/oslo> .\n"
        '<https://x.org/oslo> a kg:City ; rdfs:label "Oslo", "Kristiania" .\n',
        encoding="utf-8",
    )
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert "kg: error: 2 violation(s)" in result.stderr
    lines = result.output.splitlines()
    assert any(line.startswith("Ann <https://x.org/ann> kg:nationality:") for line in lines)
    assert any("rdfs:label" in line and "Oslo" in line or "Kristiania" in line for line in lines)


def test_build_writes_provenance_and_skips_validation_on_request(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--no-validate")
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "graph.html",
        "graph.ttl",
        "provenance.ttl",
        "shards",  # the records of the build, for --update and --resume
    ]


DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"


@pytest.mark.skipif(
    not DEV.is_dir(), reason="the shared evaluation texts are not beside the project"
)
def test_dev_corpus_builds_validates_and_answers_queries(tmp_path):
    out = tmp_path / "dev"
    result = run("build", str(DEV), "-o", str(out), "-q", "-f", "turtle,nq")
    assert result.exit_code == 0, result.stderr
    assert run("validate", str(out / "graph.ttl")).exit_code == 0
    answer = run(
        "query",
        str(out / "graph.nq"),
        "--format",
        "csv",
        "-e",
        "SELECT DISTINCT ?doc WHERE { ?s prov:wasDerivedFrom ?d . ?d dcterms:source ?doc }",
    )
    documents = sorted(answer.output.split()[1:])
    assert documents == sorted(p.name for p in DEV.glob("*.txt"))


def test_bad_files_are_skipped_or_fail_with_strict(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "noise.txt").write_bytes(bytes(range(256)) * 4)
    (articles / "gone.txt").symlink_to(articles / "nowhere.txt")
    out = tmp_path / "out"
    result = run("build", str(articles), "-o", str(out))
    assert result.exit_code == 0
    assert "skipped    2 file(s)" in result.stderr
    assert "broken symbolic link" in result.stderr and "binary file" in result.stderr
    assert (out / "graph.ttl").is_file()
    strict = tmp_path / "strict"
    result = run("build", str(articles), "-o", str(strict), "--strict")
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error: ") and result.stderr.count("\n") == 1
    assert "gone.txt: broken symbolic link (--strict stops" in result.stderr
    assert not strict.exists()


def test_long_documents_are_read_in_pieces_or_skipped(tmp_path, monkeypatch):
    import kg.read.text
    from kg.builder import extract_corpus

    article = "Russian actress Yulia Peressild was born in Moscow. " * 60  # 3,120 characters
    monkeypatch.setattr(kg.read.text, "CHUNK_CHARS", 500)
    corpus = extract_corpus([kg.Document("long", article)])
    assert corpus.documents == ["long"]
    evidence = [e for found in corpus.evidence.values() for e in found]
    assert len({e.start for e in evidence}) > 6  # read in every piece, offsets in the document
    assert all(article[e.start : e.end] == e.sentence for e in evidence)
    monkeypatch.undo()
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "short.txt").write_text("Anna Berg lives in Duluth.", encoding="utf-8")
    (folder / "long.txt").write_text(article, encoding="utf-8")
    result = run("build", str(folder), "-o", str(tmp_path / "out"), "--max-chars", "1000")
    assert result.exit_code == 0
    assert "skipped long.txt: 3,120 characters, over --max-chars" in result.stderr
    result = run("build", str(folder / "long.txt"), "-o", str(tmp_path / "x"), "--max-chars", "10")
    assert result.exit_code == 1 and "no document left to build" in result.stderr


def test_many_bad_files_are_summed_up(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Anna Berg lives in Duluth.", encoding="utf-8")
    for n in range(30):
        (folder / f"empty{n:02}.txt").write_text("", encoding="utf-8")
    result = run("build", str(folder), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0
    assert result.stderr.count("kg: warning: skipped") == 20
    assert "kg: warning: … and 10 more" in result.stderr
    assert "skipped    30 file(s)" in result.stderr


def test_workers_give_the_same_output(tmp_path, monkeypatch):
    import kg.read.text

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    monkeypatch.setattr(kg.read.text, "CHUNK_CHARS", 400)  # long documents in pieces, too
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE * 4, encoding="utf-8")
    (folder / "two.txt").write_text(
        "Dmitri Rogozine, director of Roscosmos, spoke. Anna Berg lives in Duluth.",
        encoding="utf-8",
    )
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"w{workers}"
        result = run("build", str(folder), "-o", str(out), "-f", "turtle,nt", "--workers", workers)
        assert result.exit_code == 0, result.output
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()})
    assert outputs[0] == outputs[1]
    assert b"Yulia_Peressild" in outputs[0]["graph.nt"]
