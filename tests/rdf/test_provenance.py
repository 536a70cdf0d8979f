"""Where each fact was read, and the build that read it."""

import rdflib
from rdflib import RDF, XSD, Literal, Namespace, URIRef

import kg
from kg.rdf.provenance import Build, build_time, provenance_triples
from kg.read.text import read_file
from kg.resources import example_file

KGNS = Namespace("https://w3id.org/kg/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")


def _provenance():
    corpus = kg.extract_corpus([example_file()])
    now = build_time()
    graph = rdflib.Graph()
    for triple in provenance_triples(corpus, kg.DEFAULT_BASE, Build("9.9", "en_x 1.0", now, now)):
        graph.add(triple)
    return corpus, kg.to_graph(corpus), graph


def test_every_fact_has_a_statement_with_evidence_that_quotes_the_document():
    corpus, facts, provenance = _provenance()
    text = read_file(example_file()).text
    statements = set(provenance.subjects(RDF.type, RDF.Statement))
    assert len(statements) == len(corpus.facts)
    for statement in statements:
        triple = (
            provenance.value(statement, RDF.subject),
            provenance.value(statement, RDF.predicate),
            provenance.value(statement, RDF.object),
        )
        assert triple in facts
        confidence = provenance.value(statement, KGNS.confidence)
        assert confidence.datatype == XSD.decimal and 0 < float(confidence) <= 1
        evidence = list(provenance.objects(statement, KGNS.evidence))
        assert evidence
        for node in evidence:
            start = int(provenance.value(node, KGNS.startOffset))
            end = int(provenance.value(node, KGNS.endOffset))
            assert text[start:end] == str(provenance.value(node, KGNS.sentence))
            assert provenance.value(node, KGNS.rule) is not None
            document = provenance.value(node, PROV.wasDerivedFrom)
            assert provenance.value(document, DCTERMS.source) == Literal("iss-film.txt")


def test_the_build_is_an_activity():
    _, _, provenance = _provenance()
    (activity,) = provenance.subjects(RDF.type, PROV.Activity)
    assert provenance.value(activity, PROV.startedAtTime).datatype == XSD.dateTime
    assert provenance.value(activity, KGNS.pipeline) == Literal("en_x 1.0")
    assert len(list(provenance.objects(activity, PROV.used))) == 1
    agent = provenance.value(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in provenance


def test_repeated_evidence_raises_confidence():
    corpus = kg.extract_corpus(["Germany's Siemens grew. Germany's Siemens shrank."])
    (fact,) = [f for f in corpus.facts if f.property == "basedIn"]
    assert len(corpus.evidence[fact]) == 2
    single = corpus.evidence[fact][0].confidence
    assert corpus.confidence(fact) == round(1 - (1 - single) ** 2, 4)


def test_source_date_epoch_fixes_the_build_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert build_time().isoformat() == "2023-11-14T22:13:20+00:00"


def test_statement_iris_are_stable():
    _, _, first = _provenance()
    _, _, second = _provenance()
    statements = set(first.subjects(RDF.type, RDF.Statement))
    assert statements == set(second.subjects(RDF.type, RDF.Statement))
    assert all(isinstance(s, URIRef) for s in statements)


def test_a_shortened_provenance_still_names_every_document_of_a_fact():
    from kg.read.text import Document

    text = "Tim Cook is the chief executive of Apple. Cook runs Apple from California."
    corpus = kg.extract_corpus([Document("a.txt", text), Document("b.txt", text)])
    now = build_time()
    graph = rdflib.Graph()
    build = Build("9.9", "en_x 1.0", now, now)
    for triple in provenance_triples(corpus, kg.DEFAULT_BASE, build, max_evidence=1):
        graph.add(triple)
    statements = list(graph.subjects(RDF.type, RDF.Statement))
    assert statements
    for statement in statements:
        assert len(list(graph.objects(statement, KGNS.evidence))) == 1
        documents = {
            graph.value(d, DCTERMS.source) for d in graph.objects(statement, PROV.wasDerivedFrom)
        }
        assert documents == {Literal("a.txt"), Literal("b.txt")}
