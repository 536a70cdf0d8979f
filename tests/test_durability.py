"""An interrupted build leaves the previous output whole: killed with SIGKILL at several moments."""

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
import rdflib

ARTICLE = (
    "Russian actress Yulia Peressild, 37, flew to the International Space Station. "
    "Dmitri Rogozine, director of Roscosmos, said the film was a first. "
    "Real Betis have signed Brazilian forward Rafael Nunes from Porto.\n"
)


def _kg(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_killed_build_never_leaves_a_broken_graph(tmp_path):
    small, large = tmp_path / "small", tmp_path / "large"
    small.mkdir()
    large.mkdir()
    (small / "a.txt").write_text("Anna Berg lives in Duluth.", encoding="utf-8")
    for n in range(40):
        (large / f"{n:02}.txt").write_text(ARTICLE.replace("37", str(20 + n)), encoding="utf-8")
    # the two complete outputs an interrupted build may leave
    before, after = tmp_path / "before", tmp_path / "after"
    assert _kg("build", str(small), "-o", str(before), "-q").wait() == 0
    started = time.perf_counter()
    assert _kg("build", str(large), "-o", str(after), "-q").wait() == 0
    duration = time.perf_counter() - started
    old = (before / "graph.ttl").read_bytes()
    new = (after / "graph.ttl").read_bytes()
    seen = set()
    for step in range(1, 6):
        out = tmp_path / f"out{step}"
        shutil.copytree(before, out)
        process = _kg("build", str(large), "-o", str(out), "-q")
        time.sleep(duration * step / 5)  # the last one lands at or just after the end
        process.send_signal(signal.SIGKILL)
        process.wait()
        graph = (out / "graph.ttl").read_bytes()
        assert graph in (old, new), f"killed at {step}/5 of the build: a mixed or cut graph.ttl"
        seen.add(graph == new)
        for name in ("graph.ttl", "provenance.ttl"):
            rdflib.Graph().parse(out / name, format="turtle")  # each file whole, old or new
    assert False in seen  # the kills did interrupt builds
