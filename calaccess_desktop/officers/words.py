"""A filing officer in plain words, for the list, the profile dialog and the packet."""

from __future__ import annotations

from calaccess_desktop.domain.money import Cents, format_display
from calaccess_desktop.officers.model import Officer

LEVEL_WORDS = {"state": "state", "county": "county", "city": "city"}
PER_WORDS = {"election": "per election", "year": "per calendar year"}


def dollars(cents: Cents) -> str:
    """$1,234 for whole dollars, else $1,234.50."""
    text = format_display(cents)
    return "$" + (text[:-3] if text.endswith(".00") else text)


def how_it_files(o: Officer) -> str:
    """'e-filing with the Secretary of State', 'e-filing through NetFile (agency SFO)' ..."""
    if o.method == "sos":
        return "e-filing with the Secretary of State (CAL format)"
    if o.method == "netfile":
        agency = f" (agency code {o.netfile_agency})" if o.netfile_agency else \
            " (agency code not on file: ask the office)"
        return "e-filing through NetFile" + agency
    if o.method == "email":
        return f"e-mail to {o.email}" if o.email else "e-mail"
    return "paper, delivered or mailed"


def rule_lines(o: Officer) -> list[str]:
    """The jurisdiction's own rules, one per line (none: the state's rules apply)."""
    out = []
    if o.itemize_threshold is not None:
        out.append(f"Contributors are itemized from {dollars(o.itemize_threshold)} a year "
                   "(the state: $100).")
    if o.late_threshold is not None:
        out.append(f"A late contribution report (Form 497) is owed from "
                   f"{dollars(o.late_threshold)} (the state: $1,000).")
    for lim in o.limits:
        out.append(f"Limit: {dollars(lim.cents)} {PER_WORDS.get(lim.per, lim.per)} on "
                   f"{lim.label}.")
    out += [f"Also file: {form}." for form in o.extra_forms]
    return out


def describe(o: Officer) -> list[str]:
    """Every line worth showing about an officer."""
    kind = "; made up, for training" if o.practice else ""
    place = "" if o.jurisdiction == o.name else f" - {o.jurisdiction}"
    lines = [f"{o.name}{place} ({LEVEL_WORDS.get(o.level, o.level)}{kind})",
             f"Takes filings by {how_it_files(o)}."]
    if o.signers_required:
        lines.append("Each signer needs a signer ID and PIN from the agency.")
    if o.address:
        lines.append("Address: " + ", ".join(o.address))
    elif o.method == "paper":
        lines.append("Address: not on file; ask the office.")
    if o.email and o.method != "email":
        lines.append(f"E-mail: {o.email}")
    lines += rule_lines(o) or ["The state's itemization and limit rules apply."]
    lines += [f"Delivery: {r.words}" for r in o.delivery]
    if o.example:
        lines.append("This is an example entry: check its details with the office before "
                     "relying on them.")
    if o.notes:
        lines.append(o.notes)
    return lines


def as_json(o: Officer) -> dict[str, object]:
    """The officer as plain data (amounts in cents)."""
    return {
        "code": o.code, "name": o.name, "jurisdiction": o.jurisdiction, "level": o.level,
        "method": o.method, "netfile_agency": o.netfile_agency or None,
        "address": list(o.address), "email": o.email or None, "phone": o.phone or None,
        "website": o.website or None, "signers_required": o.signers_required,
        "itemize_threshold_cents": o.itemize_threshold,
        "late_threshold_cents": o.late_threshold,
        "limits": [{"office": lim.office or None, "cents": lim.cents, "per": lim.per,
                    "label": lim.label, "contributor": lim.contributor or None,
                    "from": lim.start.isoformat() if lim.start else None,
                    "to": lim.end.isoformat() if lim.end else None} for lim in o.limits],
        "extra_forms": list(o.extra_forms),
        "delivery": [{"when": r.when, "ways": list(r.ways), "words": r.words}
                     for r in o.delivery],
        "example": o.example, "practice": o.practice, "notes": o.notes or None,
    }
