"""Settling each name's kind over the whole corpus."""

from kg.corpus.corpus import Corpus
from kg.model import CorpusFact, DocumentRecord, Evidence, LocalEntity


def _record(name, entities, readings=()):
    return DocumentRecord(name, tuple(entities), tuple(readings))


def test_a_name_most_documents_read_as_a_firm_is_no_person():
    evidence = Evidence("d1", "Boeing, a big investor, said so.", 0, 6, "title", 0.9)
    investor = CorpusFact("Person:boeing", "occupation", "investor", literal=True)
    corpus = Corpus()
    corpus.add(
        _record(
            "d1", [LocalEntity("Person:boeing", "Person", (("Boeing", 1),))], [(investor, evidence)]
        )
    )
    for name in ("d2", "d3", "d4"):
        corpus.add(_record(name, [LocalEntity("Organization:boeing", "Company", (("Boeing", 2),))]))
    corpus.finish(0.0)
    assert list(corpus.entities) == ["Organization:boeing"]
    assert corpus.entities["Organization:boeing"].documents == 4
    assert corpus.facts == set()  # a firm has no occupation


def test_a_person_named_in_full_or_in_few_documents_stays_a_person():
    corpus = Corpus()
    corpus.add(_record("d1", [LocalEntity("Person:ann kemp", "Person", (("Ann Kemp", 1),))]))
    corpus.add(_record("d2", [LocalEntity("Person:voltaro", "Person", (("Voltaro", 1),))]))
    for name in ("d3", "d4", "d5"):
        firms = [
            LocalEntity("Organization:ann kemp", "Company", (("Ann Kemp", 1),)),
            LocalEntity("Organization:voltaro", "Company", (("Voltaro", 1),)),
        ]
        corpus.add(_record(name, firms[:1] if name == "d5" else firms))
    corpus.finish(0.0)
    # "Ann Kemp" has a given name; "Voltaro" is a firm in two documents only
    assert "Person:ann kemp" in corpus.entities and "Person:voltaro" in corpus.entities
