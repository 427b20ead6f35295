"""The user-facing error kinds every layer raises for a known failure.

A known failure is raised as a :class:`UserError` (or a subclass) whose message is
plain words for a treasurer: what went wrong, where (file, line, field) and what to do.
The one error boundary (``calaccess_desktop.boundary``) turns it into that message and
an exit status; anything else becomes a short message plus a crash report file.
"""

from __future__ import annotations

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A known failure caused by input, a file or the machine; the message says it all."""

    exit_status = EXIT_INPUT


class UsageError(UserError):
    """The command was used the wrong way (exit status 2)."""

    exit_status = EXIT_USAGE
