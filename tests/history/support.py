"""Form 460 files as another program writes them (its own HDR software name), with a
summary page that adds up: what a committee's earlier statements look like."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.domain.money import format_cal_amount, parse_cal_amount
from tests.support.calfiles import cover, expn, rcpt

OTHER_SOFTWARE = CalRecord(["HDR", "CAL", "CA", "2.01", "Other Filer Pro", "7.2", ""])


def cents(rec: CalRecord) -> int:
    """The record's Amount in cents."""
    return parse_cal_amount(rec.get("Amount"))


def _smry(line: str, a: int, b: int | None = None) -> CalRecord:
    values = ["SMRY", "F460", line, format_cal_amount(a)]
    if b is not None:
        values.append(format_cal_amount(b))
    return CalRecord(values, cvr_form="F460")


def f460(start: str, end: str, records: Sequence[CalRecord], *, report_num: int = 0,
         beginning_cash: int = 0, column_b_before: Mapping[str, int] | None = None,
         stmt_type: str = "SA", reason: str = "",
         elect_date: str = "") -> tuple[bytes, dict[str, int]]:
    """A Form 460 of contributions (Schedule A) and payments (Schedule E) whose summary
    page is computed from them; returns the file and its summary lines' column A (and
    'B1', 'B6' ... for column B)."""
    before = dict(column_b_before or {})
    received = sum(cents(r) for r in records if r.rec_type == "RCPT")
    paid = sum(cents(r) for r in records if r.rec_type == "EXPN")
    a = {"1": received, "3": received, "5": received, "6": paid, "8": paid, "11": paid,
         "12": beginning_cash, "13": received, "15": paid,
         "16": beginning_cash + received - paid}
    b = {line: before.get(line, 0) + a[line] for line in ("1", "3", "5", "6", "8", "11")}
    smry = [_smry(line, a[line], b.get(line)) for line in
            ("1", "3", "5", "6", "8", "11", "12", "13", "15", "16")]
    fields = {"From_Date": start, "Thru_Date": end, "Report_Num": f"{report_num:03d}",
              "Stmt_Type": stmt_type, "Rpt_Date": end[:4] + "1015"}
    if reason:
        fields["AmendExp_1"] = reason
    if elect_date:
        fields["Elect_Date"] = elect_date
    data = write_cal(cover(**fields), [*records, *smry], header=OTHER_SOFTWARE)
    return data, {**a, **{f"B{line}": v for line, v in b.items()}}


def history_files(folder: Path) -> dict[str, dict[str, int]]:
    """Three statements of 2026 in one folder, named so that name order is not date
    order: ``a-amendment.cal`` (the first half-year, amended: one more contribution),
    ``m-later.cal`` (July to September) and ``q-original.cal`` (the first half-year as
    first filed). Returns each file's summary lines."""
    folder.mkdir(parents=True, exist_ok=True)
    first = [rcpt("A1", "150.00", Rcpt_Date="20260210"),
             rcpt("A2", "250.00", Ctrib_NamL="Chen", Ctrib_NamF="Wei", Ctrib_Emp="UC Davis",
                  Ctrib_Occ="Professor"),
             expn("E1", "300.00", Expn_Date="20260301")]
    original, lines_o = f460("20260101", "20260630", first, beginning_cash=100_000)
    extra = rcpt("A3", "60.00", Rcpt_Date="20260401")
    amended, lines_a = f460("20260101", "20260630", [*first, extra], report_num=1,
                            beginning_cash=100_000, reason="A contribution was left off.")
    later_records = [rcpt("A4", "40.00", Rcpt_Date="20260805", Cum_YTD="250.00"),
                     expn("E2", "125.50", Expn_Date="20260901", Payee_NamL="Davis Hall")]
    later, lines_l = f460("20260701", "20260930", later_records, stmt_type="PE",
                          elect_date="20261103",
                          beginning_cash=lines_a["16"],
                          column_b_before={k[1:]: v for k, v in lines_a.items() if k[0] == "B"})
    (folder / "q-original.cal").write_bytes(original)
    (folder / "a-amendment.cal").write_bytes(amended)
    (folder / "m-later.cal").write_bytes(later)
    return {"q-original.cal": lines_o, "a-amendment.cal": lines_a, "m-later.cal": lines_l}
