"""An output folder is owned by one build at a time.

``kg build -o OUT`` (and ``--update``, ``--resume``) holds an exclusive
``flock`` on ``OUT/.kg-build.lock`` from before it reads the folder's
records until its last file is renamed into place, then removes the file. A second build of the
same folder is refused at once, with the running build's process id, and
touches nothing. The kernel drops the lock of a process that dies however it
dies, so a lock file left by a killed build is taken over. Readers
(``kg query``, ``kg validate``) take no lock: every file a build writes is
renamed into place whole, so they read the previous complete files until
the new ones replace them.
"""

import errno
import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import KGError

NAME = ".kg-build.lock"


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
        fd = _lock(folder, folder / NAME)
    except OSError as exc:
        raise KGError(f"{folder}: cannot write the output folder ({_reason(exc)})") from exc
    try:
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        # removed while still locked: a build waiting on this file finds it gone and retries
        (folder / NAME).unlink(missing_ok=True)
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
