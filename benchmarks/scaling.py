"""kg build on 1x, 4x, 16x a corpus: time and peak memory as the corpus grows.

    python benchmarks/scaling.py ../shared/corpus/bbc --multiples 1 4 16 --workers 2

The corpus' readable articles are repeated under distinct names
(``copy01/business/001.txt`` ...; symbolic links, no copies), so that a
larger corpus has more text and more documents but the same distinct
entities. Each size is built by ``kg build FOLDER -o OUT --workers N -q -f
nt,turtle`` (the shapes checked and ``graph.html`` written, as by default)
in a fresh process, while the memory of the process and its workers is
sampled twice a second: the proportional set size (PSS, pages shared
between the forked workers counted once) summed over the tree, and the
largest resident set of one process. Printed: a Markdown table, the time
per doubling over the linear share, and the peak memory per 1,000 documents.
"""

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from articles import readable


def replicate(files: list[Path], corpus: Path, multiple: int, target: Path) -> int:
    """Link ``multiple`` copies of the files under ``target``; return how many documents."""
    for copy in range(1, multiple + 1):
        for path in files:
            link = target / f"copy{copy:02d}" / path.relative_to(corpus)
            link.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(path.resolve(), link)
    return len(files) * multiple


def _memory(process: psutil.Process) -> tuple[float, float]:
    """Return the PSS summed over a process and its children, and the largest RSS, in MB."""
    pss = largest = 0.0
    for member in [process, *process.children(recursive=True)]:
        try:
            info = member.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        pss += info.pss / 2**20
        largest = max(largest, info.rss / 2**20)
    return pss, largest


def measure(command: list[str]) -> tuple[float, float, float]:
    """Run ``command``; return its time, peak summed PSS and peak single RSS."""
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL)
    peak_pss = peak_rss = 0.0
    while process.poll() is None:
        pss, rss = _memory(process)
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.5)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with status {process.returncode}")
    return seconds, peak_pss, peak_rss


def main() -> None:
    """Build each multiple of the corpus and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--multiples", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--keep", type=Path, help="keep the largest build's output here")
    args = parser.parse_args()
    files = readable(args.corpus)
    kg = shutil.which("kg") or sys.exit("kg is not installed")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for multiple in args.multiples:
            folder, out = Path(tmp) / f"corpus{multiple}", Path(tmp) / f"out{multiple}"
            documents = replicate(files, args.corpus, multiple, folder)
            command = [kg, "build", str(folder), "-o", str(out), "-q", "-f", "nt,turtle",
                       "--workers", str(args.workers)]  # fmt: skip
            seconds, pss, rss = measure(command)
            triples = sum(1 for name in ("graph.nt", "provenance.nt") for _ in open(out / name))
            rows.append((multiple, documents, seconds, pss, rss, triples))
            print(f"{multiple}x: {documents} documents, {seconds:.0f} s, {pss:.0f} MB", flush=True)
            if args.keep and multiple == args.multiples[-1]:
                shutil.rmtree(args.keep, ignore_errors=True)
                shutil.copytree(out, args.keep, ignore=shutil.ignore_patterns("shards"))
            shutil.rmtree(out)
            shutil.rmtree(folder)
    print(f"\n{args.workers} worker process(es), one build per size\n")
    print("| size | documents | time (s) | docs/s | peak PSS, all processes (MB) "
          "| peak RSS, one process (MB) | triples written |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|")
    for multiple, documents, seconds, pss, rss, triples in rows:
        print(f"| {multiple}x | {documents:,} | {seconds:.0f} | {documents / seconds:.1f} "
              f"| {pss:.0f} | {rss:.0f} | {triples:,} |")  # fmt: skip
    for (m1, d1, t1, p1, _, _), (m2, d2, t2, p2, _, _) in zip(rows, rows[1:], strict=False):
        doublings = math.log2(m2 / m1)
        beyond = (t2 / t1 / (m2 / m1)) ** (1 / doublings)
        growth = (p2 - p1) / (d2 - d1) * 1000
        print(f"\n{m1}x to {m2}x: time per doubling {beyond:.2f}x the linear share; "
              f"peak memory {growth:+.1f} MB per 1,000 documents")  # fmt: skip


if __name__ == "__main__":
    main()
