"""Form 425 as one value: nothing but cover records (CVR, CVR2, CVR3)."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.forms.spec import FormSpec


def _print(snapshot: Any, summary: Any) -> Any:
    from calaccess_desktop.forms.f425.print_layout import build

    return build(snapshot, summary)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f425.rules import RULES

    return RULES


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f425.demo import demo

    return demo(session, committees)


SPEC = FormSpec(
    code="F425",
    title="Form 425 - Semi-Annual Statement of No Activity",
    short_name="Form 425",
    kind="periodic",
    parts=(),
    record_order=(("CVR2", ""), ("CVR3", ""), ("TEXT", "")),
    statement_types=("S1", "S2"),
    itemizes=False,
    printer=_print,
    rules=_rules,
    demo=_demo,
    notes={"hint": "Nothing to enter but the cover: a Form 425 says the committee received "
                   "no contributions and made no payments in the whole half-year "
                   "(January-June: S1, July-December: S2). Candidates' committees file a "
                   "Form 460 instead."},
)
