import pytest

from kg.extract.pipeline import load_pipeline
from kg.read.text import clean_text


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def rules_nlp():
    """The default pipeline, without the learned classifier: each rule's facts alone."""
    return load_pipeline()


@pytest.fixture(scope="session")
def learned_nlp():
    """The pipeline with the learned relation classifier."""
    return load_pipeline(learned=True)


@pytest.fixture(scope="session")
def facts_of(rules_nlp):
    """Return the facts the rules find in a text, as (subject, property, object) names."""

    def run(text: str) -> set[tuple[str, str, str]]:
        doc = rules_nlp(clean_text(text))
        return {
            (f.subject.name, f.property, f.object if isinstance(f.object, str) else f.object.name)
            for f in doc._.kg_facts
        }

    return run


@pytest.fixture(scope="session")
def mentions_of(nlp):
    """Return the mentions of a text as (name, class) pairs."""

    def run(text: str) -> list[tuple[str, str]]:
        return [(m.name, m.cls) for m in nlp(clean_text(text))._.kg_mentions]

    return run
