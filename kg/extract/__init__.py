"""Extraction: a spaCy ``Doc`` in, its mentions, entities and facts out.

``pipeline`` loads spaCy and adds kg's two components: ``mentions`` (named entities,
titles of works, fixes to the tagger's types) and ``relations`` (the facts, found by
the rules of ``rules/``, by coreference in ``coref`` and optionally by the learned
classifier of ``relation_model``). ``entities`` groups a document's mentions into its
entities; ``names`` holds the keys under which names are compared.
"""
