"""A build's records on disk: written as it goes, resumed after an interruption, extended later.

``kg build CORPUS -o OUT`` keeps the record of every document it reads
(``kg.corpus.records``) in ``OUT/shards/``, a gzipped JSON-lines part file per
batch of about ``PART_DOCUMENTS`` documents (or ``PART_SECONDS`` seconds of
work), each written whole to a temporary file and renamed. The graph files
are made from the records at the end, so the records are what a build
*is*; the graph files can always be made again from them.

- ``manifest.json`` describes the last finished build: its settings, its
  parts in order and its number of documents.
- ``running.json`` describes a build in progress: what it adds to (nothing,
  or the finished build for ``--update``) and its own parts so far.

A build killed at any moment leaves the previous graph files and the
finished build's records as they were; ``--resume`` continues from the
parts already written; ``--update`` reads only new documents and makes
the graph files again from the old records and the new ones, which gives
the same files as a full rebuild of the old documents followed by the new.
"""

import gzip
import json
import secrets
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KGError
from ..files import atomic_file
from ..model import DocumentRecord
from .records import from_json, to_json

FOLDER = "shards"
MANIFEST = "manifest.json"
RUNNING = "running.json"
#: the layout of the files; a build made with another cannot be extended
LAYOUT = 1
PART_DOCUMENTS = 500
PART_SECONDS = 30.0


@dataclass
class Run:
    """A build in progress: the parts it starts from and the parts it has written.

    Attributes:
        folder: the shards folder.
        name: this run's name, the prefix of its parts.
        settings: what the records depend on (pipeline, classifier, kg version).
        base: the finished build's parts it extends (``--update``), else none.
        parts: its own parts so far, in order.
        documents: the number of documents in its own parts.
    """

    folder: Path
    name: str
    settings: dict
    base: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    documents: int = 0
    base_documents: int = 0

    def records(self) -> Iterator[DocumentRecord]:
        """Yield every record of the build so far, in order: the base's, then this run's."""
        yield from self.base_records()
        yield from self.own_records()

    def base_records(self) -> Iterator[DocumentRecord]:
        """Yield the records of the finished build this run extends, in order."""
        for part in self.base:
            yield from read_part(self.folder / part)

    def own_records(self) -> Iterator[DocumentRecord]:
        """Yield the records this run has written so far, in order."""
        for part in list(self.parts):
            yield from read_part(self.folder / part)

    def writer(self) -> "PartWriter":
        """Return a writer that adds records to this run in new parts."""
        return PartWriter(self)

    def _save(self) -> None:
        state = {
            "layout": LAYOUT,
            "name": self.name,
            "settings": self.settings,
            "base": self.base,
            "base_documents": self.base_documents,
            "parts": self.parts,
            "documents": self.documents,
        }
        _write_json(self.folder / RUNNING, state)

    def finish(self) -> None:
        """Make this run the finished build, and delete the parts no build needs any more."""
        parts = self.base + self.parts
        manifest = {
            "layout": LAYOUT,
            "settings": self.settings,
            "parts": parts,
            "documents": self.base_documents + self.documents,
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_json(self.folder / MANIFEST, manifest)
        (self.folder / RUNNING).unlink(missing_ok=True)
        keep = set(parts)
        for stale in self.folder.glob("*.jsonl.gz"):
            if stale.name not in keep:
                stale.unlink()


class PartWriter:
    """Buffers records and writes them out as parts, durably, every so many or so often."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.buffer: list[str] = []
        self.since = time.monotonic()

    def write(self, record: DocumentRecord) -> None:
        """Add one record; a part is written when enough have come or enough time has passed."""
        self.buffer.append(to_json(record))
        if len(self.buffer) >= PART_DOCUMENTS or time.monotonic() - self.since >= PART_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the buffered records as a part, then record the part in ``running.json``."""
        if not self.buffer:
            return
        name = f"{self.run.name}-{len(self.run.parts) + 1:06d}.jsonl.gz"
        self.run.folder.mkdir(parents=True, exist_ok=True)
        with atomic_file(self.run.folder / name, binary=True) as handle:
            with gzip.GzipFile(fileobj=handle, mode="wb", compresslevel=5, mtime=0) as packed:
                packed.write("".join(f"{line}\n" for line in self.buffer).encode("utf-8"))
        self.run.parts.append(name)
        self.run.documents += len(self.buffer)
        self.run._save()
        self.buffer = []
        self.since = time.monotonic()

    def __enter__(self) -> "PartWriter":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        # the records read before an interruption are kept too, for --resume
        self.flush()


def read_part(path: Path) -> Iterator[DocumentRecord]:
    """Yield the records of one part file."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                yield from_json(line)
    except (OSError, EOFError, ValueError, KeyError) as exc:
        raise KGError(f"{path}: a damaged part of the build's records ({exc}); rebuild") from exc


def start(output: Path, settings: dict, update: bool = False, resume: bool = False) -> Run:
    """Start, resume or extend the build whose records are in ``output/shards``.

    Args:
        output: the output folder.
        settings: what the records depend on; a resumed or extended build
            must have been made with the same.
        update: add to the finished build instead of replacing it.
        resume: continue the build in progress (fresh or update), if there
            is one, instead of starting again.

    Raises:
        KGError: there is nothing to update, or the settings differ.
    """
    folder = Path(output) / FOLDER
    running = _read_json(folder / RUNNING)
    if resume and running is not None:  # with nothing to resume, a build starts afresh
        _check(running, settings, output, "the interrupted build")
        run = Run(folder, running["name"], settings, running["base"], running["parts"])
        run.documents, run.base_documents = running["documents"], running["base_documents"]
        missing = [p for p in run.base + run.parts if not (folder / p).is_file()]
        if missing:
            raise KGError(f"{folder}: part {missing[0]} is missing; rebuild without --resume")
        return run
    base, base_documents = [], 0
    if update:
        manifest = _read_json(folder / MANIFEST)
        if manifest is None:
            raise KGError(f"{output}: no finished build to update (build it first)")
        if running is not None:
            raise KGError(f"{output}: a build was interrupted there; finish it with --resume first")
        _check(manifest, settings, output, "its build")
        base, base_documents = manifest["parts"], manifest["documents"]
    # nothing is written until the first part is: a build that fails at once leaves no trace
    return Run(folder, secrets.token_hex(4), settings, base, base_documents=base_documents)


def _check(state: dict, settings: dict, output: Path, what: str) -> None:
    if state.get("layout") != LAYOUT:
        raise KGError(f"{output}: {what} was made by another version of kg; rebuild it")
    for key, value in settings.items():
        if state["settings"].get(key) != value:
            raise KGError(
                f"{output}: {what} was made with {key} {state['settings'].get(key)!r}, "
                f"not {value!r}; give the same, or rebuild"
            )


def _read_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise KGError(f"{path}: unreadable ({exc}); delete the folder and rebuild") from exc


def _write_json(path: Path, data: dict) -> None:
    with atomic_file(path) as handle:
        json.dump(data, handle, indent=1)
