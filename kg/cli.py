"""The ``kg`` command line: a thin layer over the library.

    kg build [PATH ...] [-o DIR]          build the graph, its provenance and graph.html
    kg query GRAPH ... (QUERY | -f FILE)  run SPARQL over graph files
    kg validate GRAPH ...                 check graph files against the SHACL shapes
    kg eval GOLD_DIR [--show]             score extraction against gold annotations

Errors are reported as one line on stderr with a non-zero exit status.
"""

import os
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import click
from tqdm import tqdm

from .builder import build as build_graph
from .corpus import shards
from .corpus.corpus import DEFAULT_MIN_CONFIDENCE
from .corpus.engines import ENGINES, default_workers
from .corpus.linking import load_known
from .errors import KGError
from .extract.pipeline import DEFAULT_MODEL
from .folder import build_folder
from .knowledge.ontology import load_ontology
from .rdf.graph import valid_base
from .rdf.iris import DEFAULT_BASE
from .rdf.query import (
    RESULT_FORMATS,
    format_result,
    load_store,
    read_query_file,
    run_query,
    run_with_timeout,
)
from .rdf.validate import load_graph, validate_graph
from .rdf.write import FORMATS
from .read.sources import Fields, count_documents
from .read.text import InputWarning, SkippedFileWarning
from .resources import example_file
from .version import __version__
from .views.evaluate import format_report, load_gold, score_graph

model_option = click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="Installed spaCy pipeline to use, e.g. en_core_web_sm or en_core_web_md.",
)


min_confidence_option = click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_MIN_CONFIDENCE,
    show_default=True,
    help="Leave out facts whose confidence is lower (0 keeps every fact).",
)


learned_option = click.option(
    "--learned",
    is_flag=True,
    help="Also run the relation classifier trained on CoNLL04 on pairs no rule relates "
    "(more facts, lower precision on general news).",
)


#: warnings printed at most; a folder of thousands of empty files is summed up
MAX_WARNINGS = 20


class _Group(click.Group):
    """Turns kg's own errors into one line and exit status 1."""

    def invoke(self, ctx: click.Context):
        caught: list = []
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", InputWarning)
                return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(1)
        except OSError as exc:  # the system refused (a full disk, no permission): said, not shown
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"kg: error: {where}{exc.strerror or exc}", err=True)
            sys.exit(1)
        finally:
            said = [w for w in caught or [] if issubclass(w.category, InputWarning)]
            for warning in said[:MAX_WARNINGS]:
                click.echo(f"kg: warning: {warning.message}", err=True)
            if len(said) > MAX_WARNINGS:
                click.echo(f"kg: warning: … and {len(said) - MAX_WARNINGS} more", err=True)


def _formats(ctx, param, value) -> list[str]:
    names = [n.strip() for v in value for n in v.split(",") if n.strip()] or ["turtle"]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise click.BadParameter(f"{', '.join(unknown)}: choose from {', '.join(FORMATS)}")
    return list(dict.fromkeys(names))


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build an RDF knowledge graph from English news text."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder to write graph.*, provenance.*, graph.html and the build's records "
    "(shards/) into.",
)
@click.option(
    "--update",
    type=click.Path(path_type=Path),
    help="Add PATHS to the finished build in this folder, reading only them; the output is "
    "the same as a full rebuild of the old documents and the new.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="Continue the interrupted build in the output folder (same PATHS and options).",
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    callback=_formats,
    help=f"RDF syntax to write: {', '.join(FORMATS)} (repeat, or separate by commas; "
    "default turtle).",
)
@click.option(
    "--base",
    default=DEFAULT_BASE,
    show_default=True,
    help="Namespace under which entity IRIs are minted.",
)
@model_option
@click.option("--no-html", is_flag=True, help="Do not write graph.html.")
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=20000,
    show_default=True,
    help="Hold at most N entities in graph.html, the best connected (the page says so): "
    "the page of 14,000 entities opens in about 4 s.",
)
@click.option(
    "--no-validate",
    is_flag=True,
    help="Skip the SHACL check of the output (for very large graphs).",
)
@min_confidence_option
@learned_option
@click.option(
    "--entities",
    "entities_file",
    type=click.Path(path_type=Path),
    help="RDF file of known entities (IRI, class, skos:prefLabel, skos:altLabel, "
    "owl:sameAs) to link mentions to: the output then uses their IRIs and names.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=default_workers,
    show_default="all cores",
    help="Parse in this many processes; the output is the same whatever the number.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="Where to parse: local processes, or a Dask cluster (pip install 'kg[dask]').",
)
@click.option(
    "--scheduler",
    help="Address of the Dask scheduler (tcp://HOST:8786); without it, --engine dask "
    "starts a local cluster of --workers processes.",
)
@click.option(
    "--text-field",
    default="text",
    show_default=True,
    help="Field of a .jsonl/.csv record that holds the article's text (several: title,body).",
)
@click.option(
    "--id-field",
    default="id",
    show_default=True,
    help="Field of a .jsonl/.csv record that names the document (else its line number).",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    help="Skip (or with --strict, refuse) documents longer than this many characters. "
    "Longer documents are otherwise read in pieces of 10,000 characters.",
)
@click.option(
    "--strict/--keep-going",
    default=False,
    help="When a file of a folder cannot be read: fail (exit 1, the previous output "
    "untouched), or skip it with a warning and build the rest (the default).",
)
@click.option("-q", "--quiet", is_flag=True, help="Print no progress and no summary.")
def build(
    paths,
    output,
    update,
    resume,
    formats,
    base,
    model,
    no_html,
    max_nodes,
    no_validate,
    min_confidence,
    learned,
    entities_file,
    workers,
    engine,
    scheduler,
    text_field,
    id_field,
    max_chars,
    strict,
    quiet,
) -> None:
    """Build the knowledge graph of PATHS.

    PATHS are files or folders of .txt/.md/.html articles, collections of
    articles (.jsonl, .csv, .tsv, optionally gzipped) or tar archives of
    articles. With no PATHS, builds the bundled example article.
    """
    started = time.perf_counter()
    base = valid_base(base)
    if update is not None:
        if not paths:
            raise KGError("--update needs the paths of the new documents")
        if _given(output):
            raise KGError("give the folder to update with --update alone, not also -o")
        output = update
    known = load_known(entities_file, load_ontology()) if entities_file else None
    paths = list(paths) or [example_file()]
    fields = Fields(text_field, id_field)
    show = not quiet and sys.stderr.isatty()
    total = count_documents(paths, fields) if show else None
    bar = tqdm(total=total, unit=" doc", desc="building", file=sys.stderr, disable=not show,
               dynamic_ncols=True)  # fmt: skip
    with warnings.catch_warnings(record=True) as notes, bar:
        warnings.simplefilter("always", InputWarning)
        if strict:
            warnings.simplefilter("error", SkippedFileWarning)
        try:
            built = build_folder(
                paths,
                output,
                formats,
                base=base,
                model=model,
                learned=learned,
                min_confidence=min_confidence,
                known=known,
                workers=workers,
                engine=engine,
                scheduler=scheduler,
                fields=fields,
                max_chars=max_chars,
                update=update is not None,
                resume=resume,
                html=not no_html,
                validate=not no_validate,
                max_nodes=max_nodes,
                on_document=lambda record: bar.update(1),
            )
        except SkippedFileWarning as exc:
            detail = str(exc).removeprefix("skipped ")
            raise KGError(f"{detail} (--strict stops at a file that cannot be read)") from exc
        except KeyboardInterrupt:
            bar.close()
            click.echo(
                f"kg: interrupted; what was read is kept in {output / shards.FOLDER}: "
                "run the same command with --resume to continue",
                err=True,
            )
            sys.exit(130)
    for note in notes:  # said again, to be printed with the others at the end
        warnings.warn(note.message, note.category, stacklevel=1)
    skipped = [n for n in notes if issubclass(n.category, SkippedFileWarning)]
    if not quiet:
        corpus = built.corpus
        classes = Counter(entity.cls for entity in corpus.entities.values())
        facts = Counter(fact.property for fact in corpus.facts)
        seconds = time.perf_counter() - started
        click.echo(
            _summary(len(corpus.documents), classes, facts, built.written, seconds), err=True
        )
        if skipped:
            click.echo(f"skipped    {len(skipped)} file(s), listed below", err=True)


def _given(output: Path) -> bool:
    """Tell whether -o was given on the command line (not its default)."""
    context = click.get_current_context()
    return context.get_parameter_source("output") != click.core.ParameterSource.DEFAULT


def _summary(documents, classes, facts, written, seconds) -> str:
    return "\n".join(
        [
            f"documents  {documents}",
            f"entities   {sum(classes.values())}  "
            + ", ".join(f"{c} {n}" for c, n in sorted(classes.items())),
            f"facts      {sum(facts.values())}  "
            + ", ".join(f"{p} {n}" for p, n in sorted(facts.items())),
            f"wrote      {', '.join(str(p) for p in written)}",
            f"time       {seconds:.1f} s",
        ]
    )


@main.command()
# plain strings, not click.Path: the last argument may be the query itself, which must
# reach Oxigraph byte for byte (a path type would fold the "//" of every IRI in it)
@click.argument("graphs", nargs=-1, required=True)
@click.option("-e", "--query", "text", help="The SPARQL query (or give it as the last argument).")
@click.option(
    "-f",
    "--file",
    "query_file",
    help="Read the SPARQL query from this file (.rq), or from standard input with -f -.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(RESULT_FORMATS),
    default="table",
    show_default=True,
    help="Result format: a table, or W3C CSV, TSV or JSON.",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let the query call remote SPARQL endpoints (SERVICE); refused by default.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    help="Stop the query after this many seconds.",
)
def query(graphs, text, query_file, fmt, allow_service, timeout) -> None:
    r"""Run a SPARQL 1.1 query over GRAPHS (files of any RDF syntax) and the ontology.

    \b
    kg query output/graph.ttl 'SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }'
    kg query output/graph.ttl output/provenance.ttl -f examples/queries/sources-of-a-fact.rq
    """
    graphs = list(graphs)
    if text is not None and query_file is not None:
        raise KGError("two queries: give the query with -e or with -f, not both")
    if text is None and query_file is None:
        if len(graphs) < 2 or os.path.isfile(graphs[-1]):
            raise KGError("no query: give it as the last argument, with -e, or with -f FILE")
        text = graphs.pop()
    if query_file is not None:
        text = read_query_file(query_file)
    store = load_store(graphs)
    if timeout is None:
        output = format_result(run_query(store, text, allow_service=allow_service), fmt)
    else:
        output = run_with_timeout(store, text, fmt, timeout, allow_service=allow_service)
    click.echo(output.rstrip("\n"))


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
def validate(graphs) -> None:
    """Check GRAPHS against the SHACL shapes of the ontology; exit 1 on a violation."""
    violations = validate_graph(load_graph(list(graphs)))
    for violation in violations:
        click.echo(str(violation))
    if violations:
        raise KGError(f"{len(violations)} violation(s) of the shapes")
    click.echo("conforms: the graph satisfies every shape", err=True)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--show", is_flag=True, help="List the missed and the wrong facts and entities.")
@click.option("--props", help="Count only these properties (comma-separated).")
@click.option("--types", help="Count only entities of these top classes (comma-separated).")
@model_option
@min_confidence_option
@learned_option
def evaluate(gold_dir, show, props, types, model, min_confidence, learned) -> None:
    """Score extraction on GOLD_DIR, a folder of gold annotations (*.json beside texts)."""
    gold = load_gold(gold_dir)
    graph = build_graph(gold.texts, model=model, min_confidence=min_confidence, learned=learned)
    report = score_graph(
        graph,
        gold,
        properties=props.split(",") if props else None,
        types=types.split(",") if types else None,
    )
    click.echo(format_report(report, show=show))
