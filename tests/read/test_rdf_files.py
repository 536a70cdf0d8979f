"""RDF files someone else wrote cannot exhaust the machine or make kg read other files.

Each command that reads RDF (``kg query``, ``kg validate``, ``kg build
--entities``) runs in a child process under a memory limit, on an XML
"billion laughs" file (nested entities: about 10^9 characters once
expanded), a "quadratic blowup" file (one long entity referred to many
times), an external entity naming a local file, and a JSON-LD file with a
remote context: each is refused in one line, within seconds, and nothing
of the named file is read.
"""

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.read.rdf_files import MAX_ENTITY_EXPANSION, check_xml_entities, read_graph

RDF_OPEN = (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" '
    'xmlns:skos="http://www.w3.org/2004/02/skos/core#">'
)
#: the memory a checking process may use: far below what an expanded bomb needs
MEMORY_LIMIT = 1536 * 2**20


def billion_laughs(levels: int = 9) -> str:
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE rdf:RDF [", '<!ENTITY lol0 "lol">']
    for level in range(1, levels + 1):
        lines.append(f'<!ENTITY lol{level} "' + f"&lol{level - 1};" * 10 + '">')
    lines += [
        "]>",
        RDF_OPEN,
        f'<rdf:Description rdf:about="http://example.org/a"><skos:prefLabel>&lol{levels};'
        "</skos:prefLabel></rdf:Description>",
        "</rdf:RDF>",
    ]
    return "\n".join(lines)


def quadratic_blowup() -> str:
    value = "x" * 100_000
    references = "&big;" * 1_000  # 100 MB once expanded, from a 105 KB file
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY big "{value}">]>\n{RDF_OPEN}\n'
        f'<rdf:Description rdf:about="http://example.org/a"><skos:prefLabel>{references}'
        "</skos:prefLabel></rdf:Description>\n</rdf:RDF>"
    )


def external_entity(secret: Path) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        f'{RDF_OPEN}\n<rdf:Description rdf:about="http://example.org/a">'
        "<skos:prefLabel>&xxe;</skos:prefLabel></rdf:Description>\n</rdf:RDF>"
    )


def external_parameter_entity(secret: Path) -> str:
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY % dtd SYSTEM "{secret.as_uri()}"> '
        f"%dtd;]>\n{RDF_OPEN}</rdf:RDF>"
    )


REMOTE_CONTEXT = (
    '{"@context": "http://example.org/context.jsonld", "@id": "http://example.org/a", "name": "A"}'
)


def run_limited(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``kg ARGS`` in a child process whose address space is capped."""

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    started = time.monotonic()
    process = subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=120,
    )
    return process, time.monotonic() - started


@pytest.fixture
def hostile(tmp_path):
    """Hostile RDF files by kind, and a secret file one of them names."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    files = {
        "billion laughs": ("laughs.rdf", billion_laughs()),
        "quadratic blowup": ("blowup.rdf", quadratic_blowup()),
        "external entity": ("external.rdf", external_entity(secret)),
        "external parameter entity": ("parameter.owl", external_parameter_entity(secret)),
        "remote JSON-LD context": ("remote.jsonld", REMOTE_CONTEXT),
    }
    paths = {}
    for kind, (name, text) in files.items():
        paths[kind] = tmp_path / name
        paths[kind].write_text(text, encoding="utf-8")
    return paths


KINDS = [
    "billion laughs",
    "quadratic blowup",
    "external entity",
    "external parameter entity",
    "remote JSON-LD context",
]
COMMANDS = {
    "query": lambda path, out: ["query", str(path), "-e", "SELECT * WHERE { ?s ?p ?o }"],
    "validate": lambda path, out: ["validate", str(path)],
    "build --entities": lambda path, out: ["build", "--entities", str(path), "-o", str(out)],
}


@pytest.mark.slow
@pytest.mark.parametrize("command", COMMANDS, ids=list(COMMANDS))
@pytest.mark.parametrize("kind", KINDS)
def test_hostile_rdf_is_refused_in_one_line_within_bounded_memory(hostile, tmp_path, command, kind):
    out = tmp_path / "out"
    process, seconds = run_limited(*COMMANDS[command](hostile[kind], out))
    assert process.returncode == 1, process.stderr[-2000:]
    assert process.stderr.startswith(f"kg: error: {hostile[kind]}: "), process.stderr[-2000:]
    assert process.stderr.count("\n") == 1, process.stderr[-2000:]
    assert "Traceback" not in process.stderr and "MemoryError" not in process.stderr
    assert seconds < 30  # the interpreter's start and imports included
    assert "TOP-SECRET" not in process.stdout + process.stderr
    assert not out.exists(), "a refused build wrote an output folder"


@pytest.mark.parametrize("kind", KINDS[:4])
def test_the_check_refuses_before_parsing_and_fast(hostile, kind):
    started = time.monotonic()
    with pytest.raises(InputError, match="refused"):
        check_xml_entities(hostile[kind])
    assert time.monotonic() - started < 1


def test_simple_namespace_entities_are_read_as_usual(tmp_path):
    # what ontology editors write: entities for namespaces, referred to in attributes
    path = tmp_path / "ontology.owl"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n'
        '  <!ENTITY skos "http://www.w3.org/2004/02/skos/core#" >\n'
        '  <!ENTITY ex "http://example.org/" >\n]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="&skos;">\n'
        '<rdf:Description rdf:about="&ex;a"><skos:prefLabel>A &amp; B</skos:prefLabel>'
        "</rdf:Description>\n</rdf:RDF>",
        encoding="utf-8",
    )
    triples = {(str(s), str(p), str(o)) for s, p, o in read_graph([path])}
    assert triples == {
        ("http://example.org/a", "http://www.w3.org/2004/02/skos/core#prefLabel", "A & B")
    }


def test_comments_and_quotes_in_the_document_type_are_understood(tmp_path):
    path = tmp_path / "commented.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!-- before ]> the type -->\n<!DOCTYPE rdf:RDF [\n'
        "  <!-- a comment with ] and > and <!ENTITY in it -->\n"
        "  <!ENTITY ex 'http://example.org/]>' >\n]>\n"
        f"{RDF_OPEN}</rdf:RDF>",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="cannot read"):
        check_xml_entities(path)  # "<!ENTITY" in a comment: refused, to be safe
    path.write_text(path.read_text().replace(" and <!ENTITY", ""), encoding="utf-8")
    check_xml_entities(path)


def test_expansion_is_counted_across_the_whole_file(tmp_path):
    # references spread over many reads of the file, each piece under the cap, all over it
    value = "y" * 1000
    count = MAX_ENTITY_EXPANSION // len(value) + 1
    path = tmp_path / "spread.rdf"
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY e "{value}">]>\n')
        handle.write(RDF_OPEN)
        handle.write('<rdf:Description rdf:about="http://example.org/a"><skos:prefLabel>')
        handle.write("&e;" * count)
        handle.write("</skos:prefLabel></rdf:Description></rdf:RDF>")
    with pytest.raises(InputError, match="would add over 64 MB"):
        check_xml_entities(path)
    # one reference fewer than the cap allows is read
    path.write_text(path.read_text(encoding="utf-8").replace("&e;" * count, "&e;" * (count - 2)))
    check_xml_entities(path)


PIECES = ['<?xml version="1.0"?>', "<!DOCTYPE rdf:RDF", "[", "]", ">", "<!--", "-->", '"', "'",
          "<!ENTITY", " e ", '"v"', "&e;", "%", "SYSTEM", "<rdf:RDF>", "</rdf:RDF>", "&#38;",
          "\n", "\ufeff", "<?pi x?>"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30))
def test_any_xml_prolog_is_checked_or_refused_never_crashes(tmp_path_factory, pieces):
    path = tmp_path_factory.mktemp("xml") / "any.rdf"
    path.write_text("".join(pieces), encoding="utf-8")
    try:
        check_xml_entities(path)
    except InputError:
        pass
