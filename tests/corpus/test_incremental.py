"""Builds kept on disk: interrupted and resumed, updated with new documents, as a full rebuild."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.corpus.records
import kg.corpus.shards
import kg.folder
from kg.cli import main

ARTICLES = [
    "Russian actress Yulia Peressild, 37, flew to the International Space Station.",
    "Dmitri Rogozine, director of Roscosmos, said the film was a first.",
    "Real Betis have signed Brazilian forward Rafael Nunes from Porto.",
    "Anna Berg, a nurse from Duluth, joined the Mayo Clinic.",
    "Dmitry Rogozin met Klim Shipenko, director of the film The Challenge, in Moscow.",
    "Ole Nilsen works for Statoil in Stavanger, Norway.",
]


def run(*args):
    return CliRunner().invoke(main, ["build", *args, "-q", "--no-html", "-f", "nt,turtle"])


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """Two folders of articles, old and new; the build time fixed."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    folders = []
    for name, texts in (("old", ARTICLES[:4]), ("new", ARTICLES[4:])):
        folder = tmp_path / name
        folder.mkdir()
        for number, text in enumerate(texts):
            (folder / f"{name}-{number}.txt").write_text(text, encoding="utf-8")
        folders.append(folder)
    return folders


@pytest.fixture
def parsed(monkeypatch):
    """The names of the documents the pipeline reads, in this process."""
    names = []
    real = kg.corpus.records.Reader.read

    def counting(reader, documents):
        documents = list(documents)
        names.extend(d.name for d in documents)
        return real(reader, documents)

    monkeypatch.setattr(kg.corpus.records.Reader, "read", counting)
    return names


def _interrupt_after(count, monkeypatch):
    """Make the build stop as if by Ctrl-C after ``count`` documents; return the real reader."""
    real = kg.folder.read_corpus

    def interrupted(*args, **kwargs):
        for number, record in enumerate(real(*args, **kwargs)):
            if number == count:
                raise KeyboardInterrupt
            yield record

    monkeypatch.setattr(kg.folder, "read_corpus", interrupted)
    return real


def _children(pid):
    """Return the processes whose parent is ``pid`` (Linux's /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended, and waits for init to reap it


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_update_reads_only_new_documents_and_equals_a_full_rebuild(tmp_path, corpus, parsed):
    old, new = corpus
    full, updated = tmp_path / "full", tmp_path / "updated"
    assert run(str(old), str(new), "-o", str(full), "--workers", "1").exit_code == 0
    assert run(str(old), "-o", str(updated), "--workers", "1").exit_code == 0
    parsed.clear()
    result = run(str(new), "--update", str(updated), "--workers", "1")
    assert result.exit_code == 0, result.output
    assert sorted(parsed) == ["new-0.txt", "new-1.txt"]  # the old ones are not read again
    assert _files(updated) == _files(full)
    assert b"Dmitri_Rogozine" in _files(updated)["graph.nt"]  # one entity across old and new
    manifest = (updated / "shards" / "manifest.json").read_text(encoding="utf-8")
    assert '"documents": 6' in manifest


def test_update_is_refused_without_a_build_or_with_other_settings(tmp_path, corpus):
    old, new = corpus
    result = run(str(new), "--update", str(tmp_path / "none"))
    assert result.exit_code == 1 and "no finished build to update" in result.output
    assert run(str(old), "-o", str(tmp_path / "out")).exit_code == 0
    result = run(str(new), "--update", str(tmp_path / "out"), "--learned")
    assert result.exit_code == 1
    assert "was made with learned False, not True" in result.output
    result = run("--update", str(tmp_path / "out"))
    assert result.exit_code == 1 and "--update needs the paths" in result.output


def test_an_interrupted_build_resumes_where_it_stopped(tmp_path, corpus, parsed, monkeypatch):
    old, new = corpus
    whole, out = tmp_path / "whole", tmp_path / "out"
    assert run(str(old), str(new), "-o", str(whole), "--workers", "1").exit_code == 0
    (out).mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    monkeypatch.setattr(kg.corpus.shards, "PART_DOCUMENTS", 2)
    real = _interrupt_after(3, monkeypatch)
    result = run(str(old), str(new), "-o", str(out), "--workers", "1")
    assert result.exit_code == 130 and "run the same command with --resume" in result.output
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    monkeypatch.setattr(kg.folder, "read_corpus", real)
    parsed.clear()
    result = run(str(old), str(new), "-o", str(out), "--workers", "1", "--resume")
    assert result.exit_code == 0, result.output
    assert parsed == ["old-3.txt", "new-0.txt", "new-1.txt"]  # three were kept from the first
    assert _files(out) == _files(whole)
    assert not (out / "shards" / "running.json").exists()


def test_resume_checks_that_the_input_is_the_same(tmp_path, corpus, monkeypatch):
    old, new = corpus
    monkeypatch.setattr(kg.corpus.shards, "PART_DOCUMENTS", 2)
    real = _interrupt_after(2, monkeypatch)
    assert run(str(old), "-o", str(tmp_path / "out"), "--workers", "1").exit_code == 130
    monkeypatch.setattr(kg.folder, "read_corpus", real)
    result = run(str(new), "-o", str(tmp_path / "out"), "--resume")
    assert result.exit_code == 1
    assert "the input is not the interrupted build's: it read old-0.txt" in result.output
    # with nothing to resume, --resume builds from the start
    assert run(str(new), "-o", str(tmp_path / "fresh"), "--resume").exit_code == 0


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux's /proc")
def test_a_killed_build_resumes_to_the_same_output_and_leaves_no_worker(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(96):
        text = ARTICLES[number % len(ARTICLES)].replace("37", str(20 + number))
        (folder / f"{number:02}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    # parts of four documents, so that a kill mid-build leaves some
    command = [sys.executable, "-c", "import sys, kg.corpus.shards, kg.cli; "
               "kg.corpus.shards.PART_DOCUMENTS = 4; sys.argv[0] = 'kg'; kg.cli.main()",
               "build", str(folder), "-q", "--no-html", "-f", "nt", "--workers", "2"]  # fmt: skip
    whole = tmp_path / "whole"
    assert subprocess.run([*command, "-o", str(whole)], env=env).returncode == 0
    out = tmp_path / "out"
    process = subprocess.Popen([*command, "-o", str(out)], env=env)
    running = out / "shards" / "running.json"
    deadline = time.monotonic() + 120
    workers = []
    while time.monotonic() < deadline and process.poll() is None:
        # past the third part, with both workers seen: a loaded machine may show the
        # third part before the workers are found, or after they ended
        workers = _children(process.pid)
        if len(workers) == 2 and running.exists() and "-000003" in running.read_text("utf-8"):
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not (out / "graph.nt").exists(), "the build ended before it could be killed"
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers), "the workers outlived the killed build"
    resumed = subprocess.run([*command, "-o", str(out), "--resume"], env=env)
    assert resumed.returncode == 0
    assert _files(out) == _files(whole)
