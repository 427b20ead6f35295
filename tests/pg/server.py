"""A throw-away PostgreSQL cluster for the tests: ``initdb`` in a temporary folder,
``pg_ctl start`` on a unix socket there (and on loopback TCP with a password, for the
tests of refused passwords), one fresh database per test copied from a migrated template.

The programs are found on PATH or under /usr/lib/postgresql/*/bin (Debian's packages).
PostgreSQL refuses to run as root: as root the cluster runs as the ``postgres`` user (or
``$CALACCESS_PG_OS_USER``) through ``runuser``. A missing PostgreSQL fails the tests that
need it (CI installs it); it never skips them.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "calaccess"
PASSWORD = "calaccess-test"  # for loopback TCP only (the socket trusts its own user)
TEMPLATE = "calaccess_template"
OS_USER_ENV = "CALACCESS_PG_OS_USER"


class NoPostgres(RuntimeError):
    """PostgreSQL's server programs are not installed (or cannot run here)."""


def find_program(name: str) -> str:
    """The path of a PostgreSQL server program (newest version under /usr/lib first)."""
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                   key=lambda p: _version(p.parent.parent.name), reverse=True)
    if found:
        return str(found[0])
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise NoPostgres(f"PostgreSQL's {name} was not found (on PATH or under "
                     "/usr/lib/postgresql/*/bin): install PostgreSQL (apt-get install "
                     "postgresql; .ci/run does it)")


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".") if p.isdigit())


def free_port() -> int:
    """A TCP port on loopback that nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """One running cluster; ``fresh_database()`` gives each test its own database."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="calaccess-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._as_user = _run_as()
        self._names = itertools.count(1)
        self._template_ready = False

    # ----------------------------------------------------------------- life

    def start(self) -> Cluster:
        """initdb and start the server (NoPostgres when it cannot be done)."""
        initdb, pg_ctl = find_program("initdb"), find_program("pg_ctl")
        if self._as_user:
            user = pwd.getpwnam(self._as_user)
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.root.chmod(0o700)
        self._run([initdb, "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
                   "--no-sync", "-E", "UTF8", "--locale=C"])
        hba = self.data / "pg_hba.conf"
        hba.write_text("local all all trust\n"
                       "host all all 127.0.0.1/32 scram-sha-256\n")
        # A server whose own time zone is not UTC: the app's times must not move.
        options = (f"-k {self.root} -p {self.port} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200 -c timezone=America/Los_Angeles")
        self._run([pg_ctl, "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                   "-t", "60", "-o", options, "start"])
        self._watch_the_run(pg_ctl)
        self.sql("postgres", f"ALTER USER {SUPERUSER} PASSWORD '{PASSWORD}'")
        return self

    def _watch_the_run(self, pg_ctl: str) -> None:
        """A watchdog that stops the server and removes its folder once this test run's
        process is gone, even when the run was killed before its teardown."""
        script = (f"while [ -d /proc/{os.getpid()} ]; do sleep 2; done; "
                  f"'{pg_ctl}' -D '{self.data}' -m immediate -w stop >/dev/null 2>&1; "
                  f"rm -rf '{self.root}'")
        argv = ["sh", "-c", script]
        if self._as_user:
            argv = ["runuser", "-u", self._as_user, "--", *argv]
        subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run([find_program("pg_ctl"), "-D", str(self.data), "-m", "immediate",
                           "-w", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # ----------------------------------------------------------------- databases

    def url(self, database: str, *, tcp: bool = False, password: str | None = None) -> str:
        """The address of ``database`` (by the socket; ``tcp``: by loopback with a
        password, ``PASSWORD`` unless another is given)."""
        if tcp:
            secret = PASSWORD if password is None else password
            return f"postgresql://{SUPERUSER}:{secret}@127.0.0.1:{self.port}/{database}"
        return f"postgresql://{SUPERUSER}@/{database}?host={self.root}&port={self.port}"

    def empty_database(self) -> str:
        """A new database with no tables; its address."""
        name = f"t{next(self._names)}"
        self.sql("postgres", f"CREATE DATABASE {name}")
        return self.url(name)

    def fresh_database(self) -> str:
        """A new database already at the app's head revision (a copy of a template
        migrated once per run); its address."""
        if not self._template_ready:
            from calaccess_desktop.services.store import Store

            self.sql("postgres", f"CREATE DATABASE {TEMPLATE}")
            Store.open(self.url(TEMPLATE)).close()
            self._template_ready = True
        name = f"t{next(self._names)}"
        self.sql("postgres", f"CREATE DATABASE {name} TEMPLATE {TEMPLATE} "
                 "STRATEGY FILE_COPY")
        return self.url(name)

    def drop(self, url: str) -> None:
        """Drop the database at ``url`` (its connections are ended first)."""
        name = url.split("?", 1)[0].rsplit("/", 1)[1]
        self.sql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def sql(self, database: str, statement: str) -> None:
        """Run one statement as the superuser, outside a transaction."""
        import psycopg

        with psycopg.connect(host=str(self.root), port=self.port, user=SUPERUSER,
                             dbname=database, autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    # ----------------------------------------------------------------- internals

    def _run(self, argv: list[str]) -> None:
        if self._as_user:
            argv = ["runuser", "-u", self._as_user, "--", *argv]
        done = subprocess.run(argv, capture_output=True, text=True, cwd=self.root,
                              timeout=120, check=False)
        if done.returncode:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise NoPostgres(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stdout}"
                             f"{done.stderr}{tail}")


def _run_as() -> str | None:
    """The user the cluster runs as when the tests run as root (None: as ourselves)."""
    if os.geteuid() != 0:
        return None
    name = os.environ.get(OS_USER_ENV, "postgres")
    try:
        pwd.getpwnam(name)
    except KeyError as exc:
        raise NoPostgres(f"the tests run as root and PostgreSQL refuses root: create the "
                         f"user {name!r} (useradd --system {name}) or set {OS_USER_ENV}"
                         ) from exc
    if shutil.which("runuser") is None:
        raise NoPostgres("the tests run as root and runuser (util-linux) is missing")
    return name
