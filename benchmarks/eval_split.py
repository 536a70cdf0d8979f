"""Score extraction on the articles worked on and, apart, on articles held out.

    python benchmarks/eval_split.py ../shared/eval/bbc --held-out benchmarks/bbc_held_out.txt
    python benchmarks/eval_split.py ../shared/eval/bbc --show working   # the misses to work on
    python benchmarks/eval_split.py benchmarks/gold/bbc-more --corpus ../shared/corpus/bbc

Each part is built as its own corpus (a folder of links to its gold files
and texts) and scored as ``kg eval`` scores a folder. The held-out part's
misses are never printed: its score alone says whether a change generalises.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from kg.builder import build
from kg.views.evaluate import format_report, load_gold, score_graph


def split(
    folder: Path, held_out: set[str], into: Path, corpus: Path | None = None
) -> dict[str, Path]:
    """Link the gold files of ``folder`` into a working and a held-out folder.

    The texts are beside the gold files, or, with ``corpus``, in the corpus
    under the path each gold file names.
    """
    parts = {"working": into / "working", "held-out": into / "held-out"}
    for part in parts.values():
        part.mkdir()
        if corpus is not None:
            for topic in corpus.iterdir():
                if topic.is_dir():
                    (part / topic.name).symlink_to(topic.resolve())
    for gold in sorted(folder.glob("*.json")):
        part = parts["held-out" if gold.stem in held_out else "working"]
        (part / gold.name).symlink_to(gold.resolve())
        if corpus is None:
            text = gold.with_suffix(".txt")
            (part / text.name).symlink_to(text.resolve())
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="a folder of gold annotations")
    parser.add_argument("--held-out", type=Path, help="a file listing held-out article names")
    parser.add_argument("--show", choices=["working"], help="list the working part's misses")
    parser.add_argument("--learned", action="store_true", help="also run the classifier")
    parser.add_argument("--corpus", type=Path, help="the folder the gold files' texts are in")
    args = parser.parse_args()
    names = set()
    if args.held_out:
        lines = args.held_out.read_text(encoding="utf-8").splitlines()
        names = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    with tempfile.TemporaryDirectory() as scratch:
        for part, folder in split(args.gold, names, Path(scratch), args.corpus).items():
            if not any(folder.glob("*.json")):
                continue
            gold = load_gold(folder)
            report = score_graph(build(gold.texts, learned=args.learned), gold)
            print(f"== {part} ({len(gold.texts)} articles)")
            print(format_report(report, show=args.show == part))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
