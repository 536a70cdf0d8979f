"""Time for graph.html to open in headless Chromium, and what its first view shows.

    kg build ../shared/corpus/bbc -o /tmp/bbc
    python benchmarks/html_load.py --page /tmp/bbc/graph.html --runs 3
    python benchmarks/html_load.py --nodes 2000 --runs 3

``--page`` opens a page ``kg build`` wrote; otherwise the page is written
by ``kg.write_html`` from ``--graph`` or from a synthetic graph shaped like
news: N entities of the five classes, about 1.5 facts per entity between
random pairs (fixed seed). The page is opened from disk in Debian's
Chromium through Playwright and timed from navigation until it is drawn
(``document.body.dataset.ready``). Then, in the same page: how many
entities the first view shows and the share that take part in a visible
fact; and the time of a search (the best-connected entity's neighbourhood),
of the document filter and of the switch that shows the entities in no fact.
Prints medians and every run.
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
    parser.add_argument("--page", type=Path, help="a graph.html to open as it is")
    parser.add_argument("--nodes", type=int, default=2000, help="entities of the synthetic graph")
    parser.add_argument("--graph", type=Path, help="a graph file to draw instead")
    parser.add_argument("--max-nodes", type=int, help="passed to write_html")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as folder:
        page_path = args.page
        if page_path is None:
            graph = Graph().parse(args.graph) if args.graph else synthetic(args.nodes)
            page_path = Path(folder) / "graph.html"
            write_html(graph, page_path, max_nodes=args.max_nodes)
        runs = []
        with sync_playwright() as playwright:
            for _ in range(args.runs):
                browser = playwright.chromium.launch(
                    executable_path=chromium,
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                errors = []
                page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
                started = time.perf_counter()
                page.goto(page_path.resolve().as_uri())
                page.wait_for_function("document.body.dataset.ready === 'true'", timeout=600_000)
                loaded = time.perf_counter() - started
                runs.append({"load": loaded, **page.evaluate(INTERACTIONS), "errors": errors})
                browser.close()
    first = runs[0]
    print(f"{first['entities']} entities and {first['facts']} facts in the page")
    print(
        f"first view: {first['shown']} entities, {first['inFacts'] / max(first['shown'], 1):.1%}"
        f" of them in a visible fact, {first['labelled']} labelled"
    )
    for key, what in [
        ("load", "open and draw"),
        ("search", "search → neighbourhood"),
        ("documents", "document filter"),
        ("alone", "show entities in no fact"),
    ]:
        times = [run[key] for run in runs]
        print(
            f"{what}: median {statistics.median(times):.2f} s"
            f" (runs: {', '.join(f'{t:.2f}' for t in times)})"
        )
    print("page errors: " + (", ".join(e for run in runs for e in run["errors"]) or "none"))


#: run in the opened page: the first view's figures, then each interaction timed
INTERACTIONS = """(() => {
  const seconds = (work) => {
    const t = performance.now();
    work();
    return (performance.now() - t) / 1000;
  };
  const shown = kg.visible();
  const facts = kg.data.edges.filter((e) => kg.visibleFacts().includes(e.id));
  const inFacts = new Set(facts.flatMap((e) => [e.from, e.to]));
  const scale = kg.network.getScale();
  const labelled = shown.filter((id) => (kg.nodes.get(id).font || {size: 14}).size * scale >= 7);
  const best = kg.data.nodes.reduce((a, b) => (b.degree > a.degree ? b : a));
  const result = {
    entities: kg.data.nodes.length, facts: kg.data.edges.length, shown: shown.length,
    inFacts: shown.filter((id) => inFacts.has(id)).length, labelled: labelled.length,
  };
  result.search = seconds(() => kg.neighbourhood(best.id));
  kg.back();
  const box = document.getElementById("document-filter");
  const word = kg.data.documents.length ? kg.data.documents[0].split("/")[0] : "";
  result.documents = seconds(() => { box.value = word; kg.filter({ fit: true }); });
  box.value = "";
  kg.filter();
  const alone = document.getElementById("alone");
  result.alone = seconds(() => { alone.checked = true; kg.filter({ fit: true }); });
  return result;
})()"""


if __name__ == "__main__":
    main()
