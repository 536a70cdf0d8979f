"""The README and the documentation site show what the code does, and cannot drift from it."""

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = sorted((ROOT / "docs").glob("*.md"))
PYTHON_BLOCK = re.compile(r"```python\n(.+?)```", re.DOTALL)
WITH_EXAMPLES = [
    p for p in [ROOT / "README.md", *PAGES] if PYTHON_BLOCK.search(p.read_text("utf-8"))
]


def test_ci_runs_the_readme_test_command_exactly():
    quickstart = README.split("## Quickstart")[1].split("\n## ")[0]
    commands = re.findall(r"```\n\s*(.+?)\n\s*```", quickstart)
    assert commands == ["pip install -e . && kg build", "pip install -e '.[test]' && pytest"]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_the_readme_is_a_front_page():
    assert len(README.splitlines()) <= 300
    linked = set(re.findall(r"\]\(docs/([\w-]+\.md)\)", README))
    assert linked == {p.name for p in PAGES} - {"index.md"}, "every page is linked, and exists"


def test_readme_query_gives_the_answer_shown():
    query = re.search(r"```sparql\n(.+?)```", README, re.DOTALL).group(1)
    table = README.split(query)[1].split("\n\n")[1]
    expected = {
        tuple(c.strip() for c in row.strip("|").split("|")) for row in table.splitlines()[2:]
    }
    store = pyoxigraph.Store()
    store.load(path=str(ROOT / "output" / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    answer = {(r["work"].value, r["person"].value) for r in store.query(query)}
    assert answer == expected


@pytest.mark.parametrize("page", WITH_EXAMPLES, ids=lambda p: p.name)
def test_python_examples_run(page, tmp_path, monkeypatch):
    blocks = PYTHON_BLOCK.findall(page.read_text(encoding="utf-8"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Klim Chipenko was born in Moscow.", "utf-8")
    namespace = {}  # the examples of a page build on each other, like a session
    for block in blocks:
        exec(compile(block, page.name, "exec"), namespace)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if shutil.which("mkdocs") is None:
        pytest.skip("mkdocs is not installed (pip install -e '.[docs]')")
    folder = tmp_path_factory.mktemp("site")
    process = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert process.returncode == 0, process.stderr[-3000:]
    return folder


def test_the_site_builds_strictly_with_every_page(site):
    for page in PAGES:
        built = site / ("index.html" if page.stem == "index" else f"{page.stem}/index.html")
        assert built.is_file(), page.name


def test_the_command_reference_has_every_command_and_option(site):
    reference = html.unescape((site / "cli" / "index.html").read_text(encoding="utf-8"))
    for name, command in main.commands.items():
        assert f"kg {name}" in reference, name
        assert command.help.split("\n")[0].strip() in reference, name
        for param in command.params:
            for option in param.opts:
                if option.startswith("-"):
                    assert option in reference, f"kg {name} {option}"


def test_the_ontology_page_lists_every_class_and_property(site):
    page = html.unescape((site / "ontology" / "index.html").read_text(encoding="utf-8"))
    ontology = (ROOT / "ontology" / "kg.ttl").read_text(encoding="utf-8")
    terms = re.findall(r"^(kg:\w+) a owl:(?:Class|ObjectProperty|DatatypeProperty)", ontology, re.M)
    assert len(terms) > 30
    for term in terms:
        assert term in page, term


def test_the_api_reference_documents_every_export(site):
    import kg

    page = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name in kg.__all__:
        if name != "__version__":
            assert f'id="kg.{name}"' in page, name
