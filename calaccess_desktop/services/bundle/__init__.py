"""The hand-off bundle: one file holding everything about one committee, for the next
treasurer or an accountant, and its import into another data file.

The file is a zip (``archive.py``): ``manifest.json`` (format, app and data versions,
when it was made, the committee, how many rows of each kind, and the size and SHA-256 of
every other member), ``committee.json`` (every row that belongs to the committee, table
by table, by column name: profile, contacts, statements and all their records,
submissions and their attempt logs, and the rows of any table a later version adds) and
``filed/*.cal`` (the exact bytes of each filing). ``making.py`` writes it,
``importing.py`` plans and imports it.
"""

from calaccess_desktop.services.bundle.archive import BundleError
from calaccess_desktop.services.bundle.importing import BundleConflict, Plan, import_bundle
from calaccess_desktop.services.bundle.making import (
           Made,
           NoSuchCommittee,
           make_bundle,
           write_bundle,
)

__all__ = ["BundleConflict", "BundleError", "Made", "NoSuchCommittee", "Plan", "import_bundle",
           "make_bundle", "write_bundle"]
