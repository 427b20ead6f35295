"""The rule modules; importing this package registers every rule."""

from calaccess_desktop.validation.rules import (  # noqa: F401
    across,
    amended_items,
    calfmt,
    cover,
    forms,
    late,
    limits,
    loans,
    payments,
    period,
    receipts,
    server,
    summary,
)
