"""Negation and denial: the statements that give no fact.

A verb or copula under "not" states nothing; neither does a clause under a
verb of denial ("denied that she would join", "dismissed reports that …"),
except inside a relative clause, which describes a participant ("the
government rejected X, who runs Y").
"""

from spacy.tokens import Token

_DENIAL = {"deny", "dismiss", "reject", "refute", "rule"}


def negated(token: Token) -> bool:
    """Tell whether a trigger's clause is negated, or stands under a verb of denial."""
    clause = next((t for t in [token, *token.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if clause is not None and any(c.dep_ == "neg" for c in clause.children):
        return True
    for node in [token, *token.ancestors]:
        if node.lemma_.lower() in _DENIAL and node.pos_ == "VERB":
            return True
        if node.dep_ == "relcl":
            return False  # "… rejected X, who runs Y": the relative clause is not denied
    return False
