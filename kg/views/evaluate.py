"""Scoring a graph against gold annotations (the format of ``shared/eval/README.md``).

A folder holds ``*.json`` gold files, each naming its ``text``. All texts
are built as one corpus and the graph is scored as one graph:

- an output node matches a gold entity when one of its labels equals one
  of the gold names after normalisation;
- a gold entity is found when a matching node has an acceptable type;
  a typed node that matches no gold entity is an error;
- a predicted fact is a triple whose predicate is an ontology property; it
  is right when its subject and object match a gold fact's (or, for an
  ``inverse`` property, its object and subject); each distinct predicted
  fact that matches no gold fact is an error; each required gold fact that
  no predicted fact matches is a miss.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from ..errors import GoldError
from ..extract.names import normalise
from ..knowledge.ontology import load_ontology
from ..knowledge.vocab import KG

FACT_PROPERTIES = (
    "actsIn directedBy producedBy worksFor memberOf foundedBy basedIn locatedIn "
    "livesIn bornIn nationality occupation killed"
).split()


@dataclass
class Gold:
    """The merged gold annotations of a folder."""

    texts: list[Path]
    entities: dict[str, dict]
    facts: list[dict]


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def load_gold(folder: Path, text_folder: Path | None = None) -> Gold:
    """Read every gold file of ``folder``; entity ids are shared across files.

    Each file names its text relative to ``text_folder`` (default: ``folder``
    itself), so that annotations can be kept apart from a corpus.

    Raises:
        GoldError: the folder has no gold file, or a file is malformed.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such folder of gold annotations")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise GoldError(f"{folder}: no *.json gold files in this folder")
    texts, entities, facts = [], {}, []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            text = Path(text_folder or folder) / data["text"]
            file_entities = data["entities"]
            file_facts = data["facts"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}: not a gold annotation file ({exc})") from exc
        if not text.is_file():
            raise GoldError(f"{path}: its text {text.name} is missing")
        texts.append(text)
        for eid, entity in file_entities.items():
            merged = entities.setdefault(eid, {"type": set(), "names": set(), "optional": True})
            merged["type"].update(_as_list(entity["type"]))
            merged["names"].update(normalise(n) for n in entity["names"])
            merged["optional"] = merged["optional"] and bool(entity.get("optional"))
        for fact in file_facts:
            for end in ("s", "o"):
                if isinstance(fact[end], str) and fact[end] not in file_entities:
                    raise GoldError(f"{path}: fact names unknown entity '{fact[end]}'")
            facts.append({**fact, "file": path.name})
    return Gold(texts, entities, facts)


@dataclass
class Score:
    """Counts of right, predicted and expected items, with precision, recall and F1."""

    right_predicted: int = 0
    predicted: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        """Return the share of predictions that are right."""
        return self.right_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Return the share of expected items that were found."""
        return self.found / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The result of an evaluation: scores, and what was missed or wrong."""

    entities: Score = field(default_factory=Score)
    facts: Score = field(default_factory=Score)
    by_property: dict[str, Score] = field(default_factory=dict)
    # each miss or error as (cause, description)
    missed_facts: list[tuple[str, str]] = field(default_factory=list)
    wrong_facts: list[tuple[str, str]] = field(default_factory=list)
    missed_entities: list[tuple[str, str]] = field(default_factory=list)
    wrong_entities: list[tuple[str, str]] = field(default_factory=list)
    #: the predicted facts that are right, as (subject, property name, object)
    right_facts: set[tuple] = field(default_factory=set)


def score_graph(
    graph: Graph, gold: Gold, properties: list[str] | None = None, types: list[str] | None = None
) -> Report:
    """Score ``graph`` against ``gold``.

    Args:
        graph: the graph built from the gold texts.
        gold: the merged gold annotations.
        properties: count only facts with these properties (default: all).
        types: count only entities of these top classes (default: all).
    """
    ontology = load_ontology()
    properties = properties or FACT_PROPERTIES
    types = types or ["Person", "Organization", "Place", "CreativeWork", "Event"]
    names: dict[URIRef, set[str]] = {}
    for prop in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        for node, name in graph.subject_objects(prop):
            names.setdefault(node, set()).add(normalise(str(name)))
    node_types: dict[URIRef, set[str]] = {}
    for node, cls in graph.subject_objects(RDF.type):
        local = str(cls).removeprefix(str(KG._NS))
        if local in ontology.parents:
            node_types.setdefault(node, set()).update(ontology.ancestors(local))

    def matches(node, eid) -> bool:
        return bool(names.get(node, set()) & gold.entities[eid]["names"])

    report = Report()
    # entities
    for node, classes in sorted(node_types.items()):
        if not classes & set(types):
            continue
        report.entities.predicted += 1
        if any(matches(node, eid) for eid in gold.entities):
            report.entities.right_predicted += 1
        else:
            report.wrong_entities.append(
                ("not annotated", f"{_label(graph, node)} ({'/'.join(sorted(classes))})")
            )
    found_entities = set()
    for eid, entity in sorted(gold.entities.items()):
        wanted = entity["type"] & set(types)
        if entity["optional"] or not wanted:
            continue
        report.entities.expected += 1
        named = [n for n in names if matches(n, eid)]
        if any(n in node_types and node_types[n] & wanted for n in named):
            report.entities.found += 1
            found_entities.add(eid)
            continue
        description = f"{eid} ({'/'.join(sorted(entity['type']))})"
        typed = sorted({min(node_types[n], key=len) for n in named if n in node_types})
        if typed:
            report.missed_entities.append((f"typed {'/'.join(typed)}", description))
        else:
            report.missed_entities.append(("no node of that name", description))

    # facts
    predicted = set()
    for s, p, o in graph:
        local = str(p).removeprefix(str(KG._NS))
        if str(p).startswith(str(KG._NS)) and local in properties:
            predicted.add((s, local, o))

    def fact_matches(fact, s, p, o) -> bool:
        forward = p in _as_list(fact["p"])
        inverse = p in fact.get("inverse", [])
        if forward and matches(s, fact["s"]) and _object_matches(fact["o"], o):
            return True
        # an inverse property states the same fact from the object's side
        return (
            inverse
            and isinstance(fact["o"], str)
            and matches(s, fact["o"])
            and matches(o, fact["s"])
        )

    def _object_matches(gold_object, o) -> bool:
        if isinstance(gold_object, str):
            return matches(o, gold_object)
        values = {normalise(v) for v in gold_object["value"]}
        if isinstance(o, Literal):
            return normalise(str(o)) in values
        return bool(names.get(o, set()) & values)

    def _missed_fact_cause(fact) -> str:
        ends = [fact["s"]] + ([fact["o"]] if isinstance(fact["o"], str) else [])
        lost = [e for e in ends if e not in found_entities]
        if lost:
            return "an entity is missing or mistyped"
        if len(ends) == 2 and any(
            (matches(s, ends[0]) and matches(o, ends[1]))
            or (matches(s, ends[1]) and matches(o, ends[0]))
            for s, _, o in predicted
        ):
            return "read with another property or direction"
        return "no rule read it"

    def _wrong_fact_cause(s, o) -> str:
        ends = [s] + ([] if isinstance(o, Literal) else [o])
        if not all(any(matches(n, eid) for eid in gold.entities) for n in ends):
            return "an entity is not annotated"
        return "not stated so in the gold"

    relevant = [
        f for f in gold.facts if set(_as_list(f["p"]) + f.get("inverse", [])) & set(properties)
    ]
    for s, p, o in sorted(predicted):
        score = report.by_property.setdefault(p, Score())
        score.predicted += 1
        report.facts.predicted += 1
        if any(fact_matches(f, s, p, o) for f in relevant):
            score.right_predicted += 1
            report.facts.right_predicted += 1
            report.right_facts.add((s, p, o))
        else:
            report.wrong_facts.append(
                (_wrong_fact_cause(s, o), f"{_label(graph, s)} {p} {_label(graph, o)}")
            )
    for fact in relevant:
        if fact.get("optional"):
            continue
        p = _as_list(fact["p"])[0]
        score = report.by_property.setdefault(p, Score())
        score.expected += 1
        report.facts.expected += 1
        if any(fact_matches(fact, s, q, o) for s, q, o in predicted):
            score.found += 1
            report.facts.found += 1
        else:
            o = fact["o"] if isinstance(fact["o"], str) else "/".join(fact["o"]["value"])
            report.missed_facts.append(
                (
                    _missed_fact_cause(fact),
                    f"{fact['s']} {'/'.join(_as_list(fact['p']))} {o}  [{fact['file']}]",
                )
            )
    return report


def _label(graph: Graph, node) -> str:
    if isinstance(node, Literal):
        return f'"{node}"'
    label = graph.value(node, RDFS.label)
    return str(label) if label is not None else str(node)


def format_report(report: Report, show: bool = False) -> str:
    """Return the report as text: per-property table, totals and, with ``show``, the misses."""
    lines = []
    if show:
        for title, items in (
            ("missed facts", report.missed_facts),
            ("wrong facts", report.wrong_facts),
            ("missed entities", report.missed_entities),
            ("wrong entities", report.wrong_entities),
        ):
            lines.append(f"{title} ({len(items)}):")
            causes: dict[str, list[str]] = {}
            for cause, item in items:
                causes.setdefault(cause, []).append(item)
            for cause, described in sorted(causes.items(), key=lambda c: (-len(c[1]), c[0])):
                lines.append(f"  {cause} ({len(described)}):")
                lines.extend(f"    {item}" for item in described)
            lines.append("")
    lines.append(f"{'property':<14}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for prop in sorted(report.by_property):
        s = report.by_property[prop]
        lines.append(
            f"{prop:<14}{s.precision:7.2f}{s.recall:7.2f}{s.f1:7.2f}{s.predicted:7d}{s.expected:7d}"
        )
    for title, s in (("facts", report.facts), ("entities", report.entities)):
        lines.append(
            f"{title:<14}{s.precision:7.2f}{s.recall:7.2f}{s.f1:7.2f}{s.predicted:7d}{s.expected:7d}"
        )
    return "\n".join(lines)
