"""Who or what an independent expenditure is about, as one comparable key (pure)."""

from __future__ import annotations

from collections.abc import Callable

# A Form 496 line in the committee's "already reported" set (``late_reported``) is keyed
# (IE_PREFIX + subject key, date, cents), apart from the Form 497 lines (contributor name).
IE_PREFIX = "IE "


def subject_key(get: Callable[[str], str], fallback: str = "") -> str:
    """The candidate's last name, else the measure's number or name, in capitals with
    single spaces (``fallback``, e.g. the payee, when neither is given)."""
    text = get("Cand_NamL") or get("Bal_Num") or get("Bal_Name") or fallback
    return " ".join(text.upper().split())
