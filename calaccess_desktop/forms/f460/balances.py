"""Balances the form computes rather than the treasurer types (form-rules §4):
a loan's outstanding balance at the close of the period is the beginning balance plus
what was received (or lent) minus what was paid and forgiven; an unpaid bill's is the
beginning balance plus what was incurred minus what was paid."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from calaccess_desktop.domain.money import Cents, cents_or_none, format_cal_amount


@dataclass(frozen=True, slots=True)
class Balance:
    """A computed field: ``result`` = sum of ``plus`` - sum of ``minus``."""

    result: str
    plus: tuple[str, ...]
    minus: tuple[str, ...]
    words: str  # how it is computed, in plain words


_LOAN = Balance("Loan_Amt2", ("Loan_Amt4", "Loan_Amt1"), ("Loan_Amt5", "Loan_Amt6"),
                "the balance at the start of the period, plus the amount received or lent "
                "this period, minus what was repaid and forgiven")
BALANCES: dict[tuple[str, str], Balance] = {
    ("LOAN", "B1"): _LOAN,
    ("LOAN", "H"): _LOAN,
    ("DEBT", "F"): Balance("End_Bal", ("Beg_Bal", "Amt_Incur"), ("Amt_Paid",),
                           "what was owed at the start of the period, plus what was newly "
                           "owed, minus what was paid"),
}


def balance_for(rec_type: str, form_type: str) -> Balance | None:
    """The computed balance of a record kind, if it has one."""
    return BALANCES.get((rec_type.upper(), form_type.upper()))


def computed_balance(balance: Balance, get: Callable[[str], str]) -> Cents | None:
    """The balance from the other amounts (None while none is filled in, or while one
    is not an amount yet)."""
    texts = {name: get(name).strip() for name in balance.plus + balance.minus}
    if not any(texts.values()):
        return None
    cents = {name: cents_or_none(text) for name, text in texts.items()}
    if any(text and cents[name] is None for name, text in texts.items()):
        return None
    return sum(cents[n] or 0 for n in balance.plus) - sum(cents[n] or 0 for n in balance.minus)


def with_balance(rec_type: str, form_type: str, values: Mapping[str, str]) -> dict[str, str]:
    """``values`` with the computed balance filled in (unchanged for other kinds)."""
    out = dict(values)
    balance = balance_for(rec_type, form_type)
    if balance is None:
        return out
    total = computed_balance(balance, lambda n: str(out.get(n, "") or ""))
    if total is not None:
        out[balance.result] = format_cal_amount(total)
    return out
