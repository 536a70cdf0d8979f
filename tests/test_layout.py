"""The package is laid out as its pipeline: stages in subpackages, imports flowing one way.

Every import inside ``kg/`` is counted, those inside functions too: the
module graph has no cycle, and no module is imported from a stage above its
own (``read`` < ``extract`` < ``corpus`` < ``rdf`` < ``views`` < the
builds and the command line).
"""

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
#: the layers, lowest first; a module may import from its own layer or a lower one
LAYERS = [
    {"kg.errors", "kg.resources", "kg.files", "kg.version"},
    {"kg.knowledge"},
    {"kg.read"},
    {"kg.model"},
    {"kg.extract"},
    {"kg.corpus"},
    {"kg.rdf"},
    {"kg.views"},
    {"kg.builder", "kg.folder"},
    {"kg.cli", "kg.__main__", "kg"},
]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The kg modules ``path`` imports, at any depth of its code."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "kg"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "kg":
                continue
            # "from kg.corpus import shards" imports the module kg.corpus.shards
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
                found.add(candidate if candidate in modules else target)
    return found - {name}


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in PACKAGE.rglob("*.py"):
        graph.add_node(module_name(path))
        for target in imports_of(path):
            graph.add_edge(module_name(path), target)
    return graph


def layer(module: str) -> int:
    for number, names in reversed(list(enumerate(LAYERS))):
        if any(module == n or module.startswith(n + ".") for n in names if n != "kg"):
            return number
    return len(LAYERS) - 1  # kg itself: the public API on top


def test_the_import_graph_has_no_cycle():
    cycles = list(nx.simple_cycles(import_graph()))
    assert not cycles, f"import cycles: {cycles}"


def test_imports_flow_from_higher_stages_to_lower_ones():
    upward = [(a, b) for a, b in import_graph().edges if layer(a) < layer(b) and b != "kg"]
    assert not upward, f"imports from a lower stage to a higher one: {upward}"


def test_the_top_of_the_package_is_short_and_modules_are_small():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 10, top
    sizes = {
        str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    assert max(sizes.values()) <= 500, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def test_every_subpackage_says_what_it_holds():
    for init in PACKAGE.rglob("__init__.py"):
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), init
