"""Hostile command lines: numbers no statement can have, numbers that are not ASCII,
out-of-range options, broken settings files and random argv at every command. Each ends
with a plain message and exit status 1 or 2, never a traceback, and nothing is written."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calaccess_desktop import settings as settings_mod
from calaccess_desktop.cli import build_parser, main
from calaccess_desktop.services.store import Store
from tests.trust.test_boundary import cli

HUGE = [str(2**63), str(2**64 + 5), "99999999999999999999999999"]
IMPOSSIBLE = [*HUGE, "0", "-1", "-9223372036854775809"]
NOT_ASCII_NUMBERS = ["²", "٣", "１２", "1_0", "0x10", "1e3", "", " ", "+", "12abc"]

# (argv before the number, argv after it, what the number names)
ID_COMMANDS: list[tuple[list[str], list[str], str]] = [
    (["summary"], [], "statement"),
    (["changes"], [], "statement"),
    (["late-reports"], [], "statement"),
    (["late-reports"], ["--add", "CD1-1"], "statement"),
    (["amend"], ["--reason", "typo"], "statement"),
    (["export"], ["-o", "out.cal"], "statement"),
    (["print"], ["-o", "out.pdf"], "statement"),
    (["submit"], ["--queue-only"], "statement"),
    (["delete"], ["--yes"], "statement"),
    (["validate"], [], "statement"),
    (["outbox", "--log"], [], "submission"),
    (["outbox", "--withdraw"], [], "submission"),
    (["outbox", "--reopen"], [], "statement"),
    (["outbox", "--retry", "1"], [], "submission"),
]


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err, out.err
    return code, out.out, out.err


@pytest.fixture
def quiet_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Logs and settings in tmp_path; the current folder an empty one."""
    monkeypatch.setenv("CALACCESS_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    return tmp_path


# ----------------------------------------------------------------- numbers, for real

@pytest.mark.parametrize("number", [str(2**63), "0", "-1"])
def test_impossible_statement_numbers_through_the_real_cli(tmp_path: Path, number: str) -> None:
    db = tmp_path / "s.sqlite"
    code, out, err = cli(tmp_path, "summary", number, "--db", str(db))
    assert (code, out, err) == (1, "", f"There is no statement {number}.\n")
    assert not db.exists()  # refused before the data file is even opened


def test_impossible_numbers_to_validate_and_outbox_through_the_real_cli(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    big = str(2**63)
    assert cli(tmp_path, "validate", big, "--db", str(db))[1:] == (
        "", f"There is no statement {big}.\n")
    code, _out, err = cli(tmp_path, "outbox", "--retry", "3", "0", "--db", str(db))
    assert code == 1 and err == "There is no submission 0.\n"
    code, _out, err = cli(tmp_path, "outbox", "--log", "²", "--db", str(db))
    assert code == 2 and "'²' is not a submission number; give its number as digits" in err


@pytest.mark.parametrize(("before", "after", "kind"), ID_COMMANDS)
@pytest.mark.parametrize("number", IMPOSSIBLE)
def test_every_number_argument_refuses_impossible_numbers(
        capsys: pytest.CaptureFixture[str], quiet_env: Path, before: list[str],
        after: list[str], kind: str, number: str) -> None:
    db = quiet_env / "s.sqlite"
    code, out, err = run(capsys, [*before, number, *after, "--db", str(db)])
    assert (code, out, err) == (1, "", f"There is no {kind} {number}.\n")
    assert not db.exists() and not (quiet_env / "logs").exists()
    assert os.listdir(".") == []  # nothing exported or printed


@pytest.mark.parametrize("command", [["summary"], ["validate"], ["outbox", "--log"]])
@pytest.mark.parametrize("digits", [200, 4301, 10_000])
def test_numbers_too_long_for_python_are_refused_plainly(
        capsys: pytest.CaptureFixture[str], quiet_env: Path, command: list[str],
        digits: int) -> None:
    kind = "submission" if "--log" in command else "statement"
    code, _out, err = run(capsys, [*command, "7" * digits, "--db", str(quiet_env / "s.sqlite")])
    assert (code, err) == (1, f"There is no {kind} {'7' * 30}... ({digits} characters).\n")
    code, _out, err = run(capsys, ["practice-server", "--port", "7" * digits])
    assert code == 2 and f"'{'7' * 30}... ({digits} characters)' is not a port number" in err


@pytest.mark.parametrize(("before", "after", "kind"),
                         [c for c in ID_COMMANDS if c[0] != ["validate"]])
@pytest.mark.parametrize("text", NOT_ASCII_NUMBERS)
def test_numbers_must_be_ascii_digits(capsys: pytest.CaptureFixture[str], quiet_env: Path,
                                      before: list[str], after: list[str], kind: str,
                                      text: str) -> None:
    code, out, err = run(capsys, [*before, text, *after, "--db", str(quiet_env / "s.sqlite")])
    assert code == 2 and out == ""
    assert f"is not a {kind} number; give its number as digits" in err


def test_a_unicode_digit_is_a_file_name_to_validate(capsys: pytest.CaptureFixture[str],
                                                    quiet_env: Path) -> None:
    code, _out, err = run(capsys, ["validate", "²", "--db", str(quiet_env / "s.sqlite")])
    assert code == 1 and err == "²: No such file or folder. Check the name and try again.\n"


def test_the_screenshot_statement_is_checked_before_the_window_opens(
        capsys: pytest.CaptureFixture[str], quiet_env: Path) -> None:
    code, _out, err = run(capsys, ["--screenshot", "x.png", "--statement", str(2**63), "--db",
                                   str(quiet_env / "s.sqlite")])
    assert (code, err) == (1, f"There is no statement {2**63}.\n")
    code, _out, err = run(capsys, ["--screenshot", "x.png", "--statement", "٣"])
    assert code == 2 and "'٣' is not a statement number" in err


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--port", "65536", "'65536' is not a port number; give a whole number from 0 to 65535"),
    ("--port", "-1", "'-1' is not a port number"),
    ("--port", "²", "'²' is not a port number"),
    ("--port", str(2**64), "is not a port number"),
    ("--seed", "-5", "'-5' is not a seed; give a whole number from 0 to"),
    ("--seed", str(2**63), "is not a seed"),
])
def test_integer_options_are_range_checked(capsys: pytest.CaptureFixture[str], quiet_env: Path,
                                           option: str, value: str, words: str) -> None:
    code, out, err = run(capsys, ["practice-server", option, value])
    assert code == 2 and out == "" and words in err


# ----------------------------------------------------------------- settings.json

def _symlink_loop(path: Path) -> None:
    path.symlink_to(path)


@pytest.mark.parametrize(("content", "words"), [
    ('{"version": "abc"}', "version: must be a whole number such as 1, not \"abc\""),
    ('{"version": 1.5}', "version: must be a whole number such as 1, not 1.5"),
    ('{"version": null}', "version: must be a whole number"),
    ("{not json", "cannot be read: it is not valid JSON (line 1, column 2"),
    ("[1, 2]", "is not a settings file: it must hold one JSON object ({...}), not a list"),
    ('"text"', "not text"),
    ('{"version": 1, "connect_timeout": "fast"}',
     "connect_timeout (Connect timeout (seconds)): Input should be a valid number"),
    ('{"version": 1, "read_timeout": 1e308}', "read_timeout (Answer timeout (seconds))"),
    ('{"version": 1, "retry_base_seconds": NaN}', "NaN is not a number JSON allows"),
    ('{"version": 1, "vendor_id": 7}', "vendor_id (Vendor ID): Input should be a valid string"),
    ('{"version": 1, "allow_weak_keyring": "yes"}', "allow_weak_keyring"),
    (b"\xff\xfe{}", "cannot be read: it is not a text file"),
    (None, "cannot be read: it is a folder, not a settings file"),
    (_symlink_loop, "cannot be read: "),
])
def test_a_settings_file_that_cannot_be_used_is_named_plainly(tmp_path: Path, content: Any,
                                                              words: str) -> None:
    config = tmp_path / "config"
    config.mkdir()
    path = config / "settings.json"
    if content is None:
        path.mkdir()
    elif callable(content):
        content(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    before = sorted(os.listdir(config))
    code, out, err = cli(tmp_path, "submit", "1", "--db", str(tmp_path / "s.sqlite"))
    assert code == 1 and out == ""
    assert f"{path}: " in err and words in err
    assert "Correct it, or delete the file" in err or "to use the default settings" in err
    assert sorted(os.listdir(config)) == before  # nothing written over it


def test_outbox_retry_names_a_broken_settings_file(tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    path = tmp_path / "config" / "settings.json"
    path.write_text('{"version": [1]}')
    Store.open(tmp_path / "s.sqlite").close()
    code, out, err = cli(tmp_path, "outbox", "--retry", "--db", str(tmp_path / "s.sqlite"))
    assert code == 1 and f"{path}: version: must be a whole number such as 1, not [1]" in err


def test_the_window_starts_on_defaults_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"version": "two"}')
    values, warning = settings_mod.load_or_defaults(path)
    assert values == settings_mod.Settings()
    assert warning is not None and str(path) in warning and "version" in warning
    assert warning.endswith("Until then the default settings are used.")
    path.write_text('{"version": 1, "vendor_id": "ACME"}')
    assert settings_mod.load_or_defaults(path) == (settings_mod.Settings(vendor_id="ACME"), None)


# ----------------------------------------------------------------- random argv

def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name: p for name, p in subs.choices.items() if name != "demo"}  # demo: no args


COMMANDS = _commands()
OPTIONS = sorted({o for p in COMMANDS.values() for a in p._actions for o in a.option_strings}
                 - {"--db"})
SAFE = st.characters(exclude_characters="/\\~\x00", exclude_categories=("Cs",))
TOKEN = st.one_of(
    st.sampled_from(OPTIONS),
    st.sampled_from([*IMPOSSIBLE, *NOT_ASCII_NUMBERS, "1", "-", "--", "-o", "=", "Núñez",
                     "--json", "\u202e", "\ufeff", "ß" * 300, "1" * 5000]),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(SAFE, max_size=20),
    st.binary(max_size=12).map(lambda b: os.fsdecode(b.translate(None, b"\x00/\\~"))),
)


class _FakeServer:
    """Stands in for the practice server: the command is parsed and checked, nothing
    listens (the real one is tested in tests/efile)."""

    url = "http://127.0.0.1:0"
    store = argparse.Namespace(path="practice.sqlite")
    faults = argparse.Namespace(describe=lambda: "none")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def serve_forever(self) -> None:
        return None


@pytest.fixture
def fuzz_env(quiet_env: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    import calaccess_desktop.efile.practice_server as practice

    monkeypatch.setattr(practice, "PracticeServer", _FakeServer)
    yield quiet_env


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(command=st.sampled_from(sorted(COMMANDS)), tokens=st.lists(TOKEN, max_size=6),
       top=st.lists(st.sampled_from(["--statement", "--screenshot", "x", "٣", "0"]),
                    max_size=2))
def test_random_argv_ends_cleanly(capsys: pytest.CaptureFixture[str], fuzz_env: Path,
                                  command: str, tokens: list[str], top: list[str]) -> None:
    db = fuzz_env / "fuzz.sqlite"
    argv = [*top, command, *tokens, "--db", str(db)]
    if top and top[-1] in ("--statement", "--screenshot"):
        argv = [command, *tokens, "--db", str(db)]  # the command would be taken as its value
    code = main(argv)
    out = capsys.readouterr()
    assert code in (0, 1, 2), (argv, out.err)
    assert "Traceback" not in out.out + out.err, (argv, out.err)
    assert not (fuzz_env / "logs").exists(), (argv, out.err)  # nothing unexpected happened
    if db.exists():
        import sqlite3

        with sqlite3.connect(db) as con:  # no random argv ever made a statement
            assert con.execute("select count(*) from statements").fetchone() == (0,)


@pytest.mark.parametrize("argv", [
    ["set-officer", "\udcce\u03cd", "\udcc1"],  # bytes b'\xce\xfd' on a UTF-8 system
    ["calendar", "\udcff", "2026"],
    ["bundle", "\udcce", "-o", "out.zip"],
])
def test_a_value_that_is_not_text_is_said_plainly(quiet_env: Path, argv: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A command-line value holding bytes that are not UTF-8 (Python keeps them as lone
    surrogates) reached SQLite, which cannot encode it: a crash report. Now words."""
    db = quiet_env / "books.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    code = main([*argv, "--db", str(db)])
    err = capsys.readouterr().err
    assert code in (1, 2), err
    assert "Traceback" not in err and "did not expect" not in err, err
    assert not (quiet_env / "logs").exists(), err
