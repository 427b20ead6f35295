"""Users and roles of a data file (issue #15 part 5).

- ``roles``: preparer (enters and prints), treasurer (also files and amends),
  administrator (manages users); ``may(role, capability)``.
- ``accounts``: add, list, set a role, remove, ``verify`` a password (argon2id hashes).
- ``actor``: who acts (``actor_of(session)``): the logged-in user, else the computer's
  user name; ``act_as(store, actor)`` at login.
- ``access``: ``require(session, capability)``, the one check services call.
- ``login``: the window's and the command line's login.
"""

from calaccess_desktop.services.users.access import LoginNeeded, NotAllowed, current, require
from calaccess_desktop.services.users.accounts import LoginFailed, UserProblem, has_users
from calaccess_desktop.services.users.actor import Actor, act_as, actor_of
from calaccess_desktop.services.users.login import login, login_from_cli

__all__ = ["Actor", "LoginFailed", "LoginNeeded", "NotAllowed", "UserProblem", "act_as",
           "actor_of", "current", "has_users", "login", "login_from_cli", "require"]
