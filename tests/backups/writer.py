"""A second program editing the data file: it adds one contribution per transaction, in a
loop, and prints each new record's id once its transaction is committed."""

from __future__ import annotations

import sys

from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store

GRACE = {"Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
         "Ctrib_Adr1": "1901 J Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
         "Ctrib_ZIP4": "95811", "Ctrib_Emp": "Sutter Health", "Ctrib_Occ": "Nurse"}


def main(location: str, statement: int, count: int) -> None:
    """Commit ``count`` edits, saying each one on standard output."""
    store = Store.open(location, create=False)
    try:
        for n in range(count):
            with store.transaction() as s:
                rid = editing.add_transaction(s, statement, "RCPT", "A", {
                    **GRACE, "Rcpt_Date": "20260301", "Amount": f"{n % 90 + 10}.00"})
            print(rid, flush=True)
    finally:
        store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
