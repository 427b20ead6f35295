"""Hostile .CAL files, each made from a clean export of the demo's statement 2."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Variant = Callable[[bytes], bytes]


def _lines(base: bytes) -> list[bytes]:
    return base.split(b"\n")


def _first(base: bytes, prefix: bytes) -> int:
    return next(i for i, line in enumerate(_lines(base)) if line.startswith(prefix))


def _field(base: bytes, prefix: bytes, old: bytes, new: bytes) -> bytes:
    """Replace the comma-separated value ``old`` by ``new`` in the first line starting
    with ``prefix`` (only there)."""
    lines = _lines(base)
    i = _first(base, prefix)
    line = lines[i]
    pattern = re.compile(rb"(^|,)" + re.escape(old) + rb"(?=,|$)")
    assert pattern.search(line), (prefix, old)
    lines[i] = pattern.sub(lambda m: m.group(1) + new, line, count=1)
    return b"\n".join(lines)


def _amount(new: bytes) -> Variant:
    return lambda base: _field(base, b"RCPT,A,CD1-28,", b"500.00", new)


def _cover(old: bytes, new: bytes) -> Variant:
    return lambda base: _field(base, b"CVR,F460,", old, new)


def _cut_mid_line(base: bytes) -> bytes:
    lines = _lines(base)
    i = _first(base, b"RCPT,A,CD1-30,")
    head = b"\n".join(lines[:i])
    return head + b"\n" + lines[i][: len(lines[i]) // 2]


def _binary(base: bytes) -> bytes:
    return random.Random(460).randbytes(8192)


def _nul(base: bytes) -> bytes:
    return base.replace(b"Okafor", b"Oka\x00for", 1)


def _append(line: bytes) -> Variant:
    return lambda base: base.rstrip(b"\n") + b"\n" + line + b"\n"


def _drop(prefix: bytes) -> Variant:
    return lambda base: b"\n".join(ln for ln in _lines(base) if not ln.startswith(prefix))


def _double_cover(base: bytes) -> bytes:
    lines = _lines(base)
    return b"\n".join([lines[0], lines[1], *lines[1:]])


CAL_FILES: dict[str, Variant] = {
    "clean": lambda base: base,
    "empty": lambda base: b"",
    "only spaces and newlines": lambda base: b"  \n\n \r\n",
    "binary": _binary,
    "cut in the middle of a line": _cut_mid_line,
    "CRLF line ends": lambda base: base.replace(b"\n", b"\r\n"),
    "CR line ends": lambda base: base.replace(b"\n", b"\r"),
    "UTF-8 BOM": lambda base: b"\xef\xbb\xbf" + base,
    "UTF-16": lambda base: base.decode("utf-8").encode("utf-16"),
    "NUL byte in a name": _nul,
    "Latin-1 byte in a name": lambda base: base.replace(b"Okafor", b"Ok\xe1for", 1),
    "100k-character name": lambda base: base.replace(b"Okafor", b"O" * 100_000, 1),
    "100k-character line": _append(b"RCPT," + b"x" * 100_000),
    "100k commas": _append(b"RCPT,A,CD1-99" + b"," * 100_000),
    "unterminated quote": lambda base: base.replace(b",Okafor,", b',"Okafor,', 1),
    "unknown record type": _append(b"ZZZZ,A,CD1-99,IND,Who,Knows"),
    "no HDR": _drop(b"HDR,"),
    "no CVR": _drop(b"CVR,"),
    "only HDR": lambda base: _lines(base)[0] + b"\n",
    "two CVRs": _double_cover,
    "HDR of version 9.99": lambda base: base.replace(b",2.01,", b",9.99,", 1),
    "no SMRY": _drop(b"SMRY,"),
    "Ctrl-Z at the end": lambda base: base + b"\x1a",
    "Report_Num 1_0": _cover(b"000", b"1_0"),
    "Report_Num superscript": _cover(b"000", "\u00b2".encode()),
    "Report_Num abc": _cover(b"000", b"abc"),
    "Report_Num =HY": _cover(b"000", b"=HY"),
    "Elect_Date 00010101": _cover(b"20261103", b"00010101"),
    "Thru_Date 99991231": _cover(b"20260919", b"99991231"),
    "From_Date 00010101": _cover(b"20260701", b"00010101"),
    "period backwards": _cover(b"20260701", b"20261231"),
    "Rcpt_Date 00010101": lambda base: _field(base, b"RCPT,A,CD1-28,", b"20260706",
                                              b"00010101"),
    "Rcpt_Date 99991231": lambda base: _field(base, b"RCPT,A,CD1-28,", b"20260706",
                                              b"99991231"),
    "Rcpt_Date February 30": lambda base: _field(base, b"RCPT,A,CD1-28,", b"20260706",
                                                 b"20260230"),
    "Expn_Date with dashes": lambda base: _field(base, b"EXPN,E,CD1-38,", b"20260815",
                                                 b"2026-08-15"),
    "amount 1e10": _amount(b"1e10"),
    "amount NaN": _amount(b"NaN"),
    "amount Infinity": _amount(b"Infinity"),
    "amount -0": _amount(b"-0"),
    "amount 1,000": _amount(b'"1,000.00"'),
    "amount with 3 decimals": _amount(b"5.001"),
    "amount 10^20": _amount(b"100000000000000000000.00"),
    "amount 5000 digits": _amount(b"9" * 5000),
    "amount fullwidth digits": _amount("\uff15\uff10\uff10".encode()),
    "amount 0x10": _amount(b"0x10"),
    "negative contribution": _amount(b"-500.00"),
}
