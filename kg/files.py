"""Durable files: written whole or not at all, and published together.

Every file kg writes goes through a temporary file in the same folder,
flushed to disk and renamed over the old one, so a reader (or a crash) sees
the previous file or the new one, never a mix. A build writes its output
files into a staging folder first and renames them into place only when
all of them are written, so a failure midway (a full disk, a folder that
cannot be written) leaves every previous output file as it was.
"""

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: the prefix of the staging folders inside an output folder
STAGING_PREFIX = ".kg-staging-"


@contextmanager
def atomic_file(path: Path, binary: bool = False):
    """Open ``path`` for writing (text, or bytes) through a temporary file renamed on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        mode = {"mode": "wb"} if binary else {"mode": "w", "encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, **mode) as handle:
            yield handle
            # on disk before the rename: a crash never leaves an empty file under the name
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file private; give it the mode a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
        _sync_folder(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is still atomic
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so ``path`` is never half-written."""
    with atomic_file(path, binary=True) as handle:
        handle.write(data)


@contextmanager
def staging_folder(folder: Path) -> Iterator[Path]:
    """Yield a new empty folder inside ``folder``, removed with what is left in it at the end."""
    with tempfile.TemporaryDirectory(dir=folder, prefix=STAGING_PREFIX) as staging:
        yield Path(staging)


def publish(files: list[Path], folder: Path) -> list[Path]:
    """Move ``files`` (written whole in a staging folder) into ``folder``, keeping their names.

    Returns:
        The new paths, in the order given.
    """
    moved = []
    for file in files:
        target = Path(folder) / file.name
        os.replace(file, target)
        moved.append(target)
    _sync_folder(Path(folder))
    return moved


def remove_stale_staging(folder: Path) -> None:
    """Delete staging folders left in ``folder`` by builds that were killed.

    Call it only while holding the folder's build lock (``kg.lock``): then
    no live build is using them.
    """
    for leftover in Path(folder).glob(f"{STAGING_PREFIX}*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
