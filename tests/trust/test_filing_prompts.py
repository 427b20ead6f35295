"""``submit`` and ``outbox --retry`` without a usable keyring and without a password to
read (standard input at its end, an empty --password-stdin, Ctrl+C at the prompt): a
plain message saying how to give the password, no traceback, and the submission kept
in the outbox, waiting. Real CLI subprocesses against a real practice server."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.efile.practice_server import PracticeServer

HOW = ("Give it on standard input with --password-stdin (for example: printf '%s\\n' "
       "\"$PASSWORD\" | calaccess-desktop outbox --retry --password-stdin), or run the "
       "command in a terminal to type it.")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """No keyring at all (keyring's own "fail" backend) and an empty settings folder."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "CALACCESS_CONFIG_DIR": str(tmp_path / "config"),
            "CALACCESS_LOG_DIR": str(tmp_path / "logs")}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PracticeServer]:
    s = PracticeServer(tmp_path / "server").start()
    yield s
    s.stop()


@pytest.fixture
def db(tmp_path: Path, env: dict[str, str]) -> Path:
    path = tmp_path / "data.sqlite"
    cli(env, "demo", "--db", str(path), check=True)
    return path


def cli(env: dict[str, str], *args: str, stdin: int | None = subprocess.DEVNULL,
        check: bool = False) -> subprocess.CompletedProcess[str]:
    """The command in a new session (no terminal to type into), standard input empty."""
    return subprocess.run([sys.executable, "-m", "calaccess_desktop", *args], env=env,
                          stdin=stdin, capture_output=True, text=True, timeout=120,
                          check=check, start_new_session=True)


def outbox(env: dict[str, str], db: Path) -> list[dict[str, object]]:
    done = cli(env, "outbox", "--json", "--db", str(db), check=True)
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def clean(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "EOFError" not in done.stderr
    assert "GetPassWarning" not in done.stderr


def test_submit_with_stdin_at_its_end_says_how_to_give_the_password(
        env: dict[str, str], db: Path, server: PracticeServer) -> None:
    done = cli(env, "submit", "1", "--server", server.url, "--db", str(db))
    clean(done)
    assert done.returncode == 1
    assert "no secure keyring is available" in done.stderr  # why it was asked
    assert ("The e-filing password for filer 1449876 is needed to send, but standard input "
            "has ended") in done.stderr
    assert "Nothing was sent: what is in the outbox stays there, waiting to send." in done.stderr
    assert HOW in done.stderr
    [row] = outbox(env, db)
    assert (row["state"], row["attempts"], row["statement"]) == ("queued", 0, 1)
    assert server.store.listing() == []


def test_a_keyring_that_cannot_load_or_fails_is_no_keyring(
        env: dict[str, str], db: Path, server: PracticeServer, tmp_path: Path) -> None:
    broken = {**env, "PYTHON_KEYRING_BACKEND": "no_such_module.Keyring"}
    done = cli(broken, "submit", "1", "--server", server.url, "--db", str(db))
    clean(done)
    assert done.returncode == 1
    assert "the system keyring could not be loaded (if PYTHON_KEYRING_BACKEND is set" in \
        done.stderr
    assert HOW in done.stderr
    (tmp_path / "failing_ring.py").write_text(
        "from keyring.backend import KeyringBackend\n"
        "class Keyring(KeyringBackend):\n"
        "    priority = 10\n"
        "    def get_password(self, service, username):\n"
        "        raise RuntimeError('D-Bus went away')\n"
        "    def set_password(self, service, username, password):\n"
        "        raise RuntimeError('D-Bus went away')\n"
        "    def delete_password(self, service, username):\n"
        "        raise RuntimeError('D-Bus went away')\n")
    failing = {**env, "PYTHON_KEYRING_BACKEND": "failing_ring.Keyring",
               "PYTHONPATH": str(tmp_path)}
    done = cli(failing, "outbox", "--retry", "--db", str(db))
    clean(done)
    assert done.returncode == 1
    assert "the keyring did not answer (it may be locked, or its service stopped)" in \
        done.stderr
    assert "D-Bus" not in done.stderr and HOW in done.stderr
    [row] = outbox(env, db)
    assert (row["state"], row["attempts"]) == ("queued", 0)


def test_outbox_retry_with_stdin_at_its_end_keeps_it_waiting(
        env: dict[str, str], db: Path, server: PracticeServer) -> None:
    assert cli(env, "submit", "1", "--server", server.url, "--queue-only",
               "--db", str(db)).returncode == 0
    for extra in ((), ("--password-stdin",)):
        done = cli(env, "outbox", "--retry", *extra, "--db", str(db))
        clean(done)
        assert done.returncode == 1
        assert HOW in done.stderr
        said = ("standard input (--password-stdin) held no password" if extra
                else "standard input has ended")
        assert said in done.stderr
        [row] = outbox(env, db)
        assert (row["state"], row["attempts"]) == ("queued", 0)
    assert server.store.listing() == []
    done = subprocess.run([sys.executable, "-m", "calaccess_desktop", "outbox", "--retry",
                           "--password-stdin", "--db", str(db)], env=env, input="pw-1\n",
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Accepted: statement 1 was filed" in done.stdout
    assert len(server.store.listing()) == 1


def read_until(fd: int, text: bytes, timeout: float = 60) -> bytes:
    """What the terminal showed, up to and including ``text``."""
    seen = b""
    deadline = time.monotonic() + timeout
    while text not in seen:
        left = deadline - time.monotonic()
        assert left > 0, seen
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def read_rest(fd: int) -> bytes:
    out = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return out
        if not chunk:
            return out
        out += chunk


def test_ctrl_c_at_the_password_prompt(env: dict[str, str], db: Path,
                                       server: PracticeServer) -> None:
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real command on a real terminal
        os.execve(sys.executable, [sys.executable, "-m", "calaccess_desktop", "submit", "1",
                                   "--server", server.url, "--db", str(db)], env)
    shown = read_until(fd, b"E-filing password for filer 1449876: ")
    os.write(fd, b"\x03")  # Ctrl+C, as typed: the terminal sends SIGINT
    shown += read_rest(fd)
    _, status = os.waitpid(pid, 0)
    text = shown.decode(errors="replace")
    assert "Traceback" not in text and "KeyboardInterrupt" not in text
    assert os.waitstatus_to_exitcode(status) == 3  # not finished: it stays in the outbox
    assert "Stopped at the password prompt. Nothing was sent: what is in the outbox stays " \
           "there, waiting to send." in text
    [row] = outbox(env, db)
    assert (row["state"], row["attempts"]) == ("queued", 0)
    assert server.store.listing() == []
