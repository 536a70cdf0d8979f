import rdflib

import kg


def test_build_returns_a_graph_from_text_and_documents():
    graph = kg.build("Russian actress Yulia Peressild flew to Moscow.")
    assert isinstance(graph, rdflib.Graph)
    nationality = list(graph.triples((None, kg.KG.nationality, None)))
    assert len(nationality) == 1
    assert str(graph.value(nationality[0][2], rdflib.RDFS.label)) == "Russia"
    doc = kg.Document("a", "Klim Chipenko was born in Moscow.")
    assert any(True for _ in kg.build([doc]).triples((None, kg.KG.bornIn, None)))


def test_spacy_users_get_facts_on_the_doc():
    nlp = kg.load_pipeline()
    doc = nlp("Tariq Mahmood was shot dead by Kieran Holt.")
    assert [(f.subject.name, f.property, f.object.name) for f in doc._.kg_facts] == [
        ("Kieran Holt", "killed", "Tariq Mahmood")
    ]


def test_public_api_is_documented():
    for name in kg.__all__:
        obj = getattr(kg, name)
        if callable(obj) and not isinstance(obj, type(kg.KG)):
            assert obj.__doc__, name


def test_build_folder_writes_what_kg_build_writes(tmp_path):
    import pyoxigraph

    texts = ["Russian actress Yulia Peressild flew to Moscow.", "Dmitri Rogozine heads Roscosmos."]
    seen = []
    built = kg.build_folder(
        texts, tmp_path / "out", formats=["nt"], html=False, on_document=seen.append
    )
    assert [r.name for r in seen] == ["text-1", "text-2"] == built.corpus.documents
    assert built.written == [tmp_path / "out" / "graph.nt", tmp_path / "out" / "provenance.nt"]
    store = pyoxigraph.Store()
    store.load(path=str(built.written[0]), format=pyoxigraph.RdfFormat.N_TRIPLES)
    labels = {
        r["l"].value
        for r in store.query(
            "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
        )
    }
    assert {"Yulia Peressild", "Roscosmos", "Russia"} <= labels
    assert (tmp_path / "out" / "shards" / "manifest.json").is_file()
