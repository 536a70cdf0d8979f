"""kg build against spaCy alone: what extraction, consolidation and writing cost on top.

    python benchmarks/throughput.py ../shared/corpus/bbc --limit 300 --workers 1

Both sides read the same texts with the same pipeline (the spaCy model with
kg's components, which the bare run disables) in the same number of
processes. The bare side is ``nlp.pipe`` over the texts; the kg side is
``extract_corpus`` plus writing N-Triples and Turtle. Prints both times and
their ratio (bare / kg: 1.0 means kg costs nothing on top of spaCy).
"""

import argparse
import tempfile
import time
from pathlib import Path

from kg.builder import extract_corpus
from kg.pipeline import DEFAULT_MODEL, load_pipeline
from kg.provenance import Build, build_time
from kg.rdf import write_outputs
from kg.reading import read_inputs

KG_COMPONENTS = ["kg_prefixes", "kg_line_breaks", "kg_prefix_lemmas", "kg_entity_fixes", "kg_facts"]


def main() -> None:
    """Time spaCy alone and kg build over the same documents, in one run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, help="use only the first N files")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    files = sorted(p for p in args.corpus.rglob("*.txt") if p.name != "README.TXT")
    documents = list(read_inputs(files[: args.limit] if args.limit else files))
    texts = [d.text for d in documents]
    nlp = load_pipeline(DEFAULT_MODEL)
    started = time.perf_counter()
    with nlp.select_pipes(disable=[n for n in KG_COMPONENTS if n in nlp.pipe_names]):
        for _ in nlp.pipe(texts, batch_size=16, n_process=args.workers):
            pass
    bare = time.perf_counter() - started
    started = time.perf_counter()
    corpus = extract_corpus(documents, workers=args.workers)
    with tempfile.TemporaryDirectory() as folder:
        build = Build("bench", DEFAULT_MODEL, build_time(), build_time())
        write_outputs(corpus, Path(folder), ["nt", "turtle"], "https://w3id.org/kg/id/", build)
    full = time.perf_counter() - started
    print(f"{len(documents)} documents, {args.workers} process(es)")
    print(f"spaCy alone: {bare:.1f} s; kg build: {full:.1f} s; ratio {bare / full:.2f}")


if __name__ == "__main__":
    main()
