"""Where documents come from: texts, files, folders, collections and archives, streamed.

``read_inputs`` turns what a user names into a stream of clean documents,
one at a time, so a corpus of any size is never all in memory:

- a ``Document`` or the text of an article;
- a file of news text (``.txt``, ``.md``, ``.html``; see ``kg.read.text``);
- a folder: its news text files, recursively, in sorted order;
- a collection of articles, one per record: JSON lines (``.jsonl``,
  ``.ndjson``) or CSV/TSV (``.csv``, ``.tsv``), optionally gzipped
  (``.gz``), with the text in the field ``text_field`` (or several fields,
  joined as paragraphs) and the name in ``id_field`` when records have one;
- a tar archive (``.tar``, ``.tar.gz``, ``.tgz``, ``.tar.bz2``,
  ``.tar.xz``) of news text files, read in archive order without unpacking.

A bad file in a folder or archive, or a bad record in a collection, is
skipped with a ``SkippedFileWarning``; a named path that cannot be read at
all raises ``InputError``.
"""

import csv
import gzip
import json
import os
import tarfile
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .text import (
    SUFFIXES,
    Document,
    InputWarning,
    SkippedFileWarning,
    clean_text,
    read_bytes,
    read_file,
)

COLLECTIONS = (".jsonl", ".ndjson", ".csv", ".tsv")
ARCHIVES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")


@dataclass(frozen=True)
class Fields:
    """Which fields of a collection's records hold an article's text and its name.

    Attributes:
        text: the field of the text, or several separated by commas
            ("title,body"), joined as paragraphs.
        id: the field of the document's name, used when a record has it
            (else the record's line number).
    """

    text: str = "text"
    id: str = "id"

    @property
    def text_fields(self) -> list[str]:
        """Return the text fields, in order."""
        return [f.strip() for f in self.text.split(",") if f.strip()]


def read_inputs(
    items: Iterable[str | Path | Document], fields: Fields = Fields()
) -> Iterator[Document]:
    """Turn paths, folders, collections, archives, raw strings and documents into documents.

    Args:
        items: each is a ``Document``, a ``Path``, or a string: an existing
            path, or else the text of an article.
        fields: the fields of collection records to read.

    Yields:
        One cleaned ``Document`` per article, lazily, folders in sorted order.

    Raises:
        InputError: a named path is missing or cannot be read.
    """
    for number, item in enumerate(items, start=1):
        if isinstance(item, Document):
            yield Document(item.name, clean_text(item.text))
        elif isinstance(item, Path) or (isinstance(item, str) and _looks_like_path(item)):
            yield from _read_path(Path(item), fields)
        elif isinstance(item, str):
            if not item.strip():
                raise InputError(f"text #{number} is empty")
            yield Document(f"text-{number}", clean_text(item))
        else:
            raise InputError(f"cannot read {type(item).__name__} #{number}: give a path or a str")


def count_documents(
    items: Iterable[str | Path | Document], fields: Fields = Fields()
) -> int | None:
    """Return about how many documents ``read_inputs`` will yield, without reading them.

    Files in folders and lines or rows of collections are counted (cheap
    next to reading them); ``None`` when an archive makes that costly.
    Unreadable files are counted too, so the count is an upper bound.
    """
    total = 0
    for item in items:
        if isinstance(item, Document) or not (isinstance(item, Path) or _looks_like_path(item)):
            total += 1
            continue
        path = Path(item)
        kind = _kind(path)
        if path.is_dir():
            total += sum(1 for _ in _walk(path, warn=False))
        elif kind == "archive":
            return None
        elif kind == "collection":
            try:
                total += _count_records(path)
            except (OSError, EOFError, gzip.BadGzipFile, csv.Error):
                pass  # said when it is read
        else:
            total += 1
    return total


def unique_names(documents: Iterable[Document], taken: set[str]) -> Iterator[Document]:
    """Give each document a name no other has: a repeated one gets " (2)", " (3)" and so on.

    Two folders may both hold ``business/001.txt``; each document must be
    one node of the provenance. ``taken`` holds the names used so far and
    grows with the documents yielded.
    """
    for document in documents:
        name, number = document.name, 2
        while name in taken:
            name, number = f"{document.name} ({number})", number + 1
        if name != document.name:
            message = f"{document.name}: a document of that name was read before; named {name}"
            warnings.warn(message, InputWarning, stacklevel=2)
            document = Document(name, document.text)
        taken.add(name)
        yield document


def _looks_like_path(text: str) -> bool:
    """Tell a path from an article's text: one line, and an existing file or a file-like name."""
    if "\n" in text or len(text) > 4096:
        return False
    file_like = text.lower().endswith(SUFFIXES + COLLECTIONS + ARCHIVES + (".gz",)) or (
        "/" in text and " " not in text
    )
    # os.path.exists, not Path.exists: a long line is no file name, not an OSError
    return file_like or os.path.exists(text)


def _kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(ARCHIVES):
        return "archive"
    if name.removesuffix(".gz").endswith(COLLECTIONS):
        return "collection"
    return "file"


def _read_path(path: Path, fields: Fields) -> Iterator[Document]:
    if path.is_dir():
        found = False
        for file in _walk(path, warn=True):
            found = True
            try:
                yield read_file(file, name=file.relative_to(path).as_posix())
            except InputError as exc:
                warnings.warn(f"skipped {exc}", SkippedFileWarning, stacklevel=2)
        if not found:
            raise InputError(f"{path}: no .txt, .md or .html files in this folder")
    elif path.is_file():
        kind = _kind(path)
        if kind == "archive":
            yield from _read_archive(path)
        elif kind == "collection":
            yield from _read_collection(path, fields)
        else:
            yield read_file(path)
    elif path.exists():
        raise InputError(f"{path}: not a regular file or folder")
    else:
        raise InputError(f"{path}: no such file or folder")


def _walk(folder: Path, warn: bool) -> Iterator[Path]:
    """Yield the news text files under ``folder`` in sorted path order, one folder at a time.

    Symbolic links to folders are not followed (they may loop); a broken
    link is said when ``warn``.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        if warn:
            message = f"skipped {folder}: cannot list the folder ({exc.strerror})"
            warnings.warn(message, SkippedFileWarning, stacklevel=3)
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, warn)
        elif path.suffix.lower() in SUFFIXES:
            if entry.is_file():
                yield path
            elif warn and entry.is_symlink() and not path.exists():
                message = f"skipped {path}: broken symbolic link"
                warnings.warn(message, SkippedFileWarning, stacklevel=3)


def _read_archive(path: Path) -> Iterator[Document]:
    """Yield the news text files of a tar archive, in archive order, streaming."""
    try:
        with tarfile.open(path, mode="r|*") as archive:
            for member in archive:
                if not member.isfile() or Path(member.name).suffix.lower() not in SUFFIXES:
                    continue
                name = f"{path.name}/{member.name.removeprefix('./')}"
                handle = archive.extractfile(member)
                try:
                    yield read_bytes(handle.read(), name, Path(member.name).suffix.lower())
                except InputError as exc:
                    warnings.warn(f"skipped {exc}", SkippedFileWarning, stacklevel=2)
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise InputError(f"{path}: not a readable tar archive ({exc})") from exc


def _open_binary(path: Path):
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")


def _count_records(path: Path) -> int:
    with _open_binary(path) as handle:
        if path.name.lower().removesuffix(".gz").endswith((".csv", ".tsv")):
            return max(0, sum(1 for _ in _csv_rows(path, handle)) - 1)
        return sum(1 for line in handle if line.strip())


def _read_collection(path: Path, fields: Fields) -> Iterator[Document]:
    """Yield one document per record of a JSON lines or CSV/TSV file."""
    is_csv = path.name.lower().removesuffix(".gz").endswith((".csv", ".tsv"))
    try:
        with _open_binary(path) as handle:
            records = _csv_records(path, handle) if is_csv else _json_records(path, handle)
            first = True
            for where, record in records:
                try:
                    yield _record_document(path, where, record, fields)
                except InputError as exc:
                    if first:  # the first record already lacks the field: a wrong --text-field
                        raise
                    warnings.warn(f"skipped {exc}", SkippedFileWarning, stacklevel=2)
                first = False
    except (OSError, EOFError, gzip.BadGzipFile, csv.Error) as exc:
        raise InputError(f"{path}: cannot read the collection ({exc})") from exc


def _json_records(path: Path, handle) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            reason = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else f"not JSON ({exc.msg})"
            warnings.warn(f"skipped {path}:{number}: {reason}", SkippedFileWarning, stacklevel=3)
            continue
        if not isinstance(record, dict):
            message = f"skipped {path}:{number}: not a JSON object"
            warnings.warn(message, SkippedFileWarning, stacklevel=3)
            continue
        yield number, record


def _csv_rows(path: Path, handle) -> Iterator[list[str]]:
    # an article is a long field: lift the csv module's limit of 131,072 characters
    csv.field_size_limit(2**31 - 1)
    delimiter = "\t" if path.name.lower().removesuffix(".gz").endswith(".tsv") else ","
    lines = (line.decode("utf-8-sig" if number == 0 else "utf-8") for number, line in
             enumerate(handle))  # fmt: skip
    try:
        yield from csv.reader(lines, delimiter=delimiter)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 (byte {exc.start} of a line); convert it, e.g. with iconv"
        ) from exc


def _csv_records(path: Path, handle) -> Iterator[tuple[int, dict]]:
    rows = _csv_rows(path, handle)
    header = next(rows, None)
    if not header:
        raise InputError(f"{path}: empty file, no header row")
    for number, row in enumerate(rows, start=2):
        yield number, dict(zip(header, row, strict=False))


def _record_document(path: Path, where: int, record: dict, fields: Fields) -> Document:
    """Return the document of one record, named by its id field or its line number."""
    missing = [f for f in fields.text_fields if f not in record]
    if missing:
        raise InputError(
            f"{path}:{where}: no field '{missing[0]}' (its fields: "
            f"{', '.join(map(str, list(record)[:10]))}); name the text with --text-field"
        )
    values = [record[f] for f in fields.text_fields]
    if not all(isinstance(v, str) for v in values):
        raise InputError(f"{path}:{where}: the text field is not a string")
    text = "\n\n".join(v for v in values if v.strip())
    if not text.strip():
        raise InputError(f"{path}:{where}: empty text")
    key = record.get(fields.id)
    name = f"{path.name}/{key if isinstance(key, (str, int)) and str(key) else where}"
    return Document(name, clean_text(text))
