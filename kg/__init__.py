"""kg: build an RDF knowledge graph, mapped to a small OWL ontology, from English news text.

>>> import kg
>>> graph = kg.build(["articles/"])          # an rdflib.Graph
>>> kg.write_turtle(graph, "out/graph.ttl")
>>> kg.write_html(graph, "out/graph.html")
>>> kg.build_folder(["archive/"], "out/")  # a corpus of any size, records kept on disk
"""

__version__ = "0.1.0"  # first: the modules below record it

from .builder import Corpus, build, extract_corpus
from .errors import GoldError, InputError, KGError, LexiconError, ModelError
from .folder import FolderBuild, build_folder
from .html import render_html, write_html
from .iris import DEFAULT_BASE
from .pipeline import DEFAULT_MODEL, load_pipeline
from .rdf import to_graph, write_turtle
from .reading import Document
from .vocab import KG

__all__ = [
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
