"""Guard: outside ``forms/`` the code asks the form registry; it does not branch on a
form code (``form == "F460"``, ``form in ("F460", "F450")``, ``.in_(("F460", ...))``).

None is left: a form's facts are ``FormSpec`` fields set in its package, its own
rules live in its ``rules.py``. The test fails as soon as a branch appears anywhere
outside ``forms/``."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import calaccess_desktop

ROOT = Path(calaccess_desktop.__file__).parent
FORM_CODE = re.compile(r"^F\d{3}$")
# CAL record types spelled like a form code (the Form 495 page is a record of 450/460).
RECORD_TYPES = frozenset({"F495"})

def _literals(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [v for e in node.elts for v in _literals(e)]
    return []


def form_branches(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """(line, form codes) of each comparison or SQL ``in_`` against form-code literals."""
    out = []
    for node in ast.walk(tree):
        values: list[str] = []
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, (ast.Eq, ast.NotEq, ast.In, ast.NotIn)):
                    values += _literals(right)
                if isinstance(op, (ast.Eq, ast.NotEq)):
                    values += _literals(node.left)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "in_"):
            values = [v for a in node.args for v in _literals(a)]
        codes = [v for v in values if FORM_CODE.match(v) and v not in RECORD_TYPES]
        if codes:
            out.append((node.lineno, codes))
    return out


def _found() -> dict[str, list[tuple[int, list[str]]]]:
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("forms/"):
            continue
        hits = form_branches(ast.parse(path.read_text(encoding="utf-8")))
        if hits:
            found[rel] = hits
    return found


def test_the_guard_sees_a_form_branch() -> None:
    tree = ast.parse('if stmt.form_type == "F460":\n    pass\n'
                     'x = form in ("F450", "F497")\n'
                     'q = Statement.form_type.in_(("F460", "F450"))\n'
                     'ok = rec.rec_type == "F495" or rec.form_type == "F497P1"\n')
    assert [line for line, _ in form_branches(tree)] == [1, 3, 4]


def test_no_branch_on_a_form_code_outside_forms() -> None:
    found = _found()
    assert found == {}, "ask forms.registry (spec_for(code)) instead of testing form codes"
