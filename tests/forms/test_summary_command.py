"""``summary N`` prints every form's own summary lines (from its FormSpec), never a
traceback: the text and the JSON carry the same amounts the form's summary computes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.domain.money import format_cal_amount, format_display
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("summary") / "d.sqlite"
    assert main(["demo", "--all-forms", "--db", str(db)]) == 0
    return db


def _statements(db: Path) -> list[tuple[int, str]]:
    store = Store.open(str(db))
    try:
        with store.read() as session:
            return [(s.id, s.form_type) for s in session.query(Statement).order_by(Statement.id)]
    finally:
        store.close()


def _expected_rows(db: Path, sid: int, form: str) -> list[tuple[str, str, int | None, int | None]]:
    store = Store.open(str(db))
    try:
        with store.read() as session:
            summary = summary_of(session, sid)
    finally:
        store.close()
    rows = spec_for(form).summary_rows
    assert rows is not None
    return rows(summary)


def test_every_form_with_a_summary_prints_its_own_lines(
        demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seen = set()
    for sid, form in _statements(demo_file):
        spec = spec_for(form)
        code, out, err = _run(capsys, "summary", str(sid), "--db", str(demo_file))
        if spec.summarize is None:
            assert code == 1 and "has no summary page" in err and spec.short_name in err
            assert "Traceback" not in err
            continue
        assert code == 0, err
        assert spec.short_name in out.splitlines()[0]
        if spec.summary_rows is None:  # Form 460: its own page layout (tests/db/test_cli.py)
            continue
        seen.add(form)
        expected = _expected_rows(demo_file, sid, form)
        code, js, _ = _run(capsys, "summary", str(sid), "--json", "--db", str(demo_file))
        lines = json.loads(js)["lines"]
        assert [(x["line"], x["words"]) for x in lines] == [(r[0], r[1]) for r in expected]
        for x, (_line, _words, a, b) in zip(lines, expected, strict=True):
            assert x["a"] == (None if a is None else format_cal_amount(a))
            assert x["b"] == (None if b is None else format_cal_amount(b))
            if a is not None:
                assert format_display(a) in out
    assert {"F450", "F461", "F465"} <= seen
