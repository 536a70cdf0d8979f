"""Validating graphs against the SHACL shapes of ``ontology/shapes.ttl`` (pyshacl)."""

from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, Graph
from rdflib.namespace import SH

from ..read.rdf_files import read_graph
from ..resources import ontology_file, shapes_file


@dataclass(frozen=True)
class Violation:
    """One way a graph breaks a shape."""

    focus: str
    label: str
    path: str
    value: str
    message: str

    def __str__(self) -> str:
        where = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        path = f" {self.path}:" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{where}{path} {self.message}{value}"


def _short(graph: Graph, term) -> str:
    if term is None:
        return ""
    try:
        return graph.namespace_manager.normalizeUri(term)
    except Exception:  # a term rdflib cannot shorten is shown in full
        return str(term)


def validate_graph(graph: Graph) -> list[Violation]:
    """Return the violations of the kg shapes in ``graph`` (empty when it conforms)."""
    from pyshacl import validate

    _, report, _ = validate(
        graph,
        shacl_graph=str(shapes_file()),
        ont_graph=str(ontology_file()),
        inference="none",
        allow_warnings=False,
    )
    graph.bind("kg", "https://w3id.org/kg/ontology#")
    violations = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        violations.append(
            Violation(
                focus=str(focus),
                label=str(graph.value(focus, RDFS.label) or ""),
                path=_short(graph, report.value(result, SH.resultPath)),
                value=_short(graph, report.value(result, SH.value)),
                message=str(report.value(result, SH.resultMessage) or "violates a shape"),
            )
        )
    return sorted(violations, key=str)


def load_graph(paths: list[Path]) -> Graph:
    """Read graph files of any RDF syntax into one rdflib graph.

    Raises:
        InputError: a file is missing, refused (see ``kg.read.rdf_files``) or not valid RDF.
    """
    return read_graph(paths)
