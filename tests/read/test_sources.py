"""Where documents come from: folders, JSON lines, CSV, tar archives, streamed."""

import gzip
import io
import json
import tarfile
import warnings

import pytest

from kg.errors import InputError
from kg.read.sources import Fields, count_documents, read_inputs, unique_names
from kg.read.text import Document, SkippedFileWarning

ANNA = "Anna Berg lives in Duluth."
OLE = "Ole Nilsen works for Statoil."


def _read(items, fields=None):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        documents = list(read_inputs(items, fields or Fields()))
    return documents, [str(w.message) for w in caught if issubclass(w.category, SkippedFileWarning)]


def test_json_lines_by_field_named_by_id_or_line(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": ANNA}),
        "",
        json.dumps({"text": OLE, "lang": "en"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, skipped = _read([path])
    assert [(d.name, d.text) for d in documents] == [("news.jsonl/a1", ANNA), ("news.jsonl/3", OLE)]
    assert not skipped
    assert count_documents([path]) == 2


def test_several_text_fields_are_paragraphs_and_gzip_is_read(tmp_path):
    path = tmp_path / "news.jsonl.gz"
    record = {"slug": "x", "title": "Berg moves", "body": ANNA}
    path.write_bytes(gzip.compress((json.dumps(record) + "\n").encode("utf-8")))
    documents, _ = _read([path], Fields(text="title,body", id="slug"))
    assert [(d.name, d.text) for d in documents] == [("news.jsonl.gz/x", f"Berg moves\n\n{ANNA}")]


def test_bad_records_are_skipped_but_a_wrong_field_is_an_error(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [json.dumps({"text": ANNA}), "{not json", "[1, 2]", json.dumps({"body": OLE}),
             json.dumps({"text": 3}), json.dumps({"text": OLE})]  # fmt: skip
    path.write_text("\n".join(lines), encoding="utf-8")
    documents, skipped = _read([path])
    assert [d.text for d in documents] == [ANNA, OLE]
    assert [s.split(": ", 1)[1] for s in skipped] == [
        "not JSON (Expecting property name enclosed in double quotes)",
        "not a JSON object",
        "no field 'text' (its fields: body); name the text with --text-field",
        "the text field is not a string",
    ]
    with pytest.raises(InputError, match=r"news.jsonl:1: no field 'body' \(its fields: text\)"):
        _read([path], Fields(text="body"))


def test_csv_and_tsv_with_long_quoted_fields(tmp_path):
    long_text = (ANNA + " ") * 20_000  # over the csv module's default field limit
    path = tmp_path / "news.csv"
    path.write_text(
        'id,text\nn1,"' + long_text + '"\nn2,"She said ""yes"",\nthen left."\n',
        encoding="utf-8-sig",
    )
    documents, _ = _read([path])
    assert [d.name for d in documents] == ["news.csv/n1", "news.csv/n2"]
    assert documents[0].text == long_text and documents[1].text == 'She said "yes",\nthen left.'
    assert count_documents([path]) == 2
    tsv = tmp_path / "news.tsv"
    tsv.write_text(f"headline\tstory\nH\t{OLE}\n", encoding="utf-8")
    documents, _ = _read([tsv], Fields(text="story"))
    assert [(d.name, d.text) for d in documents] == [("news.tsv/2", OLE)]
    with pytest.raises(InputError, match="no field 'text'"):
        _read([tsv])


def test_tar_archive_is_streamed_in_archive_order(tmp_path):
    path = tmp_path / "news.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, data in [
            ("b/2.txt", OLE.encode()),
            ("a/1.html", f"<p>{ANNA}</p>".encode()),
            ("a/skip.jpg", b"\xff\xd8"),
            ("a/empty.txt", b""),
        ]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    documents, skipped = _read([path])
    assert [(d.name, d.text) for d in documents] == [
        ("news.tar.gz/b/2.txt", OLE),
        ("news.tar.gz/a/1.html", ANNA),
    ]
    assert skipped == ["skipped news.tar.gz/a/empty.txt: empty file, no text to read"]
    assert count_documents([path]) is None  # counting would mean reading it all
    (tmp_path / "broken.tgz").write_bytes(b"not a tar file")
    with pytest.raises(InputError, match="broken.tgz: not a readable tar archive"):
        _read([tmp_path / "broken.tgz"])


def test_folders_are_walked_in_sorted_order_lazily(tmp_path):
    for name in ["b.txt", "a/z.txt", "a.txt", "a/b/c.md", "notes.csv"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ANNA, encoding="utf-8")
    stream = read_inputs([tmp_path])
    assert next(stream).name == "a/b/c.md"  # the first, before the rest is listed
    assert [d.name for d in stream] == ["a/z.txt", "a.txt", "b.txt"]
    assert count_documents([tmp_path, "Some text.", Document("d", "x")]) == 6


def test_repeated_names_are_made_unique():
    documents = [Document("one.txt", ANNA), Document("one.txt", OLE), Document("two", ANNA)]
    taken = {"two"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        names = [d.name for d in unique_names(documents, taken)]
    assert names == ["one.txt", "one.txt (2)", "two (2)"]
    assert taken == {"one.txt", "one.txt (2)", "two", "two (2)"}
    assert "one.txt: a document of that name was read before" in str(caught[0].message)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg lives in Duluth and works for Acme. " * 20,  # a one-line article
        "x" * 300,  # longer than a file name may be
        "Anna Berg\x00 lives in Duluth.",  # no path holds a NUL
    ],
)
def test_a_text_on_one_line_is_read_as_text_whatever_its_length(text):
    documents = list(read_inputs([text]))
    assert [d.name for d in documents] == ["text-1"]
