"""Writing a graph of a million triples or more: rdflib's Turtle against kg's streamed path.

    kg build ../shared/corpus/bbc -o /tmp/bench/bbc --no-html --no-validate -f nt
    python benchmarks/writing.py /tmp/bench/bbc --min-triples 1000000 --runs 3

The graph and provenance of a real build are repeated under distinct IRIs
until they pass ``--min-triples`` (as in ``query_engines.py``). Each way of
writing then starts from the same stream of rdflib terms, as a build
yields them, in a fresh process (so that each peak of memory is its own):

- ``rdflib``: the triples added to an ``rdflib.Graph``, serialised as
  Turtle (what kg did before: ``to_graph`` then ``serialize``);
- ``kg nt``: ``kg.rdf.nt_lines`` streamed to an N-Triples file;
- ``kg turtle``: the same, then pyoxigraph's streaming serialiser from that
  file to Turtle (what ``kg build`` does now);
- ``stream only``: the stream consumed and nothing written, the cost the
  three share.

Printed: the median time of each and its peak resident memory, as a Markdown
table, and the ratios to rdflib.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from query_engines import replicate

WRITE = """
import sys, time
from pathlib import Path
import pyoxigraph
from rdflib import BNode, Graph, Literal, URIRef
from kg.rdf.write import GRAPH_PREFIXES, _convert
from kg.rdf.ntriples import nt_lines

source, way, target = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])

def term(node):
    if isinstance(node, pyoxigraph.NamedNode):
        return URIRef(node.value)
    if isinstance(node, pyoxigraph.Literal):
        if node.language:
            return Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        plain = datatype == "http://www.w3.org/2001/XMLSchema#string"
        return Literal(node.value, datatype=None if plain else URIRef(datatype))
    return BNode(node.value)

def stream():
    for quad in pyoxigraph.parse(path=str(source), format=pyoxigraph.RdfFormat.N_TRIPLES):
        yield term(quad.subject), term(quad.predicate), term(quad.object)

started = time.perf_counter()
if way == "rdflib":
    graph = Graph()
    for triple in stream():
        graph.add(triple)
    graph.serialize(target, format="turtle", encoding="utf-8")
elif way in ("kg nt", "kg turtle"):
    lines = target.with_suffix(".nt")
    with open(lines, "w", encoding="utf-8") as handle:
        handle.writelines(nt_lines(stream()))
    if way == "kg turtle":
        _convert([(lines, None)], target, "turtle", GRAPH_PREFIXES)
else:
    for _ in stream():
        pass
print(time.perf_counter() - started)
"""

WAYS = ["stream only", "rdflib", "kg nt", "kg turtle"]


def run(source: Path, way: str, folder: Path) -> tuple[float, float]:
    """Write ``source`` one way in a fresh process; return its seconds and peak RSS in MB."""
    command = [sys.executable, "-c", WRITE, str(source), way, str(folder / "out.ttl")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"writing '{way}' failed")
    return float(output), usage.ru_maxrss / 1024


def main() -> None:
    """Run every way of writing ``--runs`` times and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="output folder of `kg build -f nt`")
    parser.add_argument("--min-triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "big.nt"
        total = replicate(args.folder, args.min_triples, source)
        results: dict[str, list[tuple[float, float]]] = {way: [] for way in WAYS}
        for number in range(args.runs):
            for way in WAYS:  # the ways take turns, so noise falls on each alike
                results[way].append(run(source, way, Path(tmp)))
                seconds, memory = results[way][-1]
                print(f"run {number + 1}: {way}: {seconds:.1f} s, {memory:.0f} MB", flush=True)
    print(f"\n{total:,} triples, median of {args.runs} runs\n")
    print("| way | time (s) | peak memory (MB) |")
    print("|---|---:|---:|")
    medians = {}
    for way in WAYS:
        seconds = statistics.median(s for s, _ in results[way])
        memory = statistics.median(m for _, m in results[way])
        medians[way] = seconds, memory
        print(f"| {way} | {seconds:.1f} | {memory:.0f} |")
    rdflib_time, rdflib_memory = medians["rdflib"]
    shared = medians["stream only"][0]
    for way in ("kg nt", "kg turtle"):
        seconds, memory = medians[way]
        print(f"\n{way}: {rdflib_time / seconds:.1f}x faster than rdflib "
              f"({(rdflib_time - shared) / (seconds - shared):.1f}x without the stream both "
              f"read), {rdflib_memory / memory:.1f}x less memory")  # fmt: skip


if __name__ == "__main__":
    main()
