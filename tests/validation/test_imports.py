"""validation/ has no import cycle (counting imports inside functions and under
TYPE_CHECKING), and the engine and rule API never import a form package or the form
registry: the services hand the rules in."""

from __future__ import annotations

import ast
from pathlib import Path

import calaccess_desktop.validation as package

ROOT = Path(package.__file__).parent
PREFIX = "calaccess_desktop.validation"


def _module(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join([PREFIX, *parts]) if parts else PREFIX


def _imports(path: Path) -> set[str]:
    """Every module this file imports, wherever the import statement is."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
    return out


def graph() -> dict[str, set[str]]:
    """validation module -> validation modules it imports (a package's __init__ excluded
    as a target when a submodule is named: ``from x.rules import receipts``)."""
    files = {_module(p): p for p in ROOT.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in files.items():
        targets = {t for t in _imports(path) if t in files and t != name}
        # "from pkg import sub" names both pkg and pkg.sub: keep the submodule only.
        targets -= {t for t in targets if any(o.startswith(t + ".") for o in targets)}
        edges[name] = targets
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str]:
        state[n] = 1
        stack.append(n)
        for m in sorted(edges.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return []

    for n in sorted(edges):
        if n not in state and (found := visit(n)):
            return found
    return []


def test_no_import_cycle_in_validation() -> None:
    edges = graph()
    assert len(edges) > 20
    assert not _cycle(edges), " -> ".join(_cycle(edges))


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert not _cycle({"a": {"b"}, "b": {"c"}, "c": set()})


def test_validation_never_imports_a_form_package_or_the_registry() -> None:
    for path in ROOT.rglob("*.py"):
        name = _module(path).removeprefix(PREFIX + ".")
        for target in _imports(path):
            parts = target.split(".")
            assert not (len(parts) > 2 and parts[1] == "forms"
                        and (parts[2] == "registry" or parts[2][:1] == "f"
                             and parts[2][1:].isdigit())), (name, target)
