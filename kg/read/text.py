"""Reading input: files and folders of news text become clean documents.

Plain text (``.txt``), Markdown (``.md``) and HTML (``.html``, ``.htm``) are
read (``read_file``, ``decode``); HTML is reduced to the text of its main
content. Where the documents come from (folders, collections, archives) is
``kg.read.sources``. Page furniture
("Share this article", cookie banners, "You might also like" lists) is
blanked out with spaces, so that character offsets into the cleaned text are
offsets into the text as read.
"""

import codecs
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import charset_normalizer

from ..errors import InputError
from ..knowledge.lexicon import Lexicon, load_lexicon

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class Document:
    """One article: a name that identifies it in the output, and its text."""

    name: str
    text: str


class InputWarning(UserWarning):
    """Something about an input the user should know: a file skipped, an encoding guessed."""


class SkippedFileWarning(InputWarning):
    """A file in a folder was skipped because it cannot be read."""


def read_file(path: Path, name: str | None = None) -> Document:
    """Read one file as a cleaned document, naming it ``name`` (default: the file name).

    Raises:
        InputError: the file cannot be read, is empty, binary or not UTF-8.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return read_bytes(data, name or path.name, path.suffix.lower(), where=path)


def read_bytes(data: bytes, name: str, suffix: str, where: Path | str | None = None) -> Document:
    """Read a file's bytes as a cleaned document: text, Markdown or HTML by ``suffix``.

    ``where`` names the file in messages (default: ``name``).

    Raises:
        InputError: the bytes are empty, binary or in no encoding that can be told.
    """
    where = where or name
    text = decode(data, where)
    if suffix in (".html", ".htm"):
        text = html_to_text(text)
    elif suffix in (".md", ".markdown"):
        text = markdown_to_text(text)
    if not text.strip():
        raise InputError(f"{where}: empty file, no text to read")
    return Document(name, clean_text(text))


#: encodings a news text may come in besides UTF-8, as charset-normalizer names them
_KNOWN_ENCODINGS = {
    "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1251", "koi8_r",
    "iso8859_5", "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1257", "mac_roman",
    "utf_16", "utf_16_le", "utf_16_be", "gb18030", "gb2312", "big5", "shift_jis",
    "cp932", "euc_jp", "euc_kr", "cp949",
}  # fmt: skip


def decode(data: bytes, path: Path | str) -> str:
    """Return the text of a file's bytes: UTF-8 (with or without BOM), UTF-16, or detected.

    A byte-order mark is taken at its word (as browsers do). A file that is
    not UTF-8 and has no BOM is read in the encoding
    charset-normalizer finds, when that is a known text encoding, with a
    warning naming it; otherwise it is refused.

    Raises:
        InputError: the bytes are binary or in no encoding that can be told.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: broken UTF-16 text at byte {exc.start}") from exc
    if b"\x00" in data:  # no text but UTF-16 (read above, by its BOM) holds NUL bytes
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = exc.start
    encoding = _guess_encoding(data)
    if encoding is None:
        raise InputError(
            f"{path}: not UTF-8 text (bad byte at offset {bad}) and its encoding cannot be "
            "told; convert it, e.g. with iconv -f latin1 -t utf-8"
        )
    warnings.warn(f"{path}: not UTF-8, read as {encoding}", InputWarning, stacklevel=3)
    return data.decode(encoding)


def _guess_encoding(data: bytes) -> str | None:
    """Return the encoding of non-UTF-8 text, or ``None`` when it cannot be told safely.

    Short texts fit several single-byte encodings about equally well; among
    the readings charset-normalizer finds least garbled, Windows-1252 (the
    Western European default, a superset of Latin-1's letters) is preferred;
    else the best reading is taken only if it is a known text encoding whose
    words look like a language.
    """
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= least + 0.05]
    if any("cp1252" in m.could_be_from_charset for m in plausible):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    best = plausible[0]
    if best.encoding in _KNOWN_ENCODINGS and best.coherence >= 0.3:
        return best.encoding
    return None


#: the most characters spaCy is given at once (a long news article): its
#: parser and tagger need about 1 GB of working memory per 100,000
#: characters, and ``nlp.pipe`` holds a batch of pieces at a time
CHUNK_CHARS = 10_000


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Cut a long text into pieces of at most ``size`` characters, with their offsets.

    Cuts fall at the last paragraph break before the limit, else the last
    line break, else the last sentence end (". "), else the last space, so
    that no sentence is cut where the text allows; a text without any is cut
    at the limit.
    """
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            found = window.rfind(mark)
            if found > 0:
                cut = found + len(mark)
                break
        cut = cut if cut > 0 else size
        yield start, text[start : start + cut]
        start += cut
    yield start, text[start:]


#: lines longer than this are never page furniture
FURNITURE_MAX_CHARS = 200


def clean_text(text: str, lexicon: Lexicon | None = None) -> str:
    """Blank out page furniture and soften upper-case datelines, keeping every offset.

    A dropped line is replaced by spaces of the same length; from a line
    that starts a related-links list ("You might also like") to the end,
    everything is blanked. A dateline such as "SEVILLE, Spain (AP) —" is
    rewritten "Seville, Spain (AP) —" so that the tagger sees a name.
    """
    lexicon = lexicon or load_lexicon()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out, ended = [], False
    for line in text.split("\n"):
        stripped = line.strip()
        # furniture is a short line: a paragraph that mentions "copyright" is text
        short = len(stripped) <= FURNITURE_MAX_CHARS
        if short and not ended and any(p.fullmatch(stripped) for p in lexicon.furniture_ends):
            ended = True
        if ended or (short and any(p.fullmatch(stripped) for p in lexicon.furniture_lines)):
            out.append(" " * len(line))
        else:
            out.append(_soften_dateline(line))
    return "\n".join(out)


_DATELINE = re.compile(r"^(\s*)([A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*)(?=,|\s+\(|\s+[—–-]\s)")


def _soften_dateline(line: str) -> str:
    match = _DATELINE.match(line)
    if not match or len(match.group(2)) < 3:
        return line
    words = re.sub(r"[A-Z][A-Z'’]*", lambda m: m.group(0).capitalize(), match.group(2))
    return line[: match.start(2)] + words + line[match.end(2) :]


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[*+-]\s+|\d+\.\s+)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")


def markdown_to_text(text: str) -> str:
    """Reduce Markdown to plain text: headings, lists, links and emphasis lose their marks."""
    lines = []
    for line in text.splitlines():
        line = _MD_MARK.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        lines.append(_MD_EMPHASIS.sub("", line))
    return "\n".join(lines)


class _MainText(HTMLParser):
    """Collects the visible text of a page, block by block, main content first."""

    SKIP = {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "template",
        "svg",
        "button",
        "select",
        "iframe",
        "figure",
    }
    MAIN = {"article", "main"}
    BLOCK = {
        "p",
        "div",
        "section",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "br",
        "tr",
        "blockquote",
        "dd",
        "dt",
        "pre",
        "title",
        "article",
        "main",
    }
    VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "col"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.blocks: list[tuple[bool, list[str]]] = [(False, [])]

    def _inside(self, names: set[str]) -> bool:
        return any(tag in names for tag in self.stack)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCK:
            self.blocks.append((self._inside(self.MAIN) or tag in self.MAIN, []))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in self.BLOCK:
            self.blocks.append((self._inside(self.MAIN), []))

    def handle_data(self, data: str) -> None:
        if self._inside(self.SKIP) or (self.stack and self.stack[-1] == "title"):
            return
        self.blocks[-1][1].append(data)


def html_to_text(html: str) -> str:
    """Return the main text of an HTML page, one block per paragraph.

    Scripts, styles, navigation, headers, footers and forms are dropped;
    when the page has an ``<article>`` or ``<main>`` element, only its text
    is kept.
    """
    parser = _MainText()
    parser.feed(html)
    parser.close()
    blocks = [(main, " ".join("".join(parts).split())) for main, parts in parser.blocks]
    blocks = [(main, text) for main, text in blocks if text]
    if any(main for main, _ in blocks):
        blocks = [(main, text) for main, text in blocks if main]
    return "\n\n".join(text for _, text in blocks)
