"""Form 497 rules that need facts beyond one line's fields (form-rules.md §6.15): who a
contribution really came from. ``forms/f497/spec.py``'s ``rules`` hook adds them to the
form's own ``RULES``."""

from __future__ import annotations

from calaccess_desktop.validation.api import WARNING, Issue, Row, collect, rule

# Platforms that pass on other people's contributions (conduits, not contributors):
# their names as a contributor's last name or organization begins [ISP-CONDUIT].
CONDUITS = ("ACTBLUE", "WINRED", "DEMOCRACY ENGINE")


def conduit_of(name: str) -> str:
    """The conduit platform a contributor's name is ("" when it is none): 'ActBlue
    California' -> 'ACTBLUE'."""
    squeezed = " ".join(name.upper().replace(",", " ").split())
    return next((c for c in CONDUITS if squeezed == c or squeezed.startswith(c + " ")), "")


@rule("F497-X-002", severity=WARNING, scope="record", applies_to=(("S497", "F497P1"),))
def through_a_conduit(r: Row) -> list[Issue] | None:
    """A contribution received through a conduit platform (ActBlue, WinRed, Democracy
    Engine) is reported as the contribution of the person who gave it, with the platform
    noted as intermediary: a Part 1 line whose contributor is the platform itself is
    misreported. (The 497 line has no intermediary fields: a memo says it.)
    Source: [ISP-497F][ISP-CONDUIT]"""
    platform = conduit_of(r.get("Enty_NamL"))
    if not platform:
        return None
    return r.say("Enty_NamL",
                 f"{r.get('Enty_NamL').strip()} is a platform that passes on other people's "
                 f"contributions, not the contributor ({r.where()}).",
                 "Enter the person who gave (name, address, occupation and employer) and say "
                 f"in a memo that it came through {r.get('Enty_NamL').strip()} as "
                 "intermediary.")


TIMING_RULES = collect(globals())
