"""The example queries on a graph of a million triples or more: pyoxigraph against rdflib.

    kg build ../shared/corpus/bbc -o /tmp/bbc --no-html --no-validate -f nt
    python benchmarks/query_engines.py /tmp/bbc --min-triples 1000000 --runs 5 \
        --substitute Roscosmos=Chelsea --substitute "Dmitri Rogozine=Jose Mourinho"

The graph and provenance of a real corpus (``graph.nt``, ``provenance.nt``)
are repeated under distinct entity IRIs until the total passes
``--min-triples``; the ontology is added; both engines load the same
N-Triples file and run every ``examples/queries/*.rq`` ``--runs`` times.
Medians and their ratio are printed as a Markdown table, with the load times.
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph
import rdflib

from kg.rdf.query import PREFIXES
from kg.resources import ontology_file

BASE = "https://w3id.org/kg/id/"
QUERIES = sorted((Path(__file__).resolve().parent.parent / "examples" / "queries").glob("*.rq"))


def replicate(folder: Path, min_triples: int, target: Path) -> int:
    """Write copies of the corpus' triples under distinct IRIs to ``target``; return the count."""
    lines = []
    for name in ("graph.nt", "provenance.nt"):
        lines += (folder / name).read_text(encoding="utf-8").splitlines(keepends=True)
    ontology = rdflib.Graph().parse(ontology_file()).serialize(format="nt")
    total = 0
    with target.open("w", encoding="utf-8") as out:
        out.write(ontology)
        total += len(ontology.splitlines())
        copy = 0
        while total < min_triples:
            prefix = BASE if copy == 0 else f"{BASE}copy{copy}/"
            out.writelines(line.replace(BASE, prefix) for line in lines)
            total += len(lines)
            copy += 1
    return total


def median_time(run, runs: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        size = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), size


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="output folder of `kg build -f nt`")
    parser.add_argument("--min-triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--substitute",
        action="append",
        default=[],
        metavar="OLD=NEW",
        help='replace a name in the queries, e.g. "Roscosmos=Chelsea" for a corpus without it',
    )
    args = parser.parse_args()
    substitutions = [pair.split("=", 1) for pair in args.substitute]

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "big.nt"
        total = replicate(args.folder, args.min_triples, data)

        started = time.perf_counter()
        store = pyoxigraph.Store()
        store.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_TRIPLES)
        oxigraph_load = time.perf_counter() - started

        started = time.perf_counter()
        graph = rdflib.Graph()
        graph.parse(data, format="nt")
        rdflib_load = time.perf_counter() - started

    print(f"{total:,} triples; load: pyoxigraph {oxigraph_load:.1f} s, ", end="")
    print(f"rdflib {rdflib_load:.1f} s\n")
    print("| query | rows | pyoxigraph (s) | rdflib (s) | rdflib / pyoxigraph |")
    print("|---|---:|---:|---:|---:|")
    ratios = []
    for path in QUERIES:
        text = path.read_text(encoding="utf-8")
        for old, new in substitutions:
            text = text.replace(f'"{old}"', f'"{new}"')
        oxigraph_s, rows = median_time(
            lambda text=text: len(list(store.query(text, prefixes=PREFIXES))), args.runs
        )
        rdflib_s, rdflib_rows = median_time(
            lambda text=text: len(list(graph.query(text))), args.runs
        )
        assert rows == rdflib_rows, f"{path.stem}: {rows} rows against {rdflib_rows}"
        ratios.append(rdflib_s / oxigraph_s)
        print(
            f"| {path.stem} | {rows} | {oxigraph_s:.4f} | {rdflib_s:.3f} | {ratios[-1]:,.0f} |",
            flush=True,
        )
    print(f"\nmedian ratio over the queries: {statistics.median(ratios):,.0f}")


if __name__ == "__main__":
    main()
