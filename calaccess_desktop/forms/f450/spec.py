"""Form 450 as one value: its parts, record order and hooks."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.forms.f450.entry import GROUPS
from calaccess_desktop.forms.f450.importing import import_extras
from calaccess_desktop.forms.f450.lines import ENDING_CASH, LINES
from calaccess_desktop.forms.spec import TRAN_ID, Column, FormSpec, Part


def _summarize(snapshot: Any, carry_in: Any = None) -> Any:
    from calaccess_desktop.forms.f450.summary import compute

    return compute(snapshot, carry_in)


def _smry(summary: Any) -> list[list[str]]:
    from calaccess_desktop.forms.f450.summary import smry_records

    return smry_records(summary)


def _rows(summary: Any) -> list[tuple[str, str, int | None, int | None]]:
    from calaccess_desktop.forms.f450.summary import summary_rows

    return summary_rows(summary)


def _print(snapshot: Any, summary: Any) -> Any:
    from calaccess_desktop.forms.f450.print_layout import build

    return build(snapshot, summary)


def _rules() -> tuple[Any, ...]:
    from calaccess_desktop.forms.f450.rules import RULES

    return RULES


def _after_create(session: Any, statement_id: int) -> None:
    from calaccess_desktop.forms.f450.new_statement import refuse_if_not_eligible

    refuse_if_not_eligible(session, statement_id)


def _demo(session: Any, committees: Any) -> list[int]:
    from calaccess_desktop.forms.f450.demo import demo

    return demo(session, committees)


SPEC = FormSpec(
    code="F450",
    title="Form 450 - Recipient Committee Campaign Statement - Short Form",
    short_name="Form 450",
    kind="periodic",
    parts=(
        Part("A", "RCPT", "A", "Monetary contributions received (each source under $100 a "
             "year; counted, never itemized)", "Contributions"),
        Part("C", "RCPT", "C", "Nonmonetary contributions received (each source under $100 "
             "a year)", "Nonmonetary"),
        Part("I", "RCPT", "I", "Miscellaneous increases to cash (each under $100)",
             "Other cash"),
        Part("P5", "EXPN", "F450P5", "Part 5 - Payments Made", "Payments made",
             columns=(Column("Date paid", ("Expn_Date",), "date"),
                      Column.name("Paid to", "Payee"), Column("Amount", ("Amount",), "money"),
                      Column("Code", ("Expn_Code",), "expense"),
                      Column("Candidate or measure", ("Cand_NamL", "Bal_Name")),
                      Column("Description", ("Expn_Dscr",)), TRAN_ID)),
        # A contribution made to a candidate subject to limits gives its amount per
        # election to date (CAL: SPLT records under the Part 5 payment) [CAL-ERRATA-201].
        Part("P5E", "SPLT", "F450P5", "Part 5 - Per election to date (a contribution made to "
             "a candidate, by election)", "Per election",
             columns=(Column("Contribution (transaction ID)", ("Ptran_Id",)),
                      Column("Election", ("Elec_Code",)),
                      Column("Date of the election", ("Elec_Date",), "date"),
                      Column("Per election to date", ("Elec_Amount",), "money"))),
        Part("495", "F495", "F450", "Form 495 - Supplemental Preelection Campaign Statement "
             "(contributions of $10,000 or more made for an election; attach to a "
             "supplemental preelection statement)", "Form 495"),
    ),
    record_order=(("CVR2", ""), ("CVR3", ""), ("F495", ""), ("SMRY", ""),
                  ("EXPN", "F450P5"), ("SPLT", ""), ("TEXT", ""), ("RCPT", "")),
    statement_types=("PE", "SA", "QT", "SE", "SY", "TS"),
    itemizes=True,
    summarize=_summarize,
    smry_records=_smry,
    summary_rows=_rows,
    line_names=LINES,
    import_extras=import_extras,
    printer=_print,
    rules=_rules,
    entry_groups=GROUPS,
    demo=_demo,
    after_create=_after_create,
    ending_cash_line=ENDING_CASH,
    notes={"hint": "Enter small contributions on the Contributions tab (counted, never "
                   "itemized) and payments on Part 5. The short form is only for a committee "
                   "with no contributor of $100 or more this year, no other receipt of $100 "
                   "or more, no loans and no unpaid bills; otherwise file Form 460."},
)
