"""An output folder is owned by one build, read whole while rebuilt, and never left broken.

- a second build (or ``--update``, ``--resume``) of a folder that a build is
  writing is refused with one line naming the folder and the running
  build's process id, and touches nothing;
- a lock left by a killed build is taken over;
- ``kg query`` and ``kg validate`` read the previous complete files until
  the rebuild renames the new ones into place;
- a write that fails midway (a full disk, no permission, a file where the
  folder should be) is one line and exit 1, with the previous output intact.
"""

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.files
import kg.folder
from kg.cli import main
from kg.files import LOCK_NAME

OLD = ["Anna Berg, a nurse from Duluth, joined the Mayo Clinic."]
NEW = [
    "Russian actress Yulia Peressild, 37, flew to the International Space Station.",
    "Dmitri Rogozine, director of Roscosmos, said the film was a first.",
    "Real Betis have signed Brazilian forward Rafael Nunes from Porto.",
]


def folder_of(tmp_path: Path, name: str, texts: list[str]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / f"{number:03}.txt").write_text(text, encoding="utf-8")
    return folder


def build(*args):
    return CliRunner().invoke(main, ["build", *args, "-q"], catch_exceptions=False)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def people(graph: Path) -> list[str]:
    query = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"
    result = CliRunner().invoke(main, ["query", str(graph), "-e", query, "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    return result.output.splitlines()[1:]


@pytest.fixture
def finished(tmp_path):
    """An output folder holding a finished build of OLD, and a folder of NEW articles."""
    out = tmp_path / "out"
    assert build(str(folder_of(tmp_path, "old", OLD)), "-o", str(out)).exit_code == 0
    return out, folder_of(tmp_path, "new", NEW)


def test_a_second_build_of_a_folder_being_built_is_refused(finished, tmp_path):
    out, new = finished
    answers = []

    def second_builds(record):
        if answers:
            return
        before = snapshot(out)
        for extra in ([], ["--resume"]):
            process = subprocess.run(
                [sys.executable, "-m", "kg", "build", str(new), "-o", str(out), "-q", *extra],
                capture_output=True,
                text=True,
            )
            answers.append((process.returncode, process.stderr))
        update = CliRunner().invoke(main, ["build", str(new), "--update", str(out), "-q"])
        answers.append((update.exit_code, update.stderr))
        answers.append(snapshot(out) == before)

    kg.folder.build_folder([new], out, on_document=second_builds)
    *refusals, untouched = answers
    for code, stderr in refusals:
        assert code == 1
        assert stderr == (
            f"kg: error: {out}: another kg build (process {os.getpid()}) is writing this "
            "folder; wait for it to end, or build into another folder\n"
        )
    assert untouched, "a refused build changed the folder"
    # the first build went on to the end
    assert people(out / "graph.ttl") == ["Dmitri Rogozine", "Rafael Nunes", "Yulia Peressild"]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_the_lock_of_a_killed_build_is_taken_over(finished, tmp_path):
    out, new = finished
    many = folder_of(tmp_path, "many", NEW * 30)
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(many), "-o", str(out), "-q", "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lock = out / LOCK_NAME
    deadline = time.monotonic() + 60
    while not lock.exists() or lock.read_text(encoding="ascii").strip() != str(process.pid):
        assert time.monotonic() < deadline, "the build never took the lock"
        assert process.poll() is None, "the build ended before it could be killed"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert lock.read_text(encoding="ascii").strip() == str(process.pid)  # left behind
    assert build(str(new), "-o", str(out)).exit_code == 0
    assert people(out / "graph.ttl") == ["Dmitri Rogozine", "Rafael Nunes", "Yulia Peressild"]


def test_readers_see_the_previous_files_until_the_new_ones_are_in_place(finished, monkeypatch):
    out, new = finished
    old_graph = (out / "graph.ttl").read_bytes()
    seen = []

    def check_readers(moment):
        seen.append(moment)
        assert (out / "graph.ttl").read_bytes() == old_graph, moment
        assert people(out / "graph.ttl") == ["Anna Berg"], moment
        validation = CliRunner().invoke(main, ["validate", str(out / "graph.ttl")])
        assert validation.exit_code == 0, moment

    real_publish = kg.folder.publish

    def publish(files, folder):
        # every file is written (in the staging folder): the last moment before the renames
        assert {f.name for f in files} >= {"graph.ttl", "provenance.ttl", "graph.html"}
        check_readers("all written, not yet renamed")
        return real_publish(files, folder)

    monkeypatch.setattr(kg.folder, "publish", publish)
    kg.folder.build_folder([new], out, on_document=lambda record: check_readers("reading"))
    assert seen[-1] == "all written, not yet renamed" and "reading" in seen
    assert people(out / "graph.ttl") == ["Dmitri Rogozine", "Rafael Nunes", "Yulia Peressild"]
    assert not list(out.glob(".kg-staging-*")), "no staging folder is left"


@pytest.mark.parametrize(
    "failure",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        PermissionError(errno.EACCES, "Permission denied"),
    ],
    ids=["disk full", "permission denied"],
)
@pytest.mark.parametrize("calls_before", [0, 3, 6])
def test_a_write_that_fails_midway_leaves_the_previous_output(
    finished, monkeypatch, failure, calls_before
):
    out, new = finished
    before = {name: data for name, (data, _) in snapshot(out).items() if "/" not in name}
    calls = []
    real_fsync = os.fsync

    def failing_fsync(fd):
        # every file kg writes is synced before its rename: fail the n-th one
        calls.append(fd)
        if len(calls) > calls_before:
            raise failure
        return real_fsync(fd)

    monkeypatch.setattr(kg.files.os, "fsync", failing_fsync)
    result = build(str(new), "-o", str(out), "-f", "turtle,nt")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"kg: error: {out}: cannot write the build's files: ")
    assert failure.strerror in result.stderr
    after = {name: data for name, (data, _) in snapshot(out).items() if "/" not in name}
    assert after == before, "the previous output files changed"
    assert not list(out.glob(".kg-staging-*")), "a staging folder was left"
    monkeypatch.undo()
    # the folder is still a good output folder: the next build works
    assert build(str(new), "-o", str(out)).exit_code == 0


def test_an_output_folder_that_is_a_file(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(OLD[0], encoding="utf-8")
    target = tmp_path / "graph"
    target.write_bytes(b"not a folder")
    result = build(str(text), "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr == (
        f"kg: error: {target}: not a folder (a file has that name); give another -o\n"
    )
    assert target.read_bytes() == b"not a folder"
