"""A regular (non-editable) install carries the ontology, the lexicon and the example."""

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_install_builds_the_example(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("kg-*.whl"))
    env_dir = tmp_path / "env"
    # the dependencies (spaCy, its model, rdflib) come from this interpreter
    venv.create(env_dir, system_site_packages=True, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)],
        check=True,
        capture_output=True,
    )
    out = tmp_path / "out"
    # run outside the source tree, so the checkout's kg/ cannot be imported
    proc = subprocess.run(
        [
            str(python),
            "-c",
            "import kg, sys; from kg.resources import ontology_dir; print(ontology_dir());"
            "from kg.cli import main; sys.argv=['kg','build','-o',sys.argv[1],'-q']; main()",
            str(out),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert str(env_dir) in proc.stdout  # the ontology inside the installed package
    assert (out / "graph.ttl").read_bytes() == (ROOT / "output" / "graph.ttl").read_bytes()
