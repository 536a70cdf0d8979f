"""The ``kg`` command line: a thin layer over the library.

    kg build [PATH ...] [-o DIR]     build graph.ttl and graph.html
    kg eval GOLD_DIR [--show]        score extraction against gold annotations

Errors are reported as one line on stderr with a non-zero exit status.
"""

import sys
import time
import warnings
from pathlib import Path

import click

from . import __version__  # noqa: F401
from .builder import extract_corpus
from .errors import KGError
from .evaluate import counts, format_report, load_gold, score_graph
from .html import write_html
from .iris import DEFAULT_BASE
from .pipeline import DEFAULT_MODEL
from .rdf import to_graph, write_turtle
from .reading import InputWarning, read_inputs
from .resources import example_file

model_option = click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="Installed spaCy pipeline to use, e.g. en_core_web_sm or en_core_web_md.",
)


class _Group(click.Group):
    """Turns kg's own errors into one line and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", InputWarning)
                result = super().invoke(ctx)
            return result
        except KGError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(1)
        finally:
            for warning in locals().get("caught") or []:
                if issubclass(warning.category, InputWarning):
                    click.echo(f"kg: warning: {warning.message}", err=True)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build an RDF knowledge graph from English news text."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder to write graph.ttl and graph.html into.",
)
@click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    help="Namespace under which entity IRIs are minted.",
)
@model_option
@click.option("--no-html", is_flag=True, help="Write graph.ttl only.")
@click.option("-q", "--quiet", is_flag=True, help="Print no progress and no summary.")
def build(paths, output, base, model, no_html, quiet) -> None:
    """Build the knowledge graph of PATHS (files or folders of .txt/.md/.html).

    With no PATHS, builds the bundled example article.
    """
    started = time.perf_counter()
    documents = list(read_inputs(list(paths) or [example_file()]))
    show_progress = not quiet and sys.stderr.isatty() and len(documents) > 1
    with click.progressbar(
        length=len(documents), label="building", file=sys.stderr, hidden=not show_progress
    ) as bar:
        corpus = extract_corpus(documents, model=model, on_document=lambda _: bar.update(1))
    graph = to_graph(corpus, base=base)
    write_turtle(graph, output / "graph.ttl")
    if not no_html:
        write_html(graph, output / "graph.html")
    if not quiet:
        classes, facts = counts(graph)
        click.echo(
            _summary(
                len(corpus.documents),
                classes,
                facts,
                output,
                no_html,
                time.perf_counter() - started,
            ),
            err=True,
        )


def _summary(documents, classes, facts, output, no_html, seconds) -> str:
    lines = [
        f"documents  {documents}",
        f"entities   {sum(classes.values())}  "
        + ", ".join(f"{c} {n}" for c, n in sorted(classes.items())),
    ]
    lines.append(
        f"facts      {sum(facts.values())}  "
        + ", ".join(f"{p} {n}" for p, n in sorted(facts.items()))
    )
    written = [str(output / "graph.ttl")] + ([] if no_html else [str(output / "graph.html")])
    lines.append(f"wrote      {', '.join(written)}")
    lines.append(f"time       {seconds:.1f} s")
    return "\n".join(lines)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--show", is_flag=True, help="List the missed and the wrong facts and entities.")
@click.option("--props", help="Count only these properties (comma-separated).")
@click.option("--types", help="Count only entities of these top classes (comma-separated).")
@model_option
def evaluate(gold_dir, show, props, types, model) -> None:
    """Score extraction on GOLD_DIR, a folder of gold annotations (*.json beside texts)."""
    from .builder import build as build_graph

    gold = load_gold(gold_dir)
    graph = build_graph(gold.texts, model=model)
    report = score_graph(
        graph,
        gold,
        properties=props.split(",") if props else None,
        types=types.split(",") if types else None,
    )
    click.echo(format_report(report, show=show))
