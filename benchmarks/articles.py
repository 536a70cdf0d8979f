"""The articles of a benchmark corpus: the files kg reads, in a fixed order."""

from pathlib import Path


def readable(corpus: Path) -> list[Path]:
    """Return the corpus' article files that are UTF-8, sorted.

    kg skips, with a warning, the one BBC file whose encoding cannot be
    told, so the benchmarks leave it out on every side alike; the corpus'
    own ``README.TXT`` is no article.
    """
    files = []
    for path in sorted(corpus.rglob("*.txt")):
        if path.name == "README.TXT":
            continue
        try:
            path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        files.append(path)
    return files
