"""The one error boundary: every command, background task and GUI event runs inside it.

A :class:`~calaccess_desktop.errors.UserError` becomes its message and exit status;
Ctrl+C is "Stopped." (130); a closed standard output is silent; a database, file or
memory failure gets plain words; anything else a short message plus a crash report
(traceback, command line without passwords, version, platform) in the user's log
folder (``$CALACCESS_LOG_DIR`` overrides it). Never a traceback on screen.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import functools
import os
import platform
import re
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from calaccess_desktop import APP_NAME, __version__
from calaccess_desktop.errors import EXIT_INPUT, UserError

EXIT_STOPPED = 130
LOG_DIR_ENV = "CALACCESS_LOG_DIR"
STOPPED = "Stopped."
UNEXPECTED = "Something went wrong that the program did not expect. Nothing was changed in " \
             "your data file."
SECRET_OPTION = re.compile(r"pass|pin\b|secret|token", re.IGNORECASE)
URL_PASSWORD = re.compile(r"(://[^/\s:@]*):[^/\s@]*@")
_command_line: list[Sequence[str]] = []  # the command line being run (innermost last)


class Explained(UserError):
    """A failure put into plain words by the boundary; the original is its ``__cause__``."""

    def __init__(self, message: str, exit_status: int = EXIT_INPUT,
                 report: Path | None = None) -> None:
        super().__init__(message)
        self.exit_status = exit_status
        self.report = report


@dataclass(frozen=True)
class Outcome:
    """What the user is told ("" says nothing) and the exit status."""

    message: str
    exit_status: int
    report: Path | None = None


# --------------------------------------------------------------------------- streams

def protect_streams() -> None:
    """Make printing never fail on a character the terminal cannot show (``LANG=C``)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def _silence_stdout() -> None:
    """Point a closed stdout at the null device so the exit flush cannot fail."""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _stdout_closed() -> bool:
    """Whether nobody reads standard output any more (a closed pipe)."""
    try:
        import select

        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & (select.POLLERR | select.POLLHUP)
                   for _fd, events in poller.poll(0))
    except (AttributeError, ValueError, OSError):  # no fd or no poll: try writing
        try:
            sys.stdout.flush()
        except (OSError, ValueError):
            return True
        return False


# --------------------------------------------------------------------------- plain words

_OS_REASONS: tuple[tuple[str, str], ...] = (
    ("ENOENT", "No such file or folder. Check the name and try again"),
    ("EACCES", "Permission denied: your user may not use it. Check its permissions "
               "or choose another place"),
    ("EPERM", "The operating system does not allow this. Check the file's permissions "
              "or choose another place"),
    ("ENOSPC", "The disk is full. Free some space and try again"),
    ("EDQUOT", "Your disk quota is used up. Free some space and try again"),
    ("EISDIR", "It is a folder, not a file. Give the name of a file"),
    ("ENOTDIR", "A part of the path is a file, not a folder. Check the name"),
    ("EROFS", "The disk is read-only (a read-only file system). Choose another place"),
    ("EEXIST", "It already exists. Choose another name"),
    ("ENAMETOOLONG", "The name is too long. Choose a shorter one"),
    ("EIO", "The disk could not be read or written (an input/output error). Check the "
            "disk and try again"),
    ("EMFILE", "Too many files are open. Close some programs and try again"),
    ("ENFILE", "Too many files are open. Close some programs and try again"),
    ("EBUSY", "It is in use by another program. Try again when it is done"),
    ("ETXTBSY", "It is in use by another program. Try again when it is done"),
    ("ELOOP", "Its symbolic links go round in a circle. Check the name"),
    ("ENXIO", "The device is not there. Check the name"),
    ("ENODEV", "The device is not there. Check the name"),
    ("EFBIG", "The file would be too big for this disk"),
    ("EXDEV", "It cannot be moved to another disk this way. Choose a place on the same "
              "disk"),
    ("ECONNREFUSED", "The other computer refused the connection. Check the address and "
                     "that the server is running"),
    ("ETIMEDOUT", "The other computer did not answer in time. Try again later"),
    ("EPIPE", "The other side closed the connection"),
    ("ECONNRESET", "The other side closed the connection"),
)
OS_REASONS: dict[int, str] = {getattr(errno, name): reason for name, reason in _OS_REASONS
                              if hasattr(errno, name)}


def os_message(exc: OSError) -> str:
    """An operating-system failure in plain words, naming the file."""
    reason = OS_REASONS.get(exc.errno or -1)
    if reason is None:
        if isinstance(exc, TimeoutError):
            reason = "It took too long. Try again later"
        else:
            said = (exc.strerror or "").strip()
            reason = (f"The operating system reported a problem ({said}). Try again"
                      if said else "The operating system reported a problem. Try again")
    where = [str(n) for n in (exc.filename, exc.filename2) if n not in (None, "")]
    head = f"{' -> '.join(where)}: " if where else ""
    return f"{head}{reason}."


DB_REASONS: tuple[tuple[str, str], ...] = (
    ("locked", "is busy: another program is writing to it. Nothing was changed; try again "
               "when the other program is done"),
    ("busy", "is busy: another program is writing to it. Nothing was changed; try again "
             "when the other program is done"),
    ("full", "cannot grow: the disk is full. Nothing was changed; free some space and "
             "try again"),
    ("readonly", "is read-only. Nothing was changed; check the file's permissions or open "
                 "a copy that you may change"),
    ("read-only", "is read-only. Nothing was changed; check the file's permissions or open "
                  "a copy that you may change"),
    ("unable to open", "cannot be opened. Check that it exists, that its folder may be "
                       "written to, and the name"),
    ("not a database", "is not a calaccess-desktop data file, or it is damaged. Nothing was "
                       "changed; open your latest backup (in the backups folder beside it)"),
    ("malformed", "is damaged. Nothing was changed; open your latest backup (in the backups "
                  "folder beside it)"),
    ("corrupt", "is damaged. Nothing was changed; open your latest backup (in the backups "
                "folder beside it)"),
    ("no such table", "is missing part of its contents: it may be another program's file "
                      "or damaged. Open your latest backup"),
    ("no such column", "is missing part of its contents: it may be another program's file "
                       "or damaged. Open your latest backup"),
    ("disk i/o", "could not be read or written (a disk error). Check the disk and open your "
                 "latest backup if this goes on"),
)


SAME_MOMENT = ("Someone else changed this at the same moment. Nothing was saved; look "
               "again and try once more.")


def _lost_a_race(exc: BaseException) -> bool:
    """A write whose row version moved under it (another writer, at the same moment)."""
    orm = sys.modules.get("sqlalchemy.orm.exc")
    return orm is not None and isinstance(exc, orm.StaleDataError)


def _database_error(exc: BaseException) -> BaseException | None:
    """The database's own error behind ``exc`` (SQLAlchemy wraps it), or None; a misuse
    of the database by the program (ProgrammingError, InterfaceError) is not one: it is
    a bug, for a crash report."""
    import sqlite3

    found: BaseException | None = None
    alchemy = sys.modules.get("sqlalchemy.exc")
    if isinstance(exc, sqlite3.DatabaseError):
        found = exc
    elif alchemy is not None and isinstance(exc, alchemy.DBAPIError):
        if isinstance(exc, alchemy.ProgrammingError | alchemy.InterfaceError):
            return None
        found = exc.orig if isinstance(exc.orig, BaseException) else exc
    elif alchemy is not None and isinstance(exc, alchemy.SQLAlchemyError) \
            and isinstance(exc.__cause__, sqlite3.DatabaseError):
        found = exc.__cause__
    if isinstance(found, sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None
    return found


def database_message(exc: BaseException, data_file: str | None) -> str:
    """A database failure in plain words."""
    said = str(exc.args[0] if exc.args else exc).strip()
    name = f"The data file {data_file}" if data_file else "The data file"
    for needle, reason in DB_REASONS:
        if needle in said.lower():
            return f"{name} {reason}."
    return (f"{name} could not be read or written (SQLite said: {said or 'nothing'}). "
            "Nothing was changed; try again, and open your latest backup if this goes on.")


# --------------------------------------------------------------------------- crash reports

def log_dir() -> Path:
    """The user's log folder (``$CALACCESS_LOG_DIR`` when set)."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def redact(argv: Sequence[str]) -> list[str]:
    """The command line with passwords (option values, URL credentials) removed."""
    out: list[str] = []
    hide_next = False
    for token in argv:
        token = str(token)
        if hide_next:
            out.append("***")
            hide_next = False
            continue
        if token.startswith("-") and SECRET_OPTION.search(token.split("=", 1)[0]):
            if "=" in token:
                out.append(token.split("=", 1)[0] + "=***")
            elif not token.endswith("-stdin"):
                out.append(token)
                hide_next = True
            else:
                out.append(token)
            continue
        out.append(URL_PASSWORD.sub(r"\1:***@", token))
    return out


def write_crash_report(exc: BaseException, argv: Sequence[str] | None = None) -> Path:
    """Save the traceback and what was being done; the report's path (OSError if not)."""
    folder = log_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # a folder made by someone else: ours now, private
        os.chmod(folder, 0o700)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    fd, name = tempfile.mkstemp(prefix=f"crash-{stamp}-", suffix=".txt", dir=folder)
    if argv is None:
        argv = _command_line[-1] if _command_line else sys.argv
    command = redact(list(argv))
    lines = [
        f"{APP_NAME} {__version__} crash report",
        f"time: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        f"platform: {platform.platform()}; Python {platform.python_version()}",
        f"command line: {' '.join(command)}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as out:
        out.write("\n".join(line.rstrip("\n") for line in lines) + "\n")
    os.chmod(name, 0o600)
    return Path(name)


def _unexpected(exc: BaseException, argv: Sequence[str] | None) -> Outcome:
    try:
        report = write_crash_report(exc, argv)
    except Exception as failure:  # noqa: BLE001 - the report is a courtesy
        why = os_message(failure) if isinstance(failure, OSError) else "it could not be written."
        return Outcome(f"{UNEXPECTED} No report could be saved ({why.rstrip('.')}); please "
                       "tell the developers what you were doing.", EXIT_INPUT)
    return Outcome(f"{UNEXPECTED} A report was saved to {report}; please send it to the "
                   "developers.", EXIT_INPUT, report)


# --------------------------------------------------------------------------- the boundary

def explain(exc: BaseException, *, data_file: str | None = None,
            argv: Sequence[str] | None = None) -> Outcome:
    """What to tell the user about ``exc`` (writes a crash report when it is unexpected)."""
    if isinstance(exc, Explained):
        return Outcome(str(exc), exc.exit_status, exc.report)
    if isinstance(exc, UserError):
        return Outcome(str(exc).strip() or UNEXPECTED, exc.exit_status)
    if isinstance(exc, KeyboardInterrupt):
        return Outcome(STOPPED, EXIT_STOPPED)
    if isinstance(exc, BrokenPipeError) and _stdout_closed():
        _silence_stdout()
        return Outcome("", EXIT_INPUT)
    if isinstance(exc, MemoryError):
        return Outcome("The computer ran out of memory. Nothing was changed in your data "
                       "file; close other programs and try again.", EXIT_INPUT)
    if _lost_a_race(exc):
        return Outcome(SAME_MOMENT, EXIT_INPUT)
    database = _database_error(exc)
    if database is not None:
        return Outcome(database_message(database, data_file), EXIT_INPUT)
    if isinstance(exc, OSError):
        return Outcome(os_message(exc), EXIT_INPUT)
    if _no_such_home(exc):
        return Outcome(NO_SUCH_HOME, EXIT_INPUT)
    if _not_text(exc):
        return Outcome(NOT_TEXT, EXIT_INPUT)
    return _unexpected(exc, argv)


NO_SUCH_HOME = ("A file name that starts with ~NAME means the home folder of the user NAME, "
                "and this computer has no user by that name (or no home folder is known). "
                "Give the file's full path instead. Nothing was changed.")


NOT_TEXT = ("A value given holds bytes that are not text (not UTF-8: typed in another "
            "encoding, or a file name written by another system), so it cannot be saved or "
            "looked up. Nothing was changed; type it again as plain text.")


def _not_text(exc: BaseException) -> bool:
    """A command-line value (or a name from the system) Python kept as undecodable bytes
    (lone surrogates), refused by whatever tried to encode it."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return False
        if isinstance(seen, UnicodeEncodeError) and "surrogates not allowed" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _no_such_home(exc: BaseException) -> bool:
    """pathlib's failure to expand ``~NAME`` (a name given on the command line)."""
    return isinstance(exc, RuntimeError) and str(exc).startswith(
        "Could not determine home directory")


def plain_error(exc: BaseException, *, data_file: str | None = None) -> UserError:
    """``exc`` as a UserError whose message is what the user is told (for the GUI)."""
    if isinstance(exc, UserError):
        return exc
    outcome = explain(exc, data_file=data_file)
    explained = Explained(outcome.message, outcome.exit_status, outcome.report)
    explained.__cause__ = exc
    return explained


def say(message: str) -> None:
    """Print a message for the user on standard error, whatever happens."""
    if not message:
        return
    with contextlib.suppress(Exception):
        print(message, file=sys.stderr, flush=True)


def thread_excepthook(hook: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: a thread's failure said plainly (crash report when
    unexpected), never a traceback."""
    if hook.exc_value is not None and not isinstance(hook.exc_value, SystemExit):
        say(explain(hook.exc_value).message)


def install() -> None:
    """At program start: safe output streams, and threads that fail inside the boundary."""
    protect_streams()
    threading.excepthook = thread_excepthook


def run(fn: Callable[[], int], *, data_file: str | None = None,
        argv: Sequence[str] | None = None) -> int:
    """Run ``fn`` inside the boundary: its exit status, or the failure's, said plainly."""
    if argv is not None:
        _command_line.append(argv)
    try:
        return int(fn())
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: BLE001 - this is the boundary
        try:
            outcome = explain(exc, data_file=data_file, argv=argv)
        except BaseException:  # noqa: BLE001 - never a traceback, even here
            outcome = Outcome(UNEXPECTED, EXIT_INPUT)
        say(outcome.message)
        return outcome.exit_status
    finally:
        if argv is not None:
            _command_line.pop()


def guard(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A command handler that runs inside the boundary."""

    @functools.wraps(fn)
    def wrapper(args: argparse.Namespace) -> int:
        db = getattr(args, "db", None)
        return run(lambda: fn(args), data_file=db if isinstance(db, str) else None)

    return wrapper
