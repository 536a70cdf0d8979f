import pytest

from kg.pipeline import load_pipeline
from kg.reading import clean_text


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def facts_of(nlp):
    """Return the facts of a text as (subject name, property, object name) triples."""

    def run(text: str) -> set[tuple[str, str, str]]:
        doc = nlp(clean_text(text))
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
