"""Time for graph.html to load and settle in headless Chromium, for a graph of N entities.

    python benchmarks/html_load.py --nodes 2000 --runs 3
    python benchmarks/html_load.py --graph /tmp/bench/bbc/graph.nt --max-nodes 2000

Without ``--graph`` the graph is synthetic but shaped like news: N entities
of the five classes, about 1.5 facts per entity between random pairs (fixed
seed). The page is written by ``kg.write_html``, opened from disk in
Debian's Chromium through Playwright, and timed from navigation until the
layout has settled and been frozen (``document.body.dataset.ready``).
Prints the median and every run.
"""

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.knowledge.vocab import KG
from kg.views.html import write_html

CLASSES = ["Person", "Organization", "Place", "CreativeWork", "Event"]
PROPERTIES = {
    ("Person", "Organization"): "worksFor",
    ("Organization", "Place"): "basedIn",
    ("Person", "Place"): "livesIn",
    ("Place", "Place"): "locatedIn",
    ("Person", "CreativeWork"): "actsIn",
}


def synthetic(nodes: int, seed: int = 0) -> Graph:
    """Return a graph of ``nodes`` entities and about 1.5 facts per entity."""
    rng = random.Random(seed)
    graph = Graph()
    entities = []
    for n in range(nodes):
        cls = CLASSES[n % len(CLASSES)]
        iri = URIRef(f"https://x.org/{cls.lower()}/{n}")
        graph.add((iri, RDF.type, KG[cls]))
        graph.add((iri, RDFS.label, Literal(f"{cls} {n}")))
        entities.append((iri, cls))
    facts = 0
    while facts < nodes * 3 // 2:
        (a, ca), (b, cb) = rng.choice(entities), rng.choice(entities)
        prop = PROPERTIES.get((ca, cb))
        if prop and a != b:
            graph.add((a, KG[prop], b))
            facts += 1
    return graph


def main() -> None:
    """Write the page once, then time ``--runs`` loads in a fresh browser each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000, help="entities of the synthetic graph")
    parser.add_argument("--graph", type=Path, help="a graph file to draw instead")
    parser.add_argument("--max-nodes", type=int, help="passed to write_html")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    graph = Graph().parse(args.graph) if args.graph else synthetic(args.nodes)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as folder:
        page_path = Path(folder) / "graph.html"
        write_html(graph, page_path, max_nodes=args.max_nodes)
        times = []
        with sync_playwright() as playwright:
            for _ in range(args.runs):
                browser = playwright.chromium.launch(
                    executable_path=chromium,
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                started = time.perf_counter()
                page.goto(page_path.as_uri())
                page.wait_for_function("document.body.dataset.ready === 'true'", timeout=600_000)
                times.append(time.perf_counter() - started)
                drawn = page.evaluate(
                    "[kg.network.body.nodeIndices.length, kg.network.body.edgeIndices.length]"
                )
                browser.close()
    print(f"{drawn[0]} entities and {drawn[1]} facts drawn")
    print(f"load and settle: median {statistics.median(times):.2f} s")
    print("runs: " + ", ".join(f"{t:.2f} s" for t in times))


if __name__ == "__main__":
    main()
