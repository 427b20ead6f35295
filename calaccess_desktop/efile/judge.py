"""How the practice server judges an upload, as the SOS does.

- The file must read as CAL 2.01 (``cal.reader.read_cal``): format errors and
  empty Rx fields reject it.
- Empty R, C and Cx fields are judged by ``cal.gaps`` (Cx required here rejects it,
  the others are accepted with a warning); the app's own check reports the same gaps
  first. Messages name fields by their plain label (``cal.labels``).
- Amendments (spec page 14): Report_Num above zero needs the original filing's
  ID; amendment numbers come in sequence; the ID must be the original's, not an
  amendment's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from calaccess_desktop.cal.gaps import gaps
from calaccess_desktop.cal.labels import field_label
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import CalFile, read_cal
from calaccess_desktop.cal.values import ascii_digits
from calaccess_desktop.efile.protocol import Message, normalize_filing_id


@dataclass(frozen=True)
class Original:
    """What the server has on file for an original filing and its amendments."""

    filing_id: str
    filer_id: str
    form_type: str
    report_num: int
    highest_amendment: int
    original_filing_id: str = ""


@dataclass(frozen=True)
class Verdict:
    """The outcome of judging one upload."""

    accepted: bool
    messages: tuple[Message, ...]
    form_type: str = ""
    report_num: int = 0
    original_filing_id: str = ""

    @property
    def summary(self) -> str:
        """The SOS's receipt comment."""
        if not self.accepted:
            return "Filing did not pass validation"
        if self.messages:
            return "Filing accepted, but with warnings"
        return "Filing accepted"


def _gap_messages(rec: CalRecord, form: str) -> list[Message]:
    """Empty fields the SOS flags (``cal.gaps``), named by their plain label."""
    out = []
    label = f"{rec.rec_type} {rec.form_type}".strip()
    for gap in gaps(rec.values, rec.fields, form):
        name = field_label(rec.rec_type, rec.form_type, gap.spec)
        if gap.level == "error":
            text = f"{name} is empty; this filing is rejected without it"
        elif gap.spec.level == "R":
            text = f"{name} is empty; the filing is accepted with this warning"
        else:
            text = (f"{name} is empty, and this filing calls for it; the filing is accepted "
                    "with this warning")
        out.append(Message(gap.level, rec.line, label, gap.spec.number, text, gap.spec.name))
    return out


def check_file(data: bytes) -> tuple[CalFile, list[Message]]:
    """The file as read and its format and empty-field messages (no filer or amendment
    checks: each server does those its own way)."""
    cal = read_cal(data, "upload")
    messages = [
        Message(p.severity, p.line, p.rec_type, p.field_number, p.message, p.field_name)
        for p in cal.problems
    ]
    if cal.cover is not None:
        for rec in (cal.cover, *cal.records):
            messages.extend(_gap_messages(rec, cal.form_type))
    return cal, messages


def judge(data: bytes, *, filer_id: str, amends_filing_id: str = "",
          amendment_number: int | None = None,
          find_original: Callable[[str], Original | None] = lambda _id: None) -> Verdict:
    """Read and judge an upload; ``find_original`` looks up a filing ID on file."""
    cal, messages = check_file(data)
    if cal.cover is None:
        return Verdict(False, tuple(messages))
    cover, form = cal.cover, cal.form_type
    if cover.get("Filer_ID") and cover.get("Filer_ID").upper() != filer_id.upper():
        messages.append(_cvr(cover, "Filer_ID", f"is {cover.get('Filer_ID')!r}, but the filing "
                             f"was signed in as filer {filer_id}; a filer may file only its "
                             "own statements"))
    report_num, original = _amendment(cover, form, filer_id, amends_filing_id,
                                      amendment_number, find_original, messages)
    accepted = not any(m.level == "error" for m in messages)
    return Verdict(accepted, tuple(messages), form, report_num, original)


def _cvr(cover: CalRecord, name: str, text: str, level: str = "error") -> Message:
    """A cover-page message; ``text`` follows the field's plain label ('is ...')."""
    spec = next((s for s in cover.fields if s.name == name), None)
    label = field_label("CVR", cover.form_type, spec, name)
    return Message(level, cover.line, "CVR", spec.number if spec else 0, f"{label} {text}",
                   name)


def _amendment(cover: CalRecord, form: str, filer_id: str, amends: str,
               number: int | None, find: Callable[[str], Original | None],
               out: list[Message]) -> tuple[int, str]:
    """Spec page 14. Returns (Report_Num, the original filing's ID or '')."""
    raw = cover.get("Report_Num") or "0"
    if not ascii_digits(raw):
        out.append(_cvr(cover, "Report_Num", f"is {raw!r}; it must be a number (000 for an "
                        "original, 001 for the first amendment)"))
        return 0, ""
    num = int(raw)
    amends = normalize_filing_id(amends)
    if number is not None and number != num:
        out.append(_cvr(cover, "Report_Num", f"is {raw}, but the upload says it is amendment "
                        f"{number:03d}; the two must agree"))
    if num == 0:
        if amends:
            out.append(_cvr(cover, "Report_Num", f"is 000 (an original), but the upload names "
                            f"filing {amends} to amend; an amendment needs Report_Num 001 or "
                            "higher"))
        return 0, ""
    if not amends:
        out.append(_cvr(cover, "Report_Num", f"is {raw} (an amendment), but no original "
                        "filing ID was given; an amendment must name the filing it amends "
                        "(CA-...)"))
        return num, ""
    if not cover.get("AmendExp_1"):
        out.append(_cvr(cover, "AmendExp_1", "is empty; an amendment should explain what it "
                        "changes", "warning"))
    orig = find(amends)
    if orig is None or orig.filer_id.upper() != filer_id.upper():
        out.append(_cvr(cover, "Report_Num", f"amends filing {amends}, but there is no filing "
                        f"{amends} from filer {filer_id} on file"))
        return num, ""
    if orig.report_num:
        out.append(_cvr(cover, "Report_Num", f"amends {amends}, which is itself amendment "
                        f"{orig.report_num:03d} of filing {orig.original_filing_id}; an "
                        f"amendment must name the original filing's ID "
                        f"({orig.original_filing_id})"))
        return num, ""
    if orig.form_type != form:
        out.append(_cvr(cover, "Form_Type", f"is {form}, but filing {amends} is a {orig.form_type}"
                        "; an amendment must be the same form as the original"))
    expected = orig.highest_amendment + 1
    if num < expected:
        out.append(_cvr(cover, "Report_Num", f"is {num:03d}, but amendment {num:03d} of filing "
                        f"{amends} is already on file; the next amendment is {expected:03d}"))
    elif num > expected:
        out.append(_cvr(cover, "Report_Num", f"is {num:03d}, but amendment {expected:03d} of "
                        f"filing {amends} has not been received; amendments must come in "
                        "sequence"))
    return num, amends
