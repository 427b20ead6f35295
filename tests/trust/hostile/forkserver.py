"""Run ``python -m calaccess_desktop ARGS`` hundreds of times without paying for Python's
start-up and the app's imports each time.

A server process imports the app once (the CLI, every command, the PDF engine, Qt),
then forks one child per command line. The child is a new process like any other: its
own environment, folder, standard input, output and error (files), its own exit status,
and it runs the package's ``__main__`` exactly as ``python -m`` does, so an uncaught
exception prints its traceback and interpreter shutdown (atexit, threads) happens as
usual. The server kills a child (and its process group) that outlives its time limit.

Protocol: one JSON line per request on the server's standard input, one JSON line per
answer on its standard output. ``HOSTILE_SUBPROCESS=1`` makes the runner use plain
subprocesses instead (the two agree; a test checks it).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import json
import os
import runpy
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
PRELOAD = ("calaccess_desktop.cli", "calaccess_desktop.services.printing",
           "calaccess_desktop.services.exporter", "calaccess_desktop.services.importer",
           "calaccess_desktop.services.validation", "calaccess_desktop.efile.practice_server",
           "PySide6.QtWidgets", "PySide6.QtGui")


@dataclass(frozen=True)
class Done:
    """How a run ended: exit status (None after the time limit), output and error text."""

    code: int | None
    out: str
    err: str


class ForkServer:
    """One server process; ``run`` is for one thread at a time."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.trust.hostile.forkserver"], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.lock = threading.Lock()

    def run(self, argv: list[str], *, env: dict[str, str], cwd: Path, work: Path,
            timeout: float, stdin: str | None = None,
            module: str = "calaccess_desktop") -> Done:
        """Run ``python -m module ARGV`` in a forked child; output is captured in ``work``."""
        out, err, inp = work / ".stdout", work / ".stderr", work / ".stdin"
        if stdin is not None:
            inp.write_text(stdin, encoding="utf-8")
        request = {"argv": argv, "env": env, "cwd": str(cwd), "out": str(out),
                   "err": str(err), "stdin": str(inp) if stdin is not None else os.devnull,
                   "timeout": timeout, "module": module}
        assert self.proc.stdin is not None and self.proc.stdout is not None
        with self.lock:
            self.proc.stdin.write(json.dumps(request).encode() + b"\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fork server stopped")
        answer = json.loads(line)

        def text(path: Path) -> str:
            return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        done = Done(answer["code"], text(out), text(err))
        for path in (out, err, inp):
            path.unlink(missing_ok=True)
        return done

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# ----------------------------------------------------------------------------- the server

def _ended(pid: int, timeout: float) -> bool:
    """Whether the child ended within ``timeout`` seconds (not yet reaped)."""
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):  # an old kernel: look every few milliseconds
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                return True
            time.sleep(0.005)
        return False
    try:
        ready, _, _ = select.select([fd], [], [], timeout)
    finally:
        os.close(fd)
    return bool(ready)


def _wait(pid: int, timeout: float) -> int | None:
    """The child's exit status (negative: killed by that signal), or None after the
    time limit (then the child and its process group are killed)."""
    if not _ended(pid, timeout):
        for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, 9)):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                kill()
        os.waitpid(pid, 0)
        return None
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _become_child(request: dict[str, Any]) -> None:
    """In the forked child: the request's process state, as a fresh ``python -m``."""
    os.setpgid(0, 0)
    os.environ.clear()
    os.environ.update(request["env"])
    os.chdir(request["cwd"])
    fds = (os.open(request["stdin"], os.O_RDONLY),
           os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
           os.open(request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    streams = []
    for fd, mode, like in ((0, "r", sys.__stdin__), (1, "w", sys.__stdout__),
                           (2, "w", sys.__stderr__)):
        encoding = getattr(like, "encoding", None) or "utf-8"
        errors = getattr(like, "errors", None) or "strict"
        streams.append(open(fd, mode, encoding=encoding,  # noqa: SIM115
                            errors="backslashreplace" if fd == 2 else errors, closefd=False))
    sys.stdin, sys.stdout, sys.stderr = streams
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = streams
    sys.argv = [request["module"], *request["argv"]]
    sys.path[0] = os.getcwd()  # as ``python -m`` started in that folder


def _preload() -> None:
    """Import what the commands use (not all of ``ui/``: a bigger process forks and exits
    slower than it gains) and read the spec layouts, once for every child."""
    for name in PRELOAD:
        with contextlib.suppress(Exception):  # a module that fails, fails in the child
            importlib.import_module(name)
    from calaccess_desktop.cal import layouts
    from calaccess_desktop.cli import build_parser

    build_parser()  # imports every command module
    layouts.record_types()


def serve() -> dict[str, Any] | None:
    """The server's loop; returns a request only in a forked child (None at the end)."""
    _preload()
    gc.freeze()  # the imported heap stays shared: no copying, no collecting it at exit
    requests = sys.stdin.buffer
    answers = sys.stdout.buffer.fileno()
    while True:
        line = requests.readline()
        if not line:
            return None
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _become_child(request)
            return request
        started = time.monotonic()
        code = _wait(pid, float(request["timeout"]))
        answer = {"code": code, "seconds": round(time.monotonic() - started, 3)}
        os.write(answers, json.dumps(answer).encode() + b"\n")


def main() -> None:
    request = serve()
    if request is None:
        return
    runpy.run_module(request["module"], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
