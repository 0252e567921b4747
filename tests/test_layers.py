"""The layering of docs/architecture.md, checked on the source: every import between vnus
modules (at the top of a module or inside a function, but not under TYPE_CHECKING) goes
to the same layer or a lower one, and no chain of imports comes back to where it began.

Run it alone with ``.venv/bin/python -m pytest -q tests/test_layers.py``.
"""

from __future__ import annotations

import ast
import fnmatch
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src"

# Lowest first. A module may import modules of its own layer and of the layers below.
# Patterns are fnmatch patterns on the dotted name; the first that matches decides.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("base", ("vnus", "vnus.errors", "vnus._resources", "vnus._lazy", "vnus._cache*")),
    ("language data", ("vnus._chars", "vnus.lexicon", "vnus.lexicon.*", "vnus._date_cldr")),
    ("text", ("vnus.text", "vnus._numbers")),
    ("glossary and people", ("vnus.glossary", "vnus.people", "vnus.exports", "vnus._export*")),
    (
        "mentions, dates and amounts",
        (
            "vnus._terms",
            "vnus._titles",
            "vnus.mentions",
            "vnus._annotate",
            "vnus.dates",
            "vnus._date_*",
            "vnus.amounts",
            "vnus._amount*",
        ),
    ),
    ("corpus", ("vnus.corpus", "vnus._page", "vnus._dating", "vnus._corpus*")),
    ("interfaces", ("vnus.cli", "vnus.__main__", "vnus.demo", "vnus.strategies")),
]


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / "vnus").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _layer(name: str) -> int:
    for number, (_, patterns) in enumerate(LAYERS):
        if any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns):
            return number
    raise AssertionError(
        f"{name} has no layer: add it to LAYERS in tests/test_layers.py "
        "and to the table in docs/architecture.md"
    )


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports_of(name: str) -> dict[str, int]:
    """The vnus modules ``name`` imports, each with the line of its first import."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: dict[str, int] = {}

    def add(target: str, line: int) -> None:
        if target in MODULES and target != name:
            found.setdefault(target, line)

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            add(module, node.lineno)
            for alias in node.names:
                add(f"{module}.{alias.name}", node.lineno)  # `from vnus import text`
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    # The package itself loads nothing at import: `from vnus import x` imports only x.
    found.pop("vnus", None)
    return found


GRAPH = {name: imports_of(name) for name in MODULES}


def test_every_module_has_a_layer() -> None:
    for name in MODULES:
        _layer(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_go_down_the_layers(name: str) -> None:
    own = _layer(name)
    for target, line in GRAPH[name].items():
        assert _layer(target) <= own, (
            f"{MODULES[name].relative_to(SRC)}:{line}: {name} ({LAYERS[own][0]}) imports "
            f"{target} ({LAYERS[_layer(target)][0]}), a higher layer"
        )


def _cycles() -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in GRAPH:
        if node not in index:
            connect(node)
    return groups


def test_no_import_cycles() -> None:
    assert _cycles() == []


def test_the_cycle_finder_finds_a_cycle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(GRAPH, "vnus.text", {**GRAPH["vnus.text"], "vnus.glossary": 1})
    assert ["vnus.glossary", "vnus.text"] in _cycles()


def test_late_imports_count() -> None:
    # vnus.mentions imports the title reader at the top; _titles imports find_terms
    # inside a function: both are edges.
    assert "vnus._titles" in GRAPH["vnus.mentions"]
    assert "vnus._terms" in GRAPH["vnus._titles"]
