"""Small hand-made .CAL files for tests: a valid Form 460 and ways to break it."""

from __future__ import annotations

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.writer import write_cal


def cover(form: str = "F460", **fields: str) -> CalRecord:
    """A CVR with the fields a clean filing needs."""
    rec = CalRecord(["CVR", form])
    base = {
        "Filer_ID": "1234567", "Entity_Cd": "RCP", "Filer_NamL": "Friends of the Library",
        "Report_Num": "000", "Rpt_Date": "20260731", "Stmt_Type": "SA",
        "From_Date": "20260101", "Thru_Date": "20260630", "Filer_Adr1": "1 Main Street",
        "Filer_City": "Davis", "Filer_ST": "CA", "Filer_ZIP4": "95616", "Cmtte_Type": "G",
    }
    for name, value in {**base, **fields}.items():
        if rec.has_field(name):
            rec.set(name, value)
    return rec


def rcpt(tran_id: str, amount: str = "150.00", **fields: str) -> CalRecord:
    """A Schedule A contribution from an individual."""
    rec = CalRecord(["RCPT", "A"], cvr_form="F460")
    base = {
        "Tran_ID": tran_id, "Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
        "Ctrib_Adr1": "1901 J Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
        "Ctrib_ZIP4": "95811", "Ctrib_Emp": "Sutter Health", "Ctrib_Occ": "Nurse",
        "Rcpt_Date": "20260315", "Amount": amount, "Cum_YTD": amount,
    }
    for name, value in {**base, **fields}.items():
        rec.set(name, value)
    return rec


def expn(tran_id: str, amount: str = "300.00", **fields: str) -> CalRecord:
    """A Schedule E payment."""
    rec = CalRecord(["EXPN", "E"], cvr_form="F460")
    base = {
        "Tran_ID": tran_id, "Entity_Cd": "OTH", "Payee_NamL": "Capitol Print & Mail",
        "Payee_Adr1": "1700 I Street", "Payee_City": "Sacramento", "Payee_ST": "CA",
        "Payee_ZIP4": "95811", "Amount": amount, "Expn_Code": "LIT",
    }
    for name, value in {**base, **fields}.items():
        rec.set(name, value)
    return rec


def valid_f460() -> bytes:
    """A small, correct Form 460 file."""
    return write_cal(cover(), [rcpt("A1"), rcpt("A2", "250.00", Ctrib_NamL="Chen"),
                               expn("E1")])


def lines(data: bytes) -> list[str]:
    """The file's lines (without line ends)."""
    return data.decode().split("\r\n")[:-1]


def join(rows: list[str]) -> bytes:
    """Lines back into file bytes."""
    return ("\r\n".join(rows) + "\r\n").encode()
