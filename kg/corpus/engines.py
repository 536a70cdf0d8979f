"""Where documents are read: in this process, in worker processes, or on a Dask cluster.

``read_corpus`` takes a stream of documents and yields one record per
document (``kg.corpus.records``), always in input order, so the graph is the same
whatever the engine and the number of workers. Documents go out in batches;
only a few batches per worker are in flight at once, so neither the texts
nor the parsed documents of a corpus are ever all in memory.

- ``local`` with one worker: this process reads every batch.
- ``local`` with N workers: N forked processes, each with the pipeline
  this process loaded (copy-on-write, so starting them costs little).
- ``dask``: the tasks of a ``dask.distributed`` cluster, given by its
  scheduler's address, or a local cluster of N worker processes. Each
  worker loads the pipeline once (a worker plugin) and keeps it.
"""

import ctypes
import ctypes.util
import os
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing import get_context

from ..errors import KGError
from ..extract.pipeline import DEFAULT_MODEL, load_pipeline
from ..model import DocumentRecord
from ..read.text import Document
from .records import Reader

ENGINES = ("local", "dask")

#: documents per batch, and the most characters a batch holds: a batch is
#: what one worker reads at a time, and what a resumed build may read again
BATCH_DOCUMENTS = 16
BATCH_CHARS = 200_000

#: batches in flight per worker: enough to keep every worker busy
_IN_FLIGHT = 3


def default_workers() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    """Group documents into batches of ``BATCH_DOCUMENTS``, or fewer when they are long."""
    batch: list[Document] = []
    size = 0
    for document in documents:
        if batch and (len(batch) == BATCH_DOCUMENTS or size + len(document.text) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(document)
        size += len(document.text)
    if batch:
        yield batch


def read_corpus(
    documents: Iterable[Document],
    model: str = DEFAULT_MODEL,
    learned: bool = False,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[DocumentRecord]:
    """Yield the record of every document, in input order.

    Args:
        documents: the documents, read lazily.
        model: the installed spaCy pipeline.
        learned: also run the relation classifier.
        workers: processes to read in (for ``dask`` without a scheduler:
            the local cluster's worker processes).
        engine: ``local`` or ``dask``.
        scheduler: the address of a Dask scheduler (``tcp://host:8786``).

    Raises:
        KGError: the engine is unknown, Dask is not installed or its
            scheduler cannot be reached, or a worker process died.
    """
    if engine not in ENGINES:
        raise KGError(f"unknown engine '{engine}': choose from {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise KGError("a scheduler is for --engine dask")
    stream = batches(documents)
    if engine == "dask":
        yield from _on_dask(stream, model, learned, workers, scheduler)
        return
    load_pipeline(model, learned)  # here, so that forked workers share it
    first = list(islice(stream, 2))
    if workers <= 1 or len(first) < 2:  # one batch is read faster here than in a pool
        try:
            for batch in _chain(first, stream):
                yield from _read_batch(model, learned, batch)
        finally:
            reader = _readers.pop((model, learned), None)
            if reader is not None:
                reader.close()  # the records are plain data: spaCy's memory can go
        return
    yield from _in_processes(_chain(first, stream), model, learned, workers)


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _read_batch(model: str, learned: bool, batch: list[Document]) -> list[DocumentRecord]:
    """Read one batch in a worker, with the pipeline loaded once per process."""
    with _PIPELINE_LOCK:  # a Dask worker may run tasks in several threads
        reader = _readers.get((model, learned))
        if reader is None:
            reader = _readers[model, learned] = Reader(load_pipeline(model, learned))
        return reader.read(batch)


_PIPELINE_LOCK = threading.Lock()
#: this process's reader of each pipeline
_readers: dict[tuple[str, bool], Reader] = {}


def _ordered(submit, stream: Iterator[list[Document]], window: int) -> Iterator:
    """Submit batches with ``submit``, at most ``window`` at once; yield results in order."""
    pending: deque = deque()
    for batch in stream:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _die_with(parent: int) -> None:
    """Make this worker end when the process that started it ends, even by SIGKILL.

    A worker waits for work on a pipe that its siblings also hold open, so it
    would wait forever for a build that was killed; Linux can end it then.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return  # not Linux: no such call
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _in_processes(
    stream: Iterator[list[Document]], model: str, learned: bool, workers: int
) -> Iterator[DocumentRecord]:
    executor = ProcessPoolExecutor(
        workers, mp_context=get_context("fork"), initializer=_die_with, initargs=(os.getpid(),)
    )
    try:
        yield from _ordered(
            lambda batch: executor.submit(_read_batch, model, learned, batch),
            stream,
            workers * _IN_FLIGHT,
        )
    except BrokenProcessPool as exc:
        raise KGError(
            "a worker process died (out of memory?); the documents read so far are kept, "
            "continue with --resume"
        ) from exc
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _on_dask(
    stream: Iterator[list[Document]],
    model: str,
    learned: bool,
    workers: int,
    scheduler: str | None,
) -> Iterator[DocumentRecord]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise KGError("--engine dask needs Dask: pip install 'kg[dask]'") from exc
    from .dask_plugin import PipelineLoader

    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = Client(cluster)
        else:
            # how long to try is Dask's own setting, distributed.comm.timeouts.connect
            client = Client(scheduler)
    except (OSError, TimeoutError) as exc:
        raise KGError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        client.register_plugin(PipelineLoader(model, learned))
        size = sum(client.nthreads().values()) or workers
        yield from _ordered(
            lambda batch: client.submit(_read_batch, model, learned, batch, pure=False),
            stream,
            size * _IN_FLIGHT,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
