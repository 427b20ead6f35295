"""Writing user files safely: the one helper every export, PDF, backup and Save As uses.

- A symbolic link is written through: its target is replaced, the link stays.
- A folder, FIFO, socket or block device is refused in words; a character device (such
  as ``/dev/null``) is written to as it is, never replaced by a regular file.
- A data file (any SQLite database: the books, a backup) or the -wal, -shm or -journal
  beside one is never replaced by an export, a PDF or a spreadsheet; only the writers
  of data files themselves (backup, restore, upgrade) say ``database=True``.
- A regular file is written to a temporary file beside it (created readable by the user
  only), flushed to the disk, then renamed over the target: a partial file never
  replaces a good one, and a full disk says so with nothing written.
- A run killed half way leaves a ``.partial`` file; the next start removes it (each one
  in progress is noted in the user's data folder until it is done).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from calaccess_desktop.errors import UserError

FILE_MODE = 0o600
DIR_MODE = 0o700
PARTIAL = ".partial"
FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


class WriteError(UserError, OSError):
    """A file could not be written (the message says why); nothing was written."""

    def __init__(self, path: str | Path, reason: str, code: int = 0) -> None:
        OSError.__init__(self, code, reason, str(path))
        self.message = f"{path}: {reason}"

    def __str__(self) -> str:
        return self.message


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by the user only (0700)."""
    missing: list[Path] = []
    here = folder
    while not here.exists() and here != here.parent:
        missing.append(here)
        here = here.parent
    for part in reversed(missing):
        with contextlib.suppress(FileExistsError):
            part.mkdir(mode=DIR_MODE)
        with contextlib.suppress(OSError):
            part.chmod(DIR_MODE)  # the umask may have taken bits away, never added


def create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only, unless it exists."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


def is_database(path: Path) -> bool:
    """Whether ``path`` is a SQLite file (by its first bytes)."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _books_at(real: Path, database: bool) -> str | None:
    """Why writing over ``real`` would destroy books (None when it would not); a data
    file may replace a data file (``database``), never the -wal beside one."""
    if not database and is_database(real):
        return "is a data file (the books, or a backup of them)"
    for side in SIDE_FILES:
        if real.name.endswith(side) and is_database(real.with_name(real.name[:-len(side)])):
            return f"belongs to the data file {real.name[:-len(side)]} (its {side[1:]} file)"
    return None


def output_target(path: str | Path, *, database: bool = False) -> tuple[Path, bool]:
    """The file to write for ``path`` (links followed) and whether it is a character
    device to write to as it is. Raises WriteError for what must not be written
    (``database``: the output is a data file, which may replace another one)."""
    given = Path(path).expanduser()
    real = Path(os.path.realpath(given))
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise WriteError(given, f"cannot be written ({_said(exc)}); nothing was written. "
                         "Choose another name.", exc.errno or 0) from exc
    if info is not None:
        mode = info.st_mode
        if stat.S_ISDIR(mode):
            raise WriteError(given, "is a folder; nothing was written. Give the name of a "
                             "file in it.", errno.EISDIR)
        if stat.S_ISCHR(mode):
            return real, True
        if not stat.S_ISREG(mode):
            kind = ("a pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket"
                    if stat.S_ISSOCK(mode) else "a device")
            raise WriteError(given, f"is {kind}, not a file; nothing was written. Choose a "
                             "file name.")
        books = _books_at(real, database)
        if books:
            raise WriteError(given, f"{books}; nothing was written and it was left as it "
                             "is. Choose another file name.", errno.EEXIST)
    if not real.parent.is_dir():
        raise WriteError(given, f"the folder {real.parent} does not exist; nothing was "
                         "written.", errno.ENOENT)
    return real, False


class ReadError(UserError):
    """A file the user named cannot be read as a file (the message says why)."""


def read_input(path: str | Path, what: str = "a .CAL file", *,
               max_bytes: int | None = None) -> bytes:
    """The bytes of a file the user gave to read (``what`` it should be, for the words).
    A folder, pipe, device or socket is refused in words: reading a FIFO or ``/dev/zero``
    would never end; so is a file larger than ``max_bytes``."""
    given = Path(path).expanduser()
    fd = os.open(given, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO: no wait
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = ("a folder" if stat.S_ISDIR(mode) else "a pipe (FIFO)"
                    if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                    else "a device")
            raise ReadError(f"{given} is {kind}, not a file; nothing was read. Give the name "
                            f"of {what}.")
        size = os.fstat(fd).st_size
        if max_bytes is not None and size > max_bytes:
            raise ReadError(f"{given} is {size / 2**20:,.0f} MB, larger than {what} can be "
                            f"({max_bytes / 2**20:,.0f} MB at most); nothing was read.")
        with os.fdopen(os.dup(fd), "rb") as f:
            return f.read()
    finally:
        os.close(fd)


def _said(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _failed(path: Path, exc: OSError) -> WriteError:
    if exc.errno in FULL:
        return WriteError(path, "the disk is full; nothing was written. Free some space and "
                          "try again.", exc.errno or 0)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WriteError(path, "you may not write there; nothing was written. Choose "
                          "another place.", exc.errno or 0)
    return WriteError(path, f"could not be written ({_said(exc)}); nothing was written.",
                      exc.errno or 0)


@contextlib.contextmanager
def replacing(path: str | Path, *, database: bool = False) -> Iterator[Path]:
    """A new, private temporary file to fill; when the block ends without an error it
    becomes ``path`` (atomically; a character device gets its bytes copied). On any
    error it is removed and the target is as it was. ``database``: the file is a data
    file (``output_target``)."""
    target, device = output_target(path, database=database)
    shown = Path(path)
    folder = Path(tempfile.mkdtemp(prefix="calaccess-out-")) if device else target.parent
    # The note comes first, so a run killed at any moment leaves nothing the next
    # start cannot find and remove.
    tmp = folder / f".{target.name}.{uuid.uuid4().hex[:8]}{PARTIAL}"
    note = _note_pending(tmp)
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        if device:
            shutil.rmtree(folder, ignore_errors=True)
        if note is not None:
            note.unlink(missing_ok=True)
        raise _failed(shown, exc) from exc
    try:
        yield tmp
        if device:
            _copy_to_device(tmp, target, shown)
        else:
            _keep_mode(target, tmp)
            _sync(tmp)
            os.replace(tmp, target)
            _sync_folder(target.parent)
    except WriteError:
        raise
    except OSError as exc:
        raise _failed(shown, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
        if device:
            shutil.rmtree(folder, ignore_errors=True)
        if note is not None:
            note.unlink(missing_ok=True)


def write_file(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` safely (see the module); returns the file written."""
    with replacing(path) as tmp, tmp.open("wb") as f:
        f.write(data)
    return output_target(path)[0]


def write_atomically(data: bytes, path: str | Path) -> None:
    """Write bytes through a temporary file: a partial file never replaces a good one."""
    write_file(path, data)


def _keep_mode(target: Path, tmp: Path) -> None:
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = FILE_MODE
    os.chmod(tmp, mode)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can sync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_to_device(tmp: Path, device: Path, shown: Path) -> None:
    try:
        fd = os.open(device, os.O_WRONLY)
    except OSError as exc:
        raise _failed(shown, exc) from exc
    try:
        with tmp.open("rb") as src, os.fdopen(fd, "wb", closefd=False) as out:
            shutil.copyfileobj(src, out)
    except OSError as exc:
        raise _failed(shown, exc) from exc
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- leftovers

def pending_dir() -> Path:
    """Where writes in progress are noted (the user's data folder)."""
    from platformdirs import user_data_dir

    from calaccess_desktop import APP_NAME

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "pending-writes"


def _note_pending(tmp: Path) -> Path | None:
    try:
        folder = pending_dir()
        make_private_dirs(folder)
        note = folder / f"{os.getpid()}-{uuid.uuid4().hex}"
        note.write_text(str(tmp), encoding="utf-8")
        return note
    except OSError:  # the note is what lets the next start tidy up; the write goes on
        return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def sweep_partials() -> int:
    """Remove ``.partial`` files left by a run that was killed; returns how many."""
    removed = 0
    try:
        notes = list(pending_dir().iterdir())
    except OSError:
        return 0
    for note in notes:
        pid = note.name.split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            left = Path(note.read_text(encoding="utf-8").strip())
            if left.name.endswith(PARTIAL) and left.is_file() and not left.is_symlink():
                left.unlink()
                removed += 1
            note.unlink(missing_ok=True)
        except OSError:
            continue
    return removed
