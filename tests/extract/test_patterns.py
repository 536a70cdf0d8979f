"""Every pattern of ``verbs.tsv`` and ``possessives.tsv`` reads the example written beside it."""

import re

import pytest

from kg.knowledge.lexicon import load_lexicon

RULES = [rule for rules in load_lexicon().verbs.values() for rule in rules]


def _marked(example: str) -> tuple[str, str, str]:
    """Return the plain sentence, its [subject] and its {object}."""
    subject = re.search(r"\[([^\]]+)\]", example).group(1)
    obj = re.search(r"\{([^}]+)\}", example).group(1)
    return re.sub(r"[\[\]{}]", "", example), subject, obj


def test_every_pattern_has_an_example():
    assert RULES and all("[" in rule.example and "{" in rule.example for rule in RULES), [
        rule for rule in RULES if not rule.example
    ]


@pytest.mark.parametrize(
    "rule", RULES, ids=[f"{r.lemma}-{r.subject}-{r.object}-{r.requires}" for r in RULES]
)
def test_pattern_reads_its_example(rule, facts_of):
    sentence, subject, obj = _marked(rule.example)
    facts = facts_of(sentence)
    assert (subject, rule.property, obj) in facts, facts


POSSESSIVES = sorted(load_lexicon().possessive_examples.items())


@pytest.mark.parametrize("example, prop", POSSESSIVES, ids=[p for _, p in POSSESSIVES])
def test_possessive_reads_its_example(example, prop, facts_of):
    sentence, subject, obj = _marked(example)
    assert (subject, prop, obj) in facts_of(sentence)
