"""The crash harness's editing driver: saves entries one after another through the
services the window's entry form uses (``entries.save_entry``, one transaction each) and
says each one on stdout only after its transaction committed.

    python -m tests.crash.driver STATEMENT_ID --db DATA_FILE
"""

from __future__ import annotations

import sys

from calaccess_desktop.services import entries
from calaccess_desktop.services.store import Store

FIELDS = {"Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
          "Ctrib_Adr1": "12 J Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
          "Ctrib_ZIP4": "95811", "Ctrib_Emp": "Sutter Health", "Ctrib_Occ": "Nurse"}


def main() -> None:
    statement_id, db = int(sys.argv[1]), sys.argv[3]
    store = Store.open(db)
    n = 0
    last: int | None = None
    while True:
        n += 1
        amount = f"{10 + n % 90}.{n % 100:02d}"
        with store.transaction() as session:
            if n % 3 == 0:  # every third save changes the entry saved just before
                record_id = entries.save_entry(session, statement_id, "RCPT", "A",
                                               {**FIELDS, "Amount": amount,
                                                "Rcpt_Date": "20260115"},
                                               record_id=last)
            else:
                record_id = entries.save_entry(session, statement_id, "RCPT", "A",
                                               {**FIELDS, "Amount": amount,
                                                "Rcpt_Date": "20260115"})
        last = record_id
        print(f"saved {record_id} {amount}", flush=True)


if __name__ == "__main__":
    main()
