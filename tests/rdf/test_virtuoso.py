"""The example queries, answered by Virtuoso Open Source after a bulk load of the Turtle."""

import shutil
import subprocess
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.rdf.query import parse_csv_rows
from kg.resources import ontology_file

from ..servers import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[2]
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
SERVER, ISQL = shutil.which("virtuoso-t"), shutil.which("isql-vt") or shutil.which("isql")

pytestmark = pytest.mark.skipif(
    SERVER is None or ISQL is None, reason="Virtuoso (Debian virtuoso-opensource) is not installed"
)


INI = """[Database]
DatabaseFile = {d}/kg.db
ErrorLogFile = {d}/kg.log
LockFile = {d}/kg.lck
TransactionFile = {d}/kg.trx
xa_persistent_file = {d}/kg.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/kg-temp.db
TransactionFile = {d}/kg-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = free_port(), free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=sql, http=http))
    server = subprocess.Popen(
        [SERVER, "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{http}/sparql"
    try:
        wait_until_up(f"{endpoint}?query=ASK%7B%7D")
        # Virtuoso's bulk loader reads the Turtle files from its allowed folder
        loads = []
        for path in (
            ROOT / "output" / "graph.ttl",
            ROOT / "output" / "provenance.ttl",
            ontology_file(),
        ):
            shutil.copy(path, folder / path.name)
            loads.append(
                f"DB.DBA.TTLP_MT(file_to_string_output('{folder / path.name}'), '', 'urn:kg', 0);"
            )
        subprocess.run(
            [ISQL, f"127.0.0.1:{sql}", "dba", "dba", "exec=" + " ".join(loads)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_virtuoso_answers_like_kg_query(virtuoso, query):
    data = urllib.parse.urlencode({"query": query.read_text(encoding="utf-8")}).encode()
    request = urllib.request.Request(virtuoso, data=data, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = parse_csv_rows(response.read().decode("utf-8"))
    assert answer == parse_csv_rows(query.with_suffix(".csv").read_text(encoding="utf-8"))
