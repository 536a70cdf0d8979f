import warnings
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read.sources import read_inputs
from kg.read.text import (
    Document,
    InputWarning,
    SkippedFileWarning,
    chunks,
    clean_text,
    html_to_text,
    markdown_to_text,
    read_file,
)


def test_furniture_lines_are_blanked_and_offsets_kept():
    text = "Headline\nShare this article\nBody text here.\n"
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    assert "Share" not in cleaned
    assert cleaned.index("Body") == text.index("Body")


def test_related_links_list_ends_the_article():
    text = "Body text.\n\nYou might also like\n\nRussia launches a probe\n"
    cleaned = clean_text(text)
    assert "Russia" not in cleaned
    assert "Body text." in cleaned


def test_cookie_banner_is_dropped():
    assert "cookies" not in clean_text("We use cookies to improve your experience.\nBody.")


def test_upper_case_dateline_is_softened_in_place():
    assert clean_text("SEVILLE, Spain (AP) — Betis won.") == "Seville, Spain (AP) — Betis won."
    assert clean_text("MEXICO CITY (AP) — x").startswith("Mexico City (AP)")


def test_html_main_text_only():
    page = (
        "<html><head><title>T</title><script>var x = '<p>no</p>';</script></head>"
        "<body><nav>Home | News</nav><article><h1>Big news</h1>"
        "<p>Alice &amp; Bob went <b>to</b> Paris.</p></article>"
        "<footer>Contact us</footer></body></html>"
    )
    text = html_to_text(page)
    assert "Alice & Bob went to Paris." in text
    assert "Big news" in text
    assert "Home" not in text and "Contact" not in text and "var x" not in text


def test_markdown_marks_are_removed():
    text = markdown_to_text("# Title\n\nSee [the report](http://x.org) by **Ann Lee**.")
    assert text == "Title\n\nSee the report by Ann Lee."


def test_read_file_kinds(tmp_path):
    (tmp_path / "a.html").write_text("<p>Ann Lee lives in Oslo.</p>", encoding="utf-8")
    (tmp_path / "b.md").write_text("## Ann Lee\n", encoding="utf-8")
    assert read_file(tmp_path / "a.html").text == "Ann Lee lives in Oslo."
    assert read_file(tmp_path / "b.md").text == "Ann Lee"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        ("Президент России встретился с премьером.".encode("koi8_r"), "encoding cannot be told"),
        (b"\xff\xfeA", "broken UTF-16"),
    ],
)
def test_bad_files_raise_input_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_file(path)


def test_missing_path():
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_inputs([Path("/no/such/file.txt")]))


def test_folder_skips_bad_files_with_a_warning(tmp_path):
    (tmp_path / "good.txt").write_text("Ann Lee lives in Oslo.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        documents = list(read_inputs([tmp_path]))
    assert [d.name for d in documents] == ["good.txt"]
    assert any(issubclass(w.category, InputWarning) and "bad.txt" in str(w.message) for w in caught)


def test_raw_text_and_documents():
    documents = list(read_inputs(["Ann Lee lives in Oslo.", Document("mine", "Text.")]))
    assert [d.name for d in documents] == ["text-1", "mine"]


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Café Müller in Zürich hired Angela Weiß, déjà célèbre.", "cp1252"),
        ("Café Müller in Zürich hired Angela Weiß, déjà célèbre.", "latin-1"),
        ("Zoë’s “quoted” café — déjà vu in Málaga.", "cp1252"),
        ("Президент России Владимир Путин встретился с премьером в Москве.", "cp1251"),
        ("Café Müller in Zürich — 東京 and Москва.", "utf-16"),
        ("Café Müller in Zürich — 東京 and Москва.", "utf-8-sig"),
    ],
)
def test_encodings_are_read_without_mojibake(tmp_path, text, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert read_file(path).text == text
    guessed = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
    # a guessed encoding is said; UTF-8 and UTF-16 with a BOM need no guess
    assert bool(guessed) == (encoding not in ("utf-16", "utf-8-sig"))


def test_broken_links_and_unreadable_files_are_skipped_and_said(tmp_path):
    (tmp_path / "good.txt").write_text("Ann Lee lives in Oslo.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 4)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        documents = list(read_inputs([tmp_path]))
    assert [d.name for d in documents] == ["good.txt"]
    skipped = sorted(str(w.message) for w in caught if issubclass(w.category, SkippedFileWarning))
    assert len(skipped) == 2
    assert "broken symbolic link" in skipped[0] and "binary file" in skipped[1]


def test_long_texts_are_cut_between_paragraphs_then_sentences():
    text = ("First sentence here. Second one follows.\n\n" * 50) + "x" * 250
    pieces = list(chunks(text, size=100))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 100 for _, p in pieces)
    offsets = [sum(len(p) for _, p in pieces[:n]) for n in range(len(pieces))]
    assert [o for o, _ in pieces] == offsets
    assert all(p.endswith("\n\n") for _, p in pieces[:25])  # paragraphs kept whole
    assert [len(p) for _, p in pieces[25:]] == [100, 100, 50]  # no break: cut at the limit
    one_line = "Ann Lee spoke. " * 100_000  # 1.5 million characters, no line break
    cut = list(chunks(one_line, size=100_000))
    assert len(cut) == 16 and all(len(p) <= 100_000 and p.endswith(". ") for _, p in cut[:-1])


def test_a_long_line_is_never_furniture():
    paragraph = "The court heard the copyright case of Anna Berg against Acme Corp. " * 5
    assert clean_text(paragraph) == paragraph
    assert clean_text("Copyright 2024 Acme Corp").strip() == ""


def test_a_file_that_cannot_be_opened_is_skipped(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text("Ann Lee lives in Oslo.", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("Secret.", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":  # what chmod 000 does to anyone but root
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        documents = list(read_inputs([tmp_path]))
    assert [d.name for d in documents] == ["good.txt"]
    assert any("locked.txt: cannot read (Permission denied)" in str(w.message) for w in caught)
