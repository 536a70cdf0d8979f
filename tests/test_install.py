"""A regular (non-editable) install carries the ontology, the lexicon and the example.

The wheel is installed into a new virtual environment that sees the
packages of the environment running the tests (spaCy, its model, rdflib),
wherever that is: the system interpreter, a virtual environment, or an
install from the source distribution.
"""

import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def dependency_folders() -> list[str]:
    """The folders this interpreter imports installed packages from (not the checkout)."""
    folders = [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    folders += site.getsitepackages()
    if site.ENABLE_USER_SITE:
        folders.append(site.getusersitepackages())
    # a virtual environment made with --system-site-packages also reads the base's
    folders += [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    return [f for f in dict.fromkeys(folders) if Path(f).is_dir()]


def new_environment(folder: Path) -> Path:
    """Make a virtual environment that finds this interpreter's packages; return its python."""
    venv.create(folder, with_pip=True)
    python = folder / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # a .pth file adds folders after the environment's own: an installed kg comes first,
    # and the .pth files of those folders (an editable kg among them) are not run
    (Path(purelib) / "dependencies.pth").write_text("\n".join(dependency_folders()) + "\n")
    return python


@pytest.mark.slow
def test_wheel_made_from_the_sdist_installs_and_builds_the_example(tmp_path):
    dist = tmp_path / "dist"
    # the source distribution first, then the wheel from it, as a package index would
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    sdist = next(dist.glob("kg-*.tar.gz"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(sdist)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("kg-*.whl"))
    env_dir = tmp_path / "env"
    python = new_environment(env_dir)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q", str(wheel)],
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
