"""The fact rules, one module per family, all driven by the lexicon's tables.

``typing`` (an entity's class from its context), ``descriptions`` (appositions, titles,
nationalities: "Russian actress Yulia Peresild"), ``verbs`` (subject-verb-object
patterns: "X directed Y"), ``places`` ("X, based in Y"), ``negation`` (facts denied
or hedged are not facts).
"""
