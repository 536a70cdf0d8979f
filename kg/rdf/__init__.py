"""RDF: the corpus as a graph, written, validated and queried.

``iris`` mints entity IRIs; ``graph`` makes the triples of entities and facts;
``provenance`` the triples of where each fact was read; ``ntriples`` and ``write``
stream them to files in six syntaxes; ``validate`` checks a graph against the SHACL
shapes; ``query`` answers SPARQL with Oxigraph.
"""
