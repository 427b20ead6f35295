"""``amend-410 COMMITTEE [--json]``: the amended Form 410 listing what changed in the
committee profile since its latest Form 410, or plainly that nothing changed
(``services/registration.amend_if_changed``, as the window's profile dialog offers)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.services.registration import Amended


def as_json(committee_id: int, done: Amended) -> dict[str, Any]:
    """What was done, for ``--json`` (shared with ``terminate``)."""
    return {
        "committee": committee_id,
        "compared_with": done.compared,
        "statement": done.statement_id,
        "made": done.statement_id is not None and not done.draft,
        "draft_updated": done.statement_id is not None and done.draft,
        "amendment": done.report_num if done.statement_id is not None else None,
        "termination_date": done.terminated.isoformat() if done.terminated else None,
        "changes": [{"what": c.what, "before": c.before, "after": c.after,
                     "words": c.words()} for c in done.changes],
    }


def changes_lines(done: Amended) -> list[str]:
    """The changes as indented lines."""
    return [f"  - {c.words()}" for c in done.changes]


def run(args: argparse.Namespace) -> int:
    """Amend the committee's Form 410 when its profile changed."""
    from calaccess_desktop.services.filing_calendar import find_committee
    from calaccess_desktop.services.registration import amend_if_changed

    store = open_store(args)
    try:
        with store.transaction() as session:
            committee = find_committee(session, args.committee)
            cid, name = committee.id, committee.name
            done = amend_if_changed(session, cid)
    finally:
        store.close()
    if args.json:
        print(json.dumps(as_json(cid, done), indent=1))
    elif done.statement_id is None:
        print(f"Nothing changed: the profile of {name} says what its Form 410 (statement "
              f"{done.compared}) says, so no amendment is needed.")
    elif done.draft:
        print("\n".join([f"The Form 410 of {name} is still a draft (statement "
                         f"{done.compared}); it now says what the profile says:",
                         *changes_lines(done)]))
    else:
        print("\n".join([
            f"Made amendment {done.report_num} of the Form 410 of {name}: statement "
            f"{done.statement_id} (a draft; it amends statement {done.compared}). "
            "What changed:", *changes_lines(done),
            "The treasurer signs it again; file it within 10 days of the change. Check "
            f"it first: calaccess-desktop validate {done.statement_id}"]))
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "amend-410", run,
                    "amend a committee's Form 410 with what changed in its profile")
    p.add_argument("committee", metavar="COMMITTEE",
                   help="the committee's number (list shows them), ID number or name")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
