"""Durable files: written whole or not at all, published together, by one build at a time.

Every file kg writes goes through a temporary file in the same folder,
flushed to disk and renamed over the old one, so a reader (or a crash) sees
the previous file or the new one, never a mix. A build writes its output
files into a staging folder first and renames them into place only when
all of them are written, so a failure midway (a full disk, a folder that
cannot be written) leaves every previous output file as it was.

An output folder is owned by one build at a time: ``kg build -o OUT`` (and
``--update``, ``--resume``) holds an exclusive ``flock`` on
``OUT/.kg-build.lock`` from before it reads the folder's records until its
last file is renamed into place, then removes the file. A second build of
the same folder is refused at once, with the running build's process id,
and touches nothing. The kernel drops the lock of a process that dies
however it dies, so a lock file left by a killed build is taken over.
Readers (``kg query``, ``kg validate``) take no lock: they read the previous
complete files until the new ones replace them.
"""

import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import KGError

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

    Call it only while holding the folder's build lock (``kg.files``): then
    no live build is using them.
    """
    for leftover in Path(folder).glob(f"{STAGING_PREFIX}*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


# ------------------------------------------------------------------ one build a folder

LOCK_NAME = ".kg-build.lock"


class FolderBusyError(KGError):
    """Another build is writing into the same output folder."""


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the build lock of ``folder`` (created if missing) for the ``with`` block.

    The lock file is removed at the end, and the folder too when the block
    created it and left it empty (a build that failed at once leaves no trace).

    Raises:
        FolderBusyError: another running build holds it.
        KGError: the folder cannot be created or locked (a file, no permission).
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise KGError(f"{folder}: not a folder (a file has that name); give another -o")
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = _lock(folder, folder / LOCK_NAME)
    except OSError as exc:
        raise KGError(f"{folder}: cannot write the output folder ({_reason(exc)})") from exc
    try:
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        # removed while still locked: a build waiting on this file finds it gone and retries
        (folder / LOCK_NAME).unlink(missing_ok=True)
        os.close(fd)
        if created:
            try:
                folder.rmdir()  # only when empty
            except OSError:
                pass


def _lock(folder: Path, path: Path) -> int:
    """Open and lock ``path``; return its descriptor, which holds the lock until closed."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            owner = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise FolderBusyError(
                f"{folder}: another kg build (process {owner}) is writing this folder; "
                "wait for it to end, or build into another folder"
            ) from exc
        except OSError:
            os.close(fd)
            raise
        # the file may have been removed by the build that held it, after we opened it:
        # the lock counts only if it is still the file at that name
        try:
            same = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            # any process id in the file is a killed build's: the lock is ours now
            os.ftruncate(fd, 0)
            return fd
        os.close(fd)


def _reason(exc: OSError) -> str:
    return exc.strerror or errno.errorcode.get(exc.errno or 0, str(exc))
