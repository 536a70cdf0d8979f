"""kg build against spaCy alone, and kg build in 1 and N processes, in one run.

    python benchmarks/throughput.py ../shared/corpus/bbc --workers 1 2 --runs 3

Each measurement is a fresh process, timed from start to exit, on the same
documents (the corpus' readable files, linked into one folder):

- **spaCy alone**: ``spacy.load(MODEL)`` and ``nlp.pipe(texts, n_process=N,
  batch_size=16)`` over the files' texts, every ``Doc`` consumed;
- **kg build**: ``kg build FOLDER -o OUT --workers N --no-html
  --no-validate``, which reads, parses with the same pipeline plus kg's
  components, extracts, consolidates and writes Turtle and its records.

The runs alternate between the two, so that the machine's mood falls on
both alike. Printed: the median of each, the throughput ratio (spaCy's time
over kg's: 1.0 means kg costs nothing on top of the parse), and kg's
speed-up from 1 to N processes.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from articles import readable

from kg.extract.pipeline import DEFAULT_MODEL

BARE = """
import sys
from pathlib import Path
import spacy
files = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
nlp = spacy.load(sys.argv[2])
texts = (Path(f).read_text(encoding="utf-8") for f in files)
count = sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[3])))
assert count == len(files)
"""


def timed(command: list[str]) -> float:
    """Run ``command``; return its wall-clock time in seconds."""
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    """Measure both sides for each number of workers, alternating, and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, help="use only the first N files")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    files = readable(args.corpus)[: args.limit]
    kg = shutil.which("kg") or sys.exit("kg is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        for number, path in enumerate(files):
            link = folder / f"{number:06d}.txt"
            link.parent.mkdir(exist_ok=True)
            os.symlink(path.resolve(), link)
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(str(p) for p in sorted(folder.iterdir())), encoding="utf-8")
        times: dict[tuple[str, int], list[float]] = {}
        for run in range(args.runs):
            for workers in args.workers:
                bare = [sys.executable, "-c", BARE, str(listing), DEFAULT_MODEL, str(workers)]
                out = Path(tmp) / "out"
                shutil.rmtree(out, ignore_errors=True)
                build = [kg, "build", str(folder), "-o", str(out), "-q", "--workers", str(workers),
                         "--no-html", "--no-validate"]  # fmt: skip
                times.setdefault(("spacy", workers), []).append(timed(bare))
                times.setdefault(("kg", workers), []).append(timed(build))
                bare_s, kg_s = times["spacy", workers][-1], times["kg", workers][-1]
                print(
                    f"run {run + 1}, {workers} process(es): spaCy {bare_s:.1f} s, kg {kg_s:.1f} s",
                    flush=True,
                )
    median = {key: statistics.median(values) for key, values in times.items()}
    print(f"\n{len(files)} documents, median of {args.runs} runs\n")
    print("| processes | spaCy alone (s) | kg build (s) | ratio | kg docs/s |")
    print("|---:|---:|---:|---:|---:|")
    for workers in args.workers:
        bare, full = median["spacy", workers], median["kg", workers]
        rate = len(files) / full
        print(f"| {workers} | {bare:.1f} | {full:.1f} | {bare / full:.2f} | {rate:.1f} |")
    first, *rest = args.workers
    for workers in rest:
        speedup = median["kg", first] / median["kg", workers]
        print(f"\nkg build speed-up, {workers} processes against {first}: {speedup:.2f}x")


if __name__ == "__main__":
    main()
