"""Any text in, valid RDF out: a property test over arbitrary and hostile text."""

import pyoxigraph
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.builder import extract_corpus
from kg.rdf.iris import DEFAULT_BASE
from kg.rdf.provenance import Build, build_time
from kg.rdf.validate import validate_graph
from kg.rdf.write import write_outputs

WORDS = ["Anna", "Berg", "Duluth", "Acme", "Corp", "Real", "Betis", "O'Neil", "Zoë", "Łódź",
         "México", "Al-Ahali", "Space-X", "McBride", "de", "la", "Van", "Leeuwen"]  # fmt: skip
HOSTILE = ['"""', "'''", "\\", "<", ">", "@prefix x: <y> .", "\u202e", "\u200b", "😀",
           "\t", "\r\n", "</script>", "<img src=x onerror=alert(1)>", "_:b0", "^^xsd:int",
           "#"]  # fmt: skip

names = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
sentences = st.builds(
    lambda a, b, verb: f"{a} {verb} {b}.",
    names,
    names,
    st.sampled_from(["was born in", "joined", "directed", "lives in", "is based in", "said"]),
)
long_tokens = st.from_regex(r"[A-Za-zÀ-ÿ0-9_-]{300,3000}", fullmatch=True)
pieces = st.one_of(
    st.text(min_size=1, max_size=40), names, sentences, st.sampled_from(HOSTILE), long_tokens
)
texts = st.lists(pieces, min_size=1, max_size=10).map(" ".join).filter(lambda t: t.strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_gives_rdf_that_parses_and_conforms(tmp_path_factory, text):
    corpus = extract_corpus([kg.Document("any.txt", text)])
    graph = kg.to_graph(corpus)
    turtle = graph.serialize(format="turtle", encoding="utf-8")
    assert len(rdflib.Graph().parse(data=turtle, format="turtle")) == len(graph)
    store = pyoxigraph.Store()
    store.load(turtle, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(graph)
    assert validate_graph(graph) == []
    # the streamed N-Triples of graph and provenance parse too
    out = tmp_path_factory.mktemp("nt")
    write_outputs(corpus, out, ["nt"], DEFAULT_BASE, Build("0", "test", build_time(), build_time()))
    for name in ("graph.nt", "provenance.nt"):
        pyoxigraph.Store().load(path=str(out / name), format=pyoxigraph.RdfFormat.N_TRIPLES)


markup = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div class='x'>",
                "</div>",
                "<script>",
                "</script>",
                "<style>",
                "<!--",
                "-->",
                "<![CDATA[",
                "]]>",
                "&amp;",
                "&#x1F600;",
                "&bogus;",
                "<br/>",
                "<a href=",
                "<article>",
                "</article>",
                "<nav>",
                "<",
                ">",
                '"',
                "'",
                "## ",
                "**",
                "[x](y)",
                "\n",
            ]
        ),  # fmt: skip
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(markup)
def test_reading_never_fails_and_cleaning_keeps_offsets(text):
    from kg.read.text import clean_text, html_to_text, markdown_to_text

    cleaned = clean_text(text)
    assert len(cleaned) == len(text.replace("\r\n", "\n"))  # offsets survive the cleaning
    assert isinstance(html_to_text(text), str)
    assert isinstance(markdown_to_text(text), str)
