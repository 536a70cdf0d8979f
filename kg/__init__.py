"""kg: build an RDF knowledge graph, mapped to a small OWL ontology, from English news text.

>>> import kg
>>> graph = kg.build(["articles/"])          # an rdflib.Graph
>>> kg.write_turtle(graph, "out/graph.ttl")
>>> kg.write_html(graph, "out/graph.html")
>>> kg.build_folder(["archive/"], "out/")  # a corpus of any size, records kept on disk
"""

from .builder import build, extract_corpus
from .corpus.corpus import Corpus
from .errors import GoldError, InputError, KGError, LexiconError, ModelError
from .extract.pipeline import DEFAULT_MODEL, load_pipeline
from .folder import FolderBuild, build_folder
from .knowledge.vocab import KG
from .rdf.graph import to_graph
from .rdf.iris import DEFAULT_BASE
from .rdf.write import write_turtle
from .read.text import Document
from .version import __version__
from .views.html import render_html, write_html

__all__ = [
    "__version__",
    "KG",
    "DEFAULT_BASE",
    "DEFAULT_MODEL",
    "Corpus",
    "Document",
    "FolderBuild",
    "GoldError",
    "InputError",
    "KGError",
    "LexiconError",
    "ModelError",
    "build",
    "build_folder",
    "extract_corpus",
    "load_pipeline",
    "render_html",
    "to_graph",
    "write_html",
    "write_turtle",
]
