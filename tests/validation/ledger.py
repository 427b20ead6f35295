"""Write docs/RULES.md, the coverage ledger of the rule catalog
(``calaccess_desktop/validation/catalog.json``).

    .venv/bin/python -m tests.validation.ledger        # rewrite docs/RULES.md

Every catalog rule is listed: implemented (with its severity here, its scope and the
tests that break and satisfy it), covered by another rule, or not yet (and why).
``test_ledger.py`` fails when the file is out of date.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation.catalog import (
    COVERED_BY,
    NOT_YET,
    SEVERITY_REASONS,
    entries,
)
from calaccess_desktop.validation.conditions import NEVER, TABLE
from tests.conftest import REPO
from tests.validation.cases import CASES, form_case_modules

TARGET = REPO / "docs" / "RULES.md"
BEYOND = ("CAL-FMT", "CAL-CODE", "APP-")  # rules of this project beyond the catalog
RULE_TESTS = "tests/validation/test_rules.py::test_rule_breaks_and_holds"
FILE_TESTS: dict[str, list[str]] = {
    "CAL-001": ["tests/validation/test_files.py::test_header_problem_is_cal_001"],
    "CAL-FMT-001": ["tests/validation/test_files.py::test_unreadable_files"],
    "CAL-FMT-002": ["tests/validation/test_files.py::test_unknown_record_and_field_count",
                    "tests/validation/test_files.py::test_smry_of_the_wrong_form_is_a_structure"
                    "_problem"],
    "CAL-FMT-003": ["tests/validation/test_files.py::test_unknown_record_and_field_count"],
    "CAL-FMT-004": ["tests/validation/test_files.py::test_malformed_value_is_named"],
    "CAL-FMT-005": ["tests/validation/test_files.py::test_missing_required_field_rejects_the_file"],
    "APP-SOS-001": ["tests/trust/test_rules_server_gaps.py::test_warnings_are_one_notice_per_"
                    "record_naming_each_field",
                    "tests/trust/test_rules_server_gaps.py::test_a_field_another_rule_reports_"
                    "is_not_repeated",
                    "tests/trust/test_rules_judge_parity.py::test_demo_judge_findings_are_all_"
                    "in_the_check",
                    "tests/trust/test_rules_judge_parity.py::test_hypothesis_judge_findings_"
                    "are_all_in_the_check"],
    "APP-SOS-002": ["tests/trust/test_rules_server_gaps.py::test_a_gap_that_rejects_is_an_"
                    "error_even_beside_a_warning"],
    "CAL-FMT-006": ["tests/validation/test_files.py::test_version_other_than_201_is_a_format_"
                    "warning",
                    "tests/validation/test_files.py::test_lobbying_record_is_skipped_with_a_"
                    "warning"],
}
HEURISTIC = {"F460-D-004", "F460-F-005", "F460-E-009", "F460-E-008", "F460-E-012",
             "F460-E-013", "F460-F-010", "F460-H-005", "F460-C-006", "F460-I-002",
             "F460-A-009", "F460-A-017", "F460-A-019", "F460-C-007", "F460-A-014",
             "F460-B-005", "F460-B-012", "F460-G-002", "AMD-004"}


def catalog() -> list[tuple[str, str, str, str, str]]:
    """(section, id, catalog severity, scope, summary) in catalog order."""
    return [(e.section, e.id, e.severity, e.scope, e.summary) for e in entries()]


def other_tests() -> dict[str, list[str]]:
    """Rule id -> tests named outside the cases: the file tests above and each form
    package's ``RULE_TESTS`` (``tests/<folder>/rule_cases.py``)."""
    out: dict[str, list[str]] = {k: list(v) for k, v in FILE_TESTS.items()}
    for module in form_case_modules():
        for rid, names in getattr(module, "RULE_TESTS", {}).items():
            out.setdefault(rid, []).extend(n for n in names if n not in out[rid])
    return out


def tests_of(rule_id: str) -> list[str]:
    names = [f"{RULE_TESTS}[{c.id}]" for c in CASES if c.rule == rule_id]
    return names + other_tests().get(rule_id, [])


def _family(rule_id: str) -> str:
    """GEN, XST, AMD, DATE, CAL, EFS; Form 460 by part (F460-A, F460-SUM); other forms."""
    parts = rule_id.split("-")
    return "-".join(parts[:2]) if parts[0] == "F460" else parts[0]


def _severity_note(rule_id: str, ours: str, theirs: str) -> str:
    if ours == theirs:
        return ""
    if rule_id in HEURISTIC:
        return SEVERITY_REASONS["heuristic"]
    owned = any(n.rule == rule_id for entry in TABLE.values() for n in entry)
    return SEVERITY_REASONS["spec" if owned else "accepted"]


def render() -> str:
    rows = catalog()
    registered = rule_set().catalog()
    status: dict[str, str] = {}
    for _section, rid, _sev, _scope, _text in rows:
        status[rid] = ("implemented" if rid in registered else
                       "covered" if rid in COVERED_BY else "not yet")
    counts = Counter(status.values())
    fam: dict[str, Counter[str]] = defaultdict(Counter)
    for _section, rid, *_ in rows:
        fam[_family(rid)][status[rid]] += 1
    out = [
        "# Validation rules: coverage ledger",
        "",
        "Generated by `tests/validation/ledger.py` from the app's rule set "
        "(`calaccess_desktop/validation/rules/` and each form package's `rules`), the "
        "rule catalog "
        "(`calaccess_desktop/validation/catalog.json`: the rule ids of the form-rules "
        "guide, section 6, with one-line summaries in this project's words) and the tests; "
        "`tests/validation/test_ledger.py` fails when this file is out of date. Rewrite it "
        "with `.venv/bin/python -m tests.validation.ledger`; "
        "`.venv/bin/python tools/check_catalog.py GUIDE` compares the catalog's ids with "
        "the guide's.",
        "",
        "## Summary",
        "",
        f"- Catalog rules: {len(rows)}.",
        f"- Implemented, each with a test that breaks it and one that satisfies it: "
        f"{counts['implemented']}.",
        f"- Covered by another rule's check: {counts['covered']}.",
        f"- Not yet: {counts['not yet']} (reasons below).",
        f"- Besides the catalog: one generated rule per required field of the CAL layouts "
        f"(`SPEC-<REC>-<NN>`, {_spec_count()} field checks), "
        f"{len([r for r in registered if r.startswith('CAL-FMT')])} file-format rules "
        "(`CAL-FMT-*`), `CAL-CODE-001` (coded fields hold a defined code) and "
        f"{len([r for r in registered if r.startswith('APP-')])} rules of this app "
        "(`APP-*`).",
        "",
        "| Family | Implemented | Covered | Not yet |",
        "|---|---|---|---|",
    ]
    for family in sorted(fam):
        c = fam[family]
        out.append(f"| {family} | {c['implemented']} | {c['covered']} | {c['not yet']} |")
    out += [
        "",
        "## Severity",
        "",
        "Two severities, as the issue defines them: **error** when the Secretary of State "
        "would reject the filing (a missing `Rx`/`Cx` field, a malformed amount, duplicate "
        "transaction IDs, an amendment out of sequence ...) or the form's math is broken "
        "(summary page and schedule summaries); filing is blocked. **warning** when the "
        "filing is accepted but worth a look. The catalog marks some rules ERROR that the "
        "SOS accepts (for example missing contributor occupation: the spec's level `C`); "
        "those are warnings here, and the table says why in the *Here* column.",
        "",
        "Severity reasons: "
        + "; ".join(f"*{k}*: {v}" for k, v in SEVERITY_REASONS.items()) + ".",
        "",
    ]
    section = ""
    for sec, rid, theirs, scope, text in rows:
        if sec != section:
            section = sec
            out += ["", f"## {sec}", "",
                    "| ID | Rule | Catalog | Here | Scope | Status | Tests or reason |",
                    "|---|---|---|---|---|---|---|"]
        rule_text = _cell(text)
        if status[rid] == "implemented":
            r = registered[rid]
            note = _severity_note(rid, r.severity, theirs)
            here = r.severity + (f" ({_short(note)})" if note else "")
            tests = tests_of(rid)
            what = "<br>".join(f"`{t}`" for t in tests) or "**no test**"
            out.append(f"| {rid} | {rule_text} | {theirs} | {here} | {r.scope} | implemented | "
                       f"{what} |")
        elif status[rid] == "covered":
            by, why = COVERED_BY[rid]
            out.append(f"| {rid} | {rule_text} | {theirs} | - | {scope} | covered by {by} | "
                       f"{_cell(why)} |")
        else:
            out.append(f"| {rid} | {rule_text} | {theirs} | - | {scope} | not yet | "
                       f"{_cell(NOT_YET.get(rid, '**reason missing**'))} |")
    out += _extra_rules() + _conditions() + _data()
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _short(note: str) -> str:
    return {v: k for k, v in SEVERITY_REASONS.items()}.get(note, note)


def _spec_count() -> int:
    return len(_spec_fields())


def _spec_fields() -> set[tuple[str, str]]:
    import json
    from importlib import resources

    data = json.loads(resources.files("calaccess_desktop.cal").joinpath("layouts.json")
                      .read_text("utf-8"))
    out = set()
    for rec_type, record in data["records"].items():
        for lay in record["layouts"]:
            for slot in lay["fields"]:
                for f in slot.get("alternatives", [slot]):
                    if f["level"] in ("Rx", "R", "Cx", "C"):
                        out.add((rec_type, f["name"]))
    return out


def _extra_rules() -> list[str]:
    out = ["", "## Rules beyond the catalog", "",
           "| ID | Severity | Scope | Rule | Tests |", "|---|---|---|---|---|"]
    for rid, r in sorted(rule_set().catalog().items()):
        if rid.startswith(BEYOND):
            tests = "<br>".join(f"`{t}`" for t in tests_of(rid)) or "**no test**"
            out.append(f"| {rid} | {r.severity} | {r.scope} | {r.title} | {tests} |")
    out.append("| SPEC-&lt;REC&gt;-&lt;NN&gt; | by level | record | A required field of the "
               "CAL layout is missing (Rx/Cx error, R/C warning), under the conditions "
               "below. | `tests/validation/test_spec.py`, `tests/validation/test_files.py::"
               "test_missing_required_field_rejects_the_file` |")
    return out


def _conditions() -> list[str]:
    out = ["", "## Conditions of the spec-level rules", "",
           "Every `C`/`Cx` field of the layouts, and the `R` fields that apply only "
           "sometimes, with the condition under which it is required "
           "(`calaccess_desktop/validation/conditions/`). *Forms* are the record's "
           "Form_Type (the filing's form for cover records); *Reported as* is the catalog "
           "rule that reports the missing field, else the generated `SPEC` id. A field not "
           "listed here is required whenever its level is `Rx` or `R`.", "",
           "| Record | Field | Level | Forms | Required | Reported as | Note |",
           "|---|---|---|---|---|---|---|"]
    for (rec, name), entry in sorted(TABLE.items()):
        levels = sorted({f.level for lay_form in _forms_of(rec) for f in
                         fields_for(rec, lay_form) if f.name == name})
        for need in entry:
            forms = ", ".join(sorted(need.forms)) if need.forms else "any"
            when = "never" if need.why == NEVER else (need.why or "always")
            if need.ctx is not None and need.why and need.why != NEVER:
                when = need.why
            sev = f" ({need.severity})" if need.severity else ""
            out.append(f"| {rec} | {name} | {'/'.join(levels)} | {forms} | "
                       f"{_cell(when)}{sev} | {need.rule or 'SPEC'} | {_cell(need.note)} |")
    return out


def _data() -> list[str]:
    from calaccess_desktop.forms import limits

    data = limits.data()
    out = ["", "## Limits and thresholds as data", "",
           f"`calaccess_desktop/forms/limits.json` (version {limits.version()}) holds the "
           "contribution limits by two-year cycle, the voluntary expenditure ceilings and "
           "the thresholds of form-rules.md §8 that `forms/constants.json` does not; "
           "`calaccess_desktop/forms/limits.py` reads it. F460-A-018 warns when a source's "
           "total exceeds the limit in force on the contribution's date, naming the limit "
           "and its years; cycles the guide has no figure for are not checked.", "",
           "| Limit | Per | Cycles on file |", "|---|---|---|"]
    for kind, spec in data["contribution_limits"].items():
        cycles = ", ".join(f"{e['from'][:4]}-{e['to'][:4]}: ${int(e['cents']) // 100:,}"
                           for e in spec["amounts"])
        out.append(f"| {kind} ({_cell(spec['label'])}) | {spec['per']} | {cycles} |")
    return out


def _forms_of(rec: str) -> list[str]:
    import json
    from importlib import resources

    data = json.loads(resources.files("calaccess_desktop.cal").joinpath("layouts.json")
                      .read_text("utf-8"))
    out = []
    for lay in data["records"].get(rec, {}).get("layouts", []):
        out.extend(lay["form_types"] or [""])
    return out


def main() -> None:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()

