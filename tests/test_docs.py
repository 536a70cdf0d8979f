"""The README shows what the code does."""

import re
from pathlib import Path

import pyoxigraph

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command_exactly():
    quickstart = README.split("## Quickstart")[1].split("\n## ")[0]
    commands = re.findall(r"```\n\s*(.+?)\n\s*```", quickstart)
    assert commands == ["pip install -e . && kg build", "pip install -e '.[test]' && pytest"]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


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


def test_readme_python_examples_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Klim Chipenko was born in Moscow.", "utf-8")
    namespace = {}  # the examples build on each other, like a session
    for block in re.findall(r"```python\n(.+?)```", README, re.DOTALL):
        exec(compile(block, "README.md", "exec"), namespace)
    assert (tmp_path / "out" / "graph.ttl").is_file()
