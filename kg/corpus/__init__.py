"""A corpus: documents read into records, records merged into one set of entities and facts.

``records`` reads one document with the pipeline into a plain record; ``engines``
runs that in this process, in worker processes or on a Dask cluster (``dask_plugin``);
``consolidate`` merges the records' entities by key; ``linking`` links them to a
user's reference entities; ``corpus`` holds the merged result; ``shards`` keeps
the records of a build on disk.
"""
