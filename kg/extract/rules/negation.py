"""Negation, denial and hedging: the statements that give no fact.

A verb or copula under "not" states nothing; neither does a clause under a
verb of denial ("denied that she would join", "dismissed reports that …"),
except inside a relative clause, which describes a participant ("the
government rejected X, who runs Y"). A clause hedged by a modal ("would
join", "may join") or left as an intention ("plans to join", "is expected
to complete a move", "was to star") has not happened either, nor has a
condition put by inversion ("had he been chairman"). The words are in
``hedges.tsv``.
"""

from spacy.tokens import Token

from ...knowledge.lexicon import load_lexicon


def negated(token: Token) -> bool:
    """Tell whether a trigger's clause is negated, denied or hedged."""
    hedges = load_lexicon().hedges
    clause = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if clause is not None:
        if any(c.dep_ == "neg" for c in clause.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in hedges["modal"] for c in clause.children):
            return True
        if clause.dep_ == "xcomp" and is_verb_of(clause.head, hedges["intention"]):
            return True
        if _inverted_condition(clause, hedges["inversion"]):
            return True
        # "which was to star X": a past plan, most often told because it fell through
        # ("is to star" announces one, as "will star" does); but "which she was to run
        # for a decade" or "was later to run" tells what came to pass
        if (
            clause.dep_ == "xcomp"
            and clause.head.lemma_ == "be"
            and clause.head.tag_ == "VBD"
            and not any(
                t.ent_type_ == "DATE" or t.lower_ == "later"
                for t in [*clause.subtree, *clause.head.children]
            )
        ):
            return True
    for node in [token, *token.ancestors]:
        if node.pos_ == "VERB" and is_verb_of(node, hedges["denial"]):
            return True
        if node.dep_ == "relcl":
            return False  # "… rejected X, who runs Y": the relative clause is not denied
    return False


def is_verb_of(token: Token, lemmas: frozenset[str]) -> bool:
    """Tell whether ``token`` is a form of one of the verbs ``lemmas``.

    By its lemma, or else by its regular endings: the tagger's lemmatizer
    takes "hoped", "hopes" and "hoping" for forms of "hop".
    """
    if token.lemma_.lower() in lemmas:
        return True
    word = token.lower_
    for ending in ("ing", "ed", "es", "s", "d"):
        stem = word[: -len(ending)]
        if word.endswith(ending) and (stem in lemmas or (ending != "d" and stem + "e" in lemmas)):
            return True
    return False


def _inverted_condition(clause: Token, auxiliaries: frozenset[str]) -> bool:
    """Tell whether a clause is a condition put by inversion: "had he still been chairman"."""
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    return any(
        c.dep_ in ("aux", "auxpass")
        and c.lower_ in auxiliaries
        and c.i < subjects[0]
        # the clause opens with it: "Not only had she been chairman" states that she was
        and (c.i == 0 or c.nbor(-1).is_punct or c.nbor(-1).pos_ in ("CCONJ", "SCONJ"))
        for c in clause.children
    )
