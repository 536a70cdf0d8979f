"""A learned relation classifier, for whether a sentence relates two of its entities.

The rules of ``kg.extract.rules`` (descriptions, verbs, places) read the
constructions news uses most; a sentence that states a fact some other way
("Composer Thomas is a native of Chisholm", "DAYTON, Ohio (AP)") slips past
them. This model reads every ordered pair of mentions in a sentence whose
classes a property admits, and scores how likely the sentence relates them,
from plain features: the words between them, the dependency path that joins
them, the words around them.

It is a logistic regression, one weight per feature conjoined with the pair's
type signature ("Person>Place"), trained by ``scripts/train_relation_model.py``
on the CoNLL04 training sentences and shipped as ``ontology/models/relations.json``.
Which property a positive pair gets is read from ``learned_relations.tsv``:
the most specific row for the two mentions' classes.
"""

import json
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from ..knowledge.ontology import Ontology
from .mentions import Mention

#: the top classes a learned fact can join, subject first
SIGNATURES = frozenset(
    {
        ("Person", "Organization"),
        ("Organization", "Place"),
        ("Person", "Place"),
        ("Place", "Place"),
    }
)

#: pairs further apart than this many tokens share too little to judge
MAX_DISTANCE = 40


def _bucket(n: int) -> str:
    """Return a coarse size class for a token distance."""
    for limit in (0, 1, 2, 3, 5, 8, 12, 20):
        if n <= limit:
            return str(limit)
    return "far"


def _word(token: Token) -> str:
    """Return the feature form of a token: its lower-cased lemma, digits folded."""
    if token.like_num:
        return "<num>"
    return token.lemma_.lower()


def _ancestors(token: Token) -> list[Token]:
    """Return ``token`` and its heads up to the root of its sentence."""
    chain = [token]
    # spaCy makes a new Token object on each access: compare indices, not identity
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def path_tokens(start: Token, end: Token) -> tuple[list[Token], list[Token]] | None:
    """Return the tokens from ``start`` up to the common head, and from there down to ``end``.

    The first list runs from ``start`` to the common head (included), the
    second from below the common head to ``end``. ``None`` when the tokens
    are in different sentences.
    """
    up = _ancestors(start)
    down = _ancestors(end)
    down_index = {t.i: n for n, t in enumerate(down)}
    for n, token in enumerate(up):
        if token.i in down_index:
            return up[: n + 1], list(reversed(down[: down_index[token.i]]))
    return None


def dependency_path(start: Token, end: Token) -> tuple[list[str], list[str]]:
    """Return the path from ``start`` to ``end`` through their lowest common head.

    Returns:
        Two lists: the arcs (``nsubj<``, ``>dobj``) and the words on the path
        between the two ends. Both are empty when the tokens are in different
        sentences.
    """
    path = path_tokens(start, end)
    if path is None:
        return [], []
    rising, falling = path
    arcs = [f"{t.dep_}<" for t in rising[:-1]] + [f">{t.dep_}" for t in falling]
    words = [_word(t) for t in rising[1:]] + [_word(t) for t in falling[:-1]]
    return arcs, words


def pair_features(doc: Doc, a: Mention, b: Mention, others: Sequence[Mention]) -> list[str]:
    """Return the features of the ordered pair (``a`` subject, ``b`` object).

    Args:
        doc: the parsed document.
        a: the candidate subject.
        b: the candidate object.
        others: the sentence's other mentions (how many stand between the two
            matters: "X, of Y, and Z" relates X and Y, not X and Z).
    """
    first, second = (a, b) if a.start < b.start else (b, a)
    order = "ab" if first is a else "ba"
    between = doc[first.end : second.start]
    root_a = doc[a.start : a.end].root
    root_b = doc[b.start : b.end].root
    arcs, path_words = dependency_path(root_a, root_b)
    inside = sum(1 for m in others if m.start >= first.end and m.end <= second.start)
    features = [
        "bias",
        f"order={order}",
        f"dist={_bucket(len(between))}",
        f"inside={min(inside, 3)}",
        f"path={' '.join(arcs)}",
        f"lexpath={' '.join(map(' '.join, zip(arcs, [*path_words, ''], strict=False)))}",
        f"pathlen={_bucket(len(arcs))}",
        f"a_dep={root_a.dep_}",
        f"b_dep={root_b.dep_}",
        f"a_head={_word(root_a.head)}",
        f"b_head={_word(root_b.head)}",
        f"a_dep_head={root_a.dep_} {_word(root_a.head)}",
        f"b_dep_head={root_b.dep_} {_word(root_b.head)}",
    ]
    features += [f"path_word={w}" for w in path_words]
    features.append(f"crowd={_bucket(len(others))}")
    if len(between):
        features.append(f"between_ends={_word(between[0])}..{_word(between[-1])}")
    else:
        features.append("touch")
    if len(between) <= 6:
        words = [_word(t) for t in between]
        features.append(f"between={' '.join(words)}")
        features += [f"bw={w}" for w in words]
    else:
        features += [f"bw_far={_word(t)}" for t in between if not t.is_punct]
    if first.start > 0:
        features.append(f"before={_word(doc[first.start - 1])}")
    if first.start > 1:
        features.append(f"before2={_word(doc[first.start - 2])}")
    if second.end < len(doc):
        features.append(f"after={_word(doc[second.end])}")
    return features


def candidate_pairs(
    doc: Doc, mentions: Iterable[Mention], ontology: Ontology
) -> list[tuple[Mention, Mention, list[Mention]]]:
    """Return the ordered mention pairs of each sentence that a signature admits.

    Each item is (subject, object, the sentence's mentions).
    """
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        top = ontology.top(mention.cls)
        if top in {"Person", "Organization", "Place"}:
            by_sentence.setdefault(doc[mention.start].sent.start, []).append(mention)
    pairs = []
    for group in by_sentence.values():
        for a in group:
            for b in group:
                if a is b or a.name == b.name:
                    continue
                signature = (ontology.top(a.cls), ontology.top(b.cls))
                if signature not in SIGNATURES:
                    continue
                if max(a.start, b.start) - min(a.end, b.end) > MAX_DISTANCE:
                    continue
                pairs.append((a, b, group))
    return pairs


def signature_of(a: Mention, b: Mention, ontology: Ontology) -> str:
    """Return the name of a pair's type signature, e.g. ``Person>Place``."""
    return f"{ontology.top(a.cls)}>{ontology.top(b.cls)}"


def learned_property(
    subject_cls: str, object_cls: str, table: dict[tuple[str, str], str], ontology: Ontology
) -> str | None:
    """Return the property of the most specific row of ``table`` for a pair's classes.

    ``table`` maps (subject class, object class) to a property, as read from
    ``learned_relations.tsv``; ``None`` when no row fits.
    """
    best, depth = None, -1
    for (subject, obj), prop in sorted(table.items()):
        if ontology.is_a(subject_cls, subject) and ontology.is_a(object_cls, obj):
            row_depth = len(ontology.ancestors(subject)) + len(ontology.ancestors(obj))
            if row_depth > depth:
                best, depth = prop, row_depth
    return best


@dataclass
class RelationModel:
    """Weights of the logistic regression, keyed by ``signature|feature``.

    Attributes:
        weights: the weight of each conjoined feature.
        threshold: the probability from which a pair counts as related.
    """

    weights: dict[str, float]
    threshold: float = 0.5

    def probability(self, signature: str, features: Iterable[str]) -> float:
        """Return the probability that a pair with these features is related."""
        score = sum(self.weights.get(f"{signature}|{f}", 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))

    def save(self, path: Path) -> None:
        """Write the model as JSON, weights sorted so the file is reproducible."""
        data = {
            "threshold": self.threshold,
            "weights": {k: round(v, 3) for k, v in sorted(self.weights.items()) if abs(v) >= 5e-3},
        }
        path.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "RelationModel":
        """Read a model written by ``save``."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(weights=data["weights"], threshold=data["threshold"])


def train(
    examples: Sequence[tuple[str, list[str], bool]],
    epochs: int = 20,
    rate: float = 0.2,
    l2: float = 1e-4,
    seed: int = 0,
) -> RelationModel:
    """Fit a logistic regression by stochastic gradient descent.

    Args:
        examples: (signature, features, related) for each candidate pair.
        epochs: passes over the examples, in a fixed shuffled order.
        rate: the initial learning rate, decayed each epoch.
        l2: the weight of the L2 penalty (applied lazily to the features seen).
        seed: fixes the shuffling, so a run is reproducible.
    """
    model = RelationModel(weights={})
    weights = model.weights
    order = list(range(len(examples)))
    shuffle = random.Random(seed)
    for epoch in range(epochs):
        shuffle.shuffle(order)
        step = rate / (1.0 + epoch)
        for index in order:
            signature, features, related = examples[index]
            keys = [f"{signature}|{f}" for f in features]
            error = (1.0 if related else 0.0) - model.probability(signature, features)
            for key in keys:
                weight = weights.get(key, 0.0)
                weights[key] = weight + step * (error - l2 * weight)
    return model
