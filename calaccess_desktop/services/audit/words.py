"""The trail's row images in words: which fields changed, from what to what."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from calaccess_desktop.cal.model import layout_for

HIDDEN = frozenset({"id", "statement_id", "committee_id", "contact_id", "seq", "created_at",
                    "updated_at", "amount_cents", "tran_date", "memo", "rec_type",
                    "form_type", "tran_id", "entity_cd", "bakref_tid", "match_key",
                    "next_tran_seq", "version", "version_id", "spec_version"})
VALUE_MAX = 120
ITEMIZE_WORDS = {"auto": "by the $100 rule", "always": "always", "never": "never",
                 "lump": "an unitemized total"}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a row: its label and its value before and after ("" when none)."""

    field: str
    before: str
    after: str


def shown(value: Any) -> str:
    """A stored value as text: dates as ISO, yes/no, long text shortened."""
    if isinstance(value, dict) and "__date__" in value:
        value = str(value["__date__"])[:19].replace("T", " ")
    elif isinstance(value, bool):
        value = "yes" if value else "no"
    elif value is None:
        value = ""
    text = str(value)
    return text if len(text) <= VALUE_MAX else text[:VALUE_MAX - 1] + "…"


def _label(rec_type: str, form_type: str, name: str) -> str:
    from calaccess_desktop.services.filing.wording import field_words

    try:
        return field_words(rec_type, form_type, name)
    except (KeyError, ValueError, LookupError):
        return name.replace("_", " ")


def _values(before: list[Any] | None, after: list[Any] | None) -> list[FieldChange]:
    """Field-by-field differences of two CAL value lists (a record's or a cover's)."""
    old, new = list(before or []), list(after or [])
    model = new if len(new) >= 2 else old
    if len(model) < 2:
        return []
    try:
        fields = layout_for([str(v) for v in model])
    except (KeyError, ValueError, LookupError):
        fields = ()
    rec_type, form_type = str(model[0]).upper(), str(model[1]).upper()
    out = []
    for i in range(2, max(len(old), len(new))):
        a = str(old[i]) if i < len(old) and old[i] is not None else ""
        b = str(new[i]) if i < len(new) and new[i] is not None else ""
        if a == b:
            continue
        spec = fields[i] if i < len(fields) else None
        name = spec.name if spec is not None else f"field {i + 1}"
        if name == "Tran_ID" and before is not None and after is not None:
            continue
        kind = spec.kind if spec is not None else "text"
        out.append(FieldChange(_label(rec_type, form_type, name), _typed(kind, a),
                               _typed(kind, b)))
    return out


def _typed(kind: str, value: str) -> str:
    """A CAL value as people write it: '$1,250.00', '08/01/2026'."""
    from calaccess_desktop.domain.money import AmountError, format_display, parse_cal_amount

    if kind == "date" and len(value) == 8 and value.isdigit():
        return f"{value[4:6]}/{value[6:]}/{value[:4]}"
    if kind == "amount" and value:
        try:
            cents = parse_cal_amount(value)
        except AmountError:
            return shown(value)
        return f"-${format_display(-cents)}" if cents < 0 else f"${format_display(cents)}"
    return shown(value)


def _profile(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[FieldChange]:
    old, new = dict(before or {}), dict(after or {})
    return [FieldChange(_label("CVR", "F460", k), shown(old.get(k)), shown(new.get(k)))
            for k in sorted(set(old) | set(new)) if old.get(k) != new.get(k)]


def field_changes(table: str, before: dict[str, Any] | None,
                  after: dict[str, Any] | None) -> list[FieldChange]:
    """What changed in one row, field by field, in the app's words."""
    old, new = before or {}, after or {}
    out: list[FieldChange] = []
    for key in [k for k in {**old, **new} if k not in HIDDEN]:
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if key in ("values", "cover") and (isinstance(a, list) or isinstance(b, list)):
            out.extend(_values(a if isinstance(a, list) else None,
                               b if isinstance(b, list) else None))
        elif key == "profile" and (isinstance(a, dict) or isinstance(b, dict)):
            out.extend(_profile(a if isinstance(a, dict) else None,
                                b if isinstance(b, dict) else None))
        elif key == "itemize":
            words = ITEMIZE_WORDS
            if not (before is None and b == "auto"):  # the usual choice, not worth a line
                out.append(FieldChange("Itemized", words.get(str(a), shown(a)) if a else "",
                                       words.get(str(b), shown(b)) if b else ""))
        elif key == "password_hash":
            out.append(FieldChange("password", "(hidden)", "(hidden, changed)"))
        else:
            out.append(FieldChange(key.replace("_", " "), shown(a), shown(b)))
    return out


def entry_name(image: dict[str, Any], tran_id: str = "") -> str:
    """'entry CD1-12 (Grace Okafor)' for a record image."""
    from calaccess_desktop.validation.words import party_name

    values = [str(v) for v in image.get("values") or []]
    who = ""
    if len(values) >= 2:
        try:
            fields = layout_for(values)
            get = {f.name: values[i] for i, f in enumerate(fields) if i < len(values)}
            who = party_name(values[0].upper(), get)
        except (KeyError, ValueError, LookupError):
            who = ""
    tran = str(image.get("tran_id") or tran_id or "")
    kind = str(image.get("rec_type") or "")
    head = f"entry {tran}" if tran else f"{kind or 'a'} line"
    return head + (f" ({who})" if who else "")
