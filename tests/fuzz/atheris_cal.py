"""Coverage-guided fuzzing (atheris, libFuzzer) of the .CAL reader: any bytes are read
into records and problems, never an exception.

    python -m tests.fuzz.atheris_cal -runs=50000 [-max_len=4096]
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from calaccess_desktop.cal.reader import read_cal


def one(data: bytes) -> None:
    cal = read_cal(data, "fuzz.cal")
    for problem in cal.problems:
        if not problem.render("fuzz.cal").startswith("fuzz.cal:"):
            raise AssertionError("a problem that does not name the file")


def main() -> None:
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
