"""What kg knows before it reads: the ontology and the lexicon, as Python objects.

The knowledge itself is data in the repository's ``ontology/`` folder: ``kg.ttl``
(classes and properties), ``shapes.ttl`` (SHACL) and ``lexicon/*.tsv`` (trigger
words, titles, demonyms, patterns). ``vocab`` is the typed namespace of the ontology's
terms; ``ontology`` loads the class tree and property signatures; ``lexicon`` loads
the tables.
"""
