"""Building into an output folder, with the records on disk: the build of ``kg build``.

``build_folder`` streams the documents through an engine (``kg.corpus.engines``),
keeps each record in the folder's shards as it comes (``kg.corpus.shards``) and
merges it into the corpus, then writes the graph, its provenance and the
page, streaming the evidence back from the shards. Memory holds the
entities and facts, never the texts or the evidence, so a corpus of any size
builds; an interrupted build resumes, and a finished one can be extended.
"""

import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .corpus import shards
from .corpus.corpus import DEFAULT_MIN_CONFIDENCE, Corpus
from .corpus.engines import read_corpus
from .corpus.linking import KnownEntity
from .errors import KGError
from .extract.pipeline import DEFAULT_MODEL, load_pipeline
from .files import folder_lock, publish, remove_stale_staging, staging_folder
from .model import DocumentRecord
from .rdf.graph import entity_iris, to_graph
from .rdf.iris import DEFAULT_BASE
from .rdf.provenance import Build, build_time, provenance_triples
from .rdf.validate import validate_graph
from .rdf.write import write_outputs
from .read.sources import Fields, read_inputs, unique_names
from .read.text import Document, SkippedFileWarning
from .version import __version__
from .views.html import PAGE_SENTENCES, write_html

#: the sentences ``graph.html`` shows per fact (the provenance files hold them all)
PAGE_EVIDENCE = 10


@dataclass
class FolderBuild:
    """What ``build_folder`` made: the corpus and the files it wrote."""

    corpus: Corpus
    written: list[Path]


def build_folder(
    paths: list[str | Path | Document],
    output: Path,
    formats: list[str] = ("turtle",),
    base: str = DEFAULT_BASE,
    model: str = DEFAULT_MODEL,
    learned: bool = False,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    known: list[KnownEntity] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    fields: Fields | None = None,
    max_chars: int | None = None,
    update: bool = False,
    resume: bool = False,
    html: bool = True,
    validate: bool = True,
    max_nodes: int | None = None,
    on_document: Callable[[DocumentRecord], None] | None = None,
) -> FolderBuild:
    """Build the graph of ``paths`` into ``output``, keeping the records in ``output/shards``.

    Args:
        paths: what ``kg.read.sources.read_inputs`` reads.
        output: the folder to write into.
        formats: names from ``kg.rdf.FORMATS``.
        base: the namespace of entity IRIs.
        model: the installed spaCy pipeline.
        learned: also run the relation classifier.
        min_confidence: leave out the facts whose confidence is lower.
        known: reference entities to link to.
        workers: parse in this many processes.
        engine: ``local`` or ``dask`` (see ``kg.corpus.engines``).
        scheduler: the Dask scheduler's address.
        fields: the fields of collection records to read (default ``Fields()``).
        max_chars: skip, with a warning, documents longer than this.
        update: add ``paths`` to the finished build in ``output``.
        resume: continue the interrupted build in ``output``, if any.
        html: also write ``graph.html``.
        validate: check the graph against the shapes before writing it.
        max_nodes: the most entities ``graph.html`` draws.
        on_document: called with each document's record, those an
            interrupted build had read included (for a progress bar).

    Raises:
        KGError: bad settings, an input that is not the interrupted build's,
            a graph that breaks the shapes, or a reading error (see
            ``kg.read.sources``). A ``KeyboardInterrupt`` keeps what was read.
    """
    began = build_time()
    pipeline = _pipeline_name(model, learned)  # a missing pipeline is said before anything else
    settings = {"kg": __version__, "model": model, "learned": learned}
    output = Path(output)
    with folder_lock(output):
        remove_stale_staging(output)
        run = shards.start(output, settings, update=update, resume=resume)
        try:
            documents = read_inputs(paths, fields or Fields())
            corpus = _read(
                run,
                _short_enough(documents, max_chars),
                on_document,
                model,
                read=lambda todo: read_corpus(todo, model, learned, workers, engine, scheduler),
            )
        except OSError as exc:
            raise _unwritable(output, exc) from exc
        corpus.finish(min_confidence, known)

        def readings():
            return corpus.kept(r for record in run.records() for r in record.readings)

        # an in-memory RDF graph of the entities and facts only when something needs one
        graph = to_graph(corpus, base=base) if (validate or html) else None
        if validate:
            violations = validate_graph(graph)
            if violations:
                first = violations[0]
                raise KGError(f"the graph breaks {len(violations)} shape(s), first: {first}")
        build = Build(__version__, pipeline, began, build_time())
        try:
            # every file is written in a staging folder, then all are renamed into place:
            # a failure midway leaves the previous output files as they were
            with staging_folder(output) as staging:
                files = write_outputs(corpus, staging, list(formats), base, build, readings)
                if html:
                    provenance = Graph()
                    iris = entity_iris(corpus, base)
                    shown = provenance_triples(corpus, base, build, iris, readings(), PAGE_EVIDENCE)
                    for triple in shown:
                        provenance.add(triple)
                    page = staging / "graph.html"
                    mentions = entity_mentions(corpus, run.records(), iris)
                    write_html(
                        graph, page, provenance=provenance, max_nodes=max_nodes, mentions=mentions
                    )
                    files.append(page)
                written = publish(files, output)
            run.finish()
        except OSError as exc:
            raise _unwritable(output, exc) from exc
    return FolderBuild(corpus, written)


def entity_mentions(
    corpus: Corpus, records: Iterable[DocumentRecord], iris: dict
) -> dict[str, list[tuple[str, str]]]:
    """Return, for each entity's IRI, the documents that mention it, in reading order.

    Each document comes with the sentence of the entity's first mention in
    it, for the first ``PAGE_SENTENCES`` documents (the page shows no more),
    and "" after them. ``iris``: each entity's IRI by key (``entity_iris``).
    """
    found: dict[str, dict[str, str]] = {}
    for record in records:
        for local in record.entities:
            iri = iris.get(corpus.key_of(local.key))
            if iri is None:
                continue
            documents = found.setdefault(str(iri), {})
            if record.name not in documents:
                documents[record.name] = local.sentence if len(documents) < PAGE_SENTENCES else ""
    return {iri: list(documents.items()) for iri, documents in found.items()}


def _read(run, documents, notify, model, read) -> Corpus:
    """Read the documents into a corpus, keeping each record in the run's parts as it comes.

    ``read`` turns documents into records (an engine of ``kg.corpus.engines``).
    """
    notify = notify or (lambda record: None)
    corpus = Corpus(model=model)
    taken: set[str] = set()
    for record in run.base_records():
        corpus.add(record)
        taken.add(record.name)
    documents = _skip_done(unique_names(documents, taken), run, corpus, notify)
    with run.writer() as parts:
        for record in read(documents):
            parts.write(record)
            corpus.add(record)
            notify(record)
    if not corpus.documents:
        raise KGError("no document left to build (see the warnings)")
    return corpus


def _unwritable(output: Path, exc: OSError) -> KGError:
    """Say that the build could not write into ``output``, and that nothing was replaced."""
    where = f" ({exc.filename})" if exc.filename else ""
    reason = exc.strerror or str(exc)
    return KGError(
        f"{output}: cannot write the build's files: {reason}{where}; the previous output "
        "is unchanged"
    )


def _pipeline_name(model: str, learned: bool) -> str:
    meta = load_pipeline(model, learned).meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', model)} {meta.get('version', '')}".strip()


def _short_enough(documents: Iterable[Document], max_chars: int | None) -> Iterator[Document]:
    """Leave out, with a warning, the documents longer than ``max_chars``."""
    for document in documents:
        if max_chars is not None and len(document.text) > max_chars:
            message = (
                f"skipped {document.name}: {len(document.text):,} characters, over --max-chars"
            )
            warnings.warn(message, SkippedFileWarning, stacklevel=2)
            continue
        yield document


def _skip_done(documents: Iterable[Document], run: shards.Run, corpus: Corpus, notify):
    """Pass over the documents an interrupted run already read, taking their records instead.

    The input must be the one the run read: each skipped document's name is
    checked against its record.
    """
    documents = iter(documents)
    for record in run.own_records():
        document = next(documents, None)
        if document is None or document.name != record.name:
            found = "nothing more" if document is None else document.name
            raise KGError(
                f"the input is not the interrupted build's: it read {record.name} where this "
                f"input has {found}; rebuild without --resume"
            )
        corpus.add(record)
        notify(record)
    return documents
