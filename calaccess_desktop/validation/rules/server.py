"""Empty fields the Secretary of State's system flags (``cal.gaps``), reported by the app
first and in its own words, so that no warning from a filing server comes as a surprise.
The words name the committee's own filing officer's system (``system_of``): the SOS's,
or a city's NetFile e-filing system, which reads the same CAL format.

A gap another rule already reports at the same field (a missing required field, a
self-employed contributor without a business name ...) is not repeated (``engine``).
"""

from __future__ import annotations

import dataclasses

from calaccess_desktop.cal import layouts
from calaccess_desktop.cal.gaps import checks_of as gap_checks  # the layout's checks
from calaccess_desktop.cal.gaps import gaps
from calaccess_desktop.cal.model import per_layout
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.validation.checks import Issues
from calaccess_desktop.validation.context import Row
from calaccess_desktop.validation.findings import Finding
from calaccess_desktop.validation.ruleset import collect, rule
from calaccess_desktop.validation.spec_screen import blank_at
from calaccess_desktop.validation.words import lower_first

_ALL = tuple((rec_type, "*") for rec_type in sorted(layouts.record_types()))


_BLANK = " is blank ("
SOS_SYSTEM = "the Secretary of State's system"


def system_of(snap: StatementSnapshot) -> str:
    """Whose filing system checks the file: 'the Secretary of State's system', 'the
    Practice City Clerk's e-filing system'; 'an e-filing system' for an officer that takes
    paper or e-mail."""
    officer = snap.officers[0] if snap.officers else None
    if officer is None or officer.method == "sos":
        return SOS_SYSTEM
    if officer.method == "netfile":
        return f"{officer.name}'s e-filing system"
    return "an e-filing system"


def _warns(system: str) -> str:
    return f"; {system} warns about it but still accepts the filing."


_WARN_FIX = ("Fill it in if it applies here; if it does not, leave it blank and ignore that "
             "warning.")
_WARN_FIXES = ("Fill in those that apply here; leave the others blank and ignore those "
               "warnings.")
_RIGHT_FIX = "Nothing to fix: leave it blank and ignore that warning."


# Statement types tied to one election (the app asks for Elect_Date only on these).
_ELECTION_TYPES = frozenset({"PE", "SE"})
_TYPE_WORDS = {"SA": "semi-annual", "QT": "quarterly", "TS": "termination",
               "SY": "special odd-year", "S1": "semi-annual", "S2": "semi-annual"}


def _no_election(r: Row, name: str) -> bool:
    """A statement whose type is not tied to one election (semi-annual, quarterly,
    termination ...) rightly leaves its election date blank."""
    return (name == "Elect_Date" and r.rec_type == "CVR" and bool(r.ctx.stmt_type)
            and r.ctx.stmt_type not in _ELECTION_TYPES)


def _gaps(r: Row, level: str) -> Issues:
    found = [g for g in gaps(r.v, r.fields, r.ctx.form) if g.level == level]
    if not found:
        return None
    system = system_of(r.ctx.snap)
    warns = _warns(system)
    out = []
    for g in found:
        label = r.label(g.spec.name)
        if level == "warning" and _no_election(r, g.spec.name):
            kind = _TYPE_WORDS.get(r.ctx.stmt_type, "")
            out.append((g.spec.name, f"{label}{_BLANK}{r.where()}){warns} The election "
                        f"date is rightly blank: {'a ' + kind if kind else 'this'} "
                        "statement is not tied to one election.", _RIGHT_FIX))
        elif level == "error":
            out.append((g.spec.name, f"{label}{_BLANK}{r.where()}); {system} rejects "
                        "this filing without it.",
                        f"Enter the {lower_first(label)}."))
        else:
            out.append((g.spec.name, f"{label}{_BLANK}{r.where()}){warns}",
                        _WARN_FIX))
    return out


def combine(notices: list[Finding], system: str = SOS_SYSTEM) -> Finding:
    """One finding for several APP-SOS-001 notices of one record (at the first field),
    keeping what each says about why a field is rightly blank (``system``: whose system
    the notices name, ``system_of``)."""
    if len(notices) == 1:
        return notices[0]
    warns = _warns(system)  # the marker the notices were written with
    first = notices[0]
    labels = [lower_first(f.message.split(_BLANK, 1)[0]) for f in notices]
    where = first.message.split(_BLANK, 1)[1].split(")" + warns)[0]
    listed = ", ".join(f"the {x}" for x in labels[:-1]) + " and the " + labels[-1]
    notes = "".join(" " + f.message.split(warns, 1)[1].strip() for f in notices
                    if f.message.split(warns, 1)[1:] != [""])
    return dataclasses.replace(
        first,
        message=f"{system[:1].upper()}{system[1:]} will warn that {listed} are blank "
                f"({where}); it still accepts the filing.{notes}",
        fix=_WARN_FIXES)


def _with_gaps(rows: list[Row]) -> list[Row]:
    """The rows with any field a server flags (both rules' screen), column by column:
    the rows blank where a check of the layout looks (``cal.gaps``) and, for a check
    with a condition, holding one of its values where it looks."""
    plan, ctx = rows[0].plan, rows[0].ctx
    form, every = ctx.form, set(range(len(rows)))
    picked: set[int] = set()
    for check in per_layout(plan.fields, "server_gaps", gap_checks):
        if check.on_forms is not None and (form in check.on_forms) == check.negate:
            continue
        blank = blank_at(ctx.column(rows, check.position))
        if blank is not None and not blank - picked:
            continue
        if check.when is not None:
            at, wanted = check.when
            if at >= plan.n:
                continue
            values = ctx.column(rows, at)
            hits = {v for v in set(values) if v.upper() in wanted}
            if not hits:
                continue
            holding = {k for k, v in enumerate(values) if v in hits}
            blank = holding if blank is None else blank & holding
        picked |= every if blank is None else blank
    return [rows[k] for k in sorted(picked)]


@rule("APP-SOS-001", severity="warning", scope="record", applies_to=_ALL, screen=_with_gaps)
def server_warns_when_blank(r: Row) -> Issues:
    """A field the SOS's system warns about when it is blank (an R field, or a C field
    whose description asks for it on this filing) is pointed out before filing. An
    election date a semi-annual or quarterly statement rightly leaves blank is said to
    be right, and why the SOS's system warns anyway.
    Source: [CAL-201][ISP-WARN]"""
    return _gaps(r, "warning")


@rule("APP-SOS-002", severity="error", scope="record", applies_to=_ALL, screen=_with_gaps)
def server_rejects_when_blank(r: Row) -> Issues:
    """A Cx field whose description requires it on this filing rejects the filing when it
    is blank.
    Source: [CAL-201]"""
    return _gaps(r, "error")


RULES = collect(globals())
