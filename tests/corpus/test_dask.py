"""The Dask engine: a cluster of two worker processes builds the graph the local engine builds."""

import pytest
from click.testing import CliRunner

from kg.cli import main

distributed = pytest.importorskip("distributed")

ARTICLES = [
    "Russian actress Yulia Peressild, 37, flew to the International Space Station.",
    "Dmitri Rogozine, director of Roscosmos, said the film was a first.",
    "Real Betis have signed Brazilian forward Rafael Nunes from Porto.",
    "Dmitry Rogozin met Klim Shipenko, director of the film The Challenge, in Moscow.",
]


def run(*args):
    return CliRunner().invoke(main, ["build", *args, "-q", "--no-html", "-f", "nt"])


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


def test_a_dask_cluster_builds_the_same_graph_triple_for_triple(tmp_path, cluster, monkeypatch):
    import kg.corpus.engines

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    # several partitions, on both workers
    monkeypatch.setattr(kg.corpus.engines, "BATCH_DOCUMENTS", 3)
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(24):
        text = ARTICLES[number % len(ARTICLES)].replace("37", str(20 + number))
        (folder / f"{number:02}.txt").write_text(text, encoding="utf-8")
    local = run(str(folder), "-o", str(tmp_path / "local"), "--workers", "1")
    assert local.exit_code == 0, local.output
    address = cluster.scheduler_address
    with distributed.Client(address) as client, distributed.get_task_stream(client) as tasks:
        result = run(
            str(folder), "-o", str(tmp_path / "dask"), "--engine", "dask", "--scheduler", address
        )
    assert result.exit_code == 0, result.output
    for name in ("graph.nt", "provenance.nt"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    partitions = [t for t in tasks.data if "read_batch" in t["key"]]
    assert len(partitions) == 8  # 24 documents in partitions of 3
    assert len({t["worker"] for t in partitions}) == 2  # both workers took some


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    import dask

    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = run(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--engine", "dask",
                     "--scheduler", "tcp://127.0.0.1:9")  # fmt: skip
    assert result.exit_code == 1
    assert result.output.startswith(
        "kg: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9"
    )
    assert not (tmp_path / "out").exists()
