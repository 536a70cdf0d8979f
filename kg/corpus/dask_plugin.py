"""The Dask worker plugin that loads kg's pipeline once on every worker.

Imported only by ``--engine dask`` (``kg.corpus.engines``), so that kg needs Dask
only when it runs on Dask.
"""

from distributed import WorkerPlugin

from ..extract.pipeline import load_pipeline


class PipelineLoader(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts, before its first task."""

    def __init__(self, model: str, learned: bool) -> None:
        self.model = model
        self.learned = learned
        self.name = f"kg-pipeline-{model}-{'learned' if learned else 'rules'}"

    def setup(self, worker) -> None:
        """Load the pipeline into the worker's process (``load_pipeline`` keeps it)."""
        load_pipeline(self.model, learned=self.learned)
