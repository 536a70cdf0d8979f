"""The fact rules, one module per family, all driven by the lexicon's tables.

``typing`` (an entity's class from its context), ``describing`` (the nouns that
describe a name, which the other families read), ``descriptions`` (appositions, titles,
nationalities: "Russian actress Yulia Peresild"), ``verbs`` (subject-verb-object
patterns: "X directed Y"), ``places`` ("X, based in Y"), ``negation`` (facts denied
or hedged are not facts).
"""
