"""Form 470 rules of the catalog not in the built-in set (form-rules §6.21)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.validation.api import WARNING, Ctx, Found, collect, rule


@rule("F470-SUP-001", severity=WARNING, scope="statement", forms=["F470"])
def supplement_on_time(ctx: Ctx) -> Iterator[Found]:
    """A 470 Supplement is filed within 48 hours of reaching $2,000 (contributions,
    loans and personal funds, or expenditures), with the filing officer, the SOS and
    each opponent, not by regular mail; then a Form 410 and Forms 460.
    Source: [CP20-710][M2-23-141]"""
    reached = parse_date(ctx.cover_get("Date_1000"))
    if reached is None:
        return
    due = reached + dt.timedelta(days=2)
    if ctx.as_of > due:
        yield (ctx.cover_at("Date_1000"),
               f"The 470 Supplement was due by {due:%m/%d/%Y} (48 hours after reaching "
               f"$2,000 on {reached:%m/%d/%Y}).",
               "File it now, by personal delivery or online, and send a copy to every "
               "other candidate for the office; then file a Form 410 within 10 days.")


RULES = collect(globals())
