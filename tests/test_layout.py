"""The layout shows the pipeline: stage packages whose imports go one way, small modules.

read -> analyse -> resolve -> site -> write -> mkdocs. A stage may import itself and the
stages before it; every module may import the shared leaves (model, errors, slugs, files,
progress), which import only each other. The entry points (build, cli, evaluation) sit on
top and nothing below imports them. Imports are read from the source (``ast``), function
bodies and ``TYPE_CHECKING`` blocks included, so a lazy import cannot hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
STAGES = ("read", "analyse", "resolve", "site", "write", "mkdocs")
SHARED = frozenset({"model", "errors", "slugs", "files", "progress"})
TOP = frozenset({"__main__", "build", "cli", "evaluation"})
MAX_LINES = 400


def _module_name(path: Path) -> str:
    """``generator.site.views`` for ``generator/site/views.py`` (a package is its ``__init__``)."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str) -> set[str]:
    """The ``generator`` modules that module ``name`` imports, anywhere in its source."""
    path = MODULES[name]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.split(".")[0] == "generator"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "generator":
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                out.add(sub if sub in MODULES else node.module)
    return {m for m in out if m != name}


def _place(name: str) -> str:
    """The stage, ``shared`` or ``top`` of a module."""
    parts = name.split(".")
    if len(parts) == 1:
        return "shared"  # the package itself holds only its version
    first = parts[1]
    if first in STAGES:
        return first
    if first in SHARED:
        return "shared"
    assert first in TOP, f"{name} is in no stage: put it in a stage package or list it here"
    return "top"


def _allowed(importer: str, imported: str) -> bool:
    """Whether a module in place ``importer`` may import one in place ``imported``."""
    if imported == "shared":
        return True
    if importer == "top":
        return True
    if imported == "top" or importer == "shared":
        return False
    return STAGES.index(imported) <= STAGES.index(importer)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_go_with_the_flow(name: str) -> None:
    here = _place(name)
    wrong = sorted(m for m in _imports(name) if not _allowed(here, _place(m)))
    assert wrong == [], f"{name} ({here}) imports against the flow: {wrong}"


def test_no_import_cycle() -> None:
    graph = {name: _imports(name) & MODULES.keys() for name in MODULES}
    cycles = _cycles(graph)
    assert cycles == [], f"modules that import each other: {cycles}"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ],
)
def test_the_cycle_finder_finds_cycles(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert _cycles(graph) == expected


@pytest.mark.parametrize(
    ("importer", "imported", "allowed"),
    [
        ("site", "resolve", True),
        ("resolve", "site", False),
        ("read", "analyse", False),
        ("analyse", "shared", True),
        ("shared", "read", False),
        ("write", "top", False),
        ("top", "write", True),
    ],
)
def test_the_flow_rule(importer: str, imported: str, allowed: bool) -> None:
    assert _allowed(importer, imported) is allowed


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_package_says_what_it_takes_and_gives(stage: str) -> None:
    doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8")))
    assert doc is not None and "takes" in doc and "Gives" in doc, f"generator/{stage}/__init__.py"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_too_long(name: str) -> None:
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[name]} has {lines} lines; split it by job"
