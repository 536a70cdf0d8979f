"""Draw facts at random from a build, each with a sentence it was read in, for judging by hand.

    kg build ../shared/corpus/bbc -o /tmp/bbc -f nt
    python benchmarks/sample_facts.py /tmp/bbc --count 100 --seed 15 > sample.tsv

Writes tab-separated lines: number, subject, property, object, document,
sentence (and with ``--details`` the fact's confidence and the rule that read
it in that sentence, to see which rules the wrong facts come from). A person
reads each sentence and says whether it states the fact; the share of facts
judged right is the build's precision on text nobody annotated.
"""

import argparse
import random
from pathlib import Path

from kg.rdf.query import load_store, run_query

QUERY = """
SELECT ?fact ?s ?p ?o ?doc ?sentence ?confidence ?rule WHERE {
  ?fact a rdf:Statement ; rdf:subject ?subject ; rdf:predicate ?p ; rdf:object ?object ;
        kg:confidence ?confidence ; kg:evidence ?ev .
  ?ev kg:sentence ?sentence ; kg:rule ?rule ; prov:wasDerivedFrom/dcterms:source ?doc .
  ?subject rdfs:label ?s .
  OPTIONAL { ?object rdfs:label ?label }
  BIND(COALESCE(?label, STR(?object)) AS ?o)
}
"""


def main() -> None:
    """Print the sample."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path, help="an output folder of kg build (with -f nt)")
    parser.add_argument("--count", type=int, default=100, help="how many facts to draw")
    parser.add_argument("--seed", type=int, default=15, help="fixes the draw")
    parser.add_argument(
        "--details", action="store_true", help="add the confidence and the rule of each fact"
    )
    args = parser.parse_args()
    files = [args.build / "graph.nt", args.build / "provenance.nt"]
    rows = {}
    for row in run_query(load_store(files), QUERY):
        fact = row["fact"].value
        # one sentence per fact: the first in document order, for a stable sample
        found = (row["doc"].value, row["sentence"].value, row["rule"].value)
        if fact not in rows or found < rows[fact][3:6]:
            property_name = row["p"].value.rsplit("#", 1)[-1]
            fact_row = (row["s"].value, property_name, row["o"].value, *found)
            rows[fact] = (*fact_row, row["confidence"].value)
    # the draw is over the facts alone, so --details does not change which are drawn
    facts = sorted(rows.values())
    drawn = random.Random(args.seed).sample(facts, min(args.count, len(facts)))
    for number, (s, p, o, doc, sentence, rule, confidence) in enumerate(drawn, start=1):
        line = [str(number), s, p, o, doc, " ".join(sentence.split())]
        print("\t".join(line + [confidence, rule] if args.details else line))


if __name__ == "__main__":
    main()
