"""The long fuzz run: ``python -m tests.fuzz --inputs 100000 [--atheris N] [--seed S]``.

The inputs are shared out over the targets of ``tests/fuzz/targets.py`` by weight (the
fast reader gets most); ``--atheris N`` adds N coverage-guided runs of the .CAL reader.
Prints the inputs and outcomes per target; exit status 1 on the first broken promise."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from tests.fuzz.targets import TARGETS, Workspace, run_target

WEIGHTS = {"cal-reader": 0.55, "cal-import": 0.12, "sheet-import": 0.12,
           "bundle-import": 0.09, "server-endpoints": 0.12}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--atheris", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--only", nargs="+", choices=sorted(TARGETS))
    args = parser.parse_args()
    names = args.only or list(TARGETS)
    total = sum(WEIGHTS[n] for n in names)
    ws = Workspace()
    grand = 0
    try:
        for name in names:
            count = max(1, round(args.inputs * WEIGHTS[name] / total))
            start = time.perf_counter()
            tally = run_target(name, ws, count, args.seed)
            grand += tally.inputs
            print(f"{name:<17} {tally.inputs:7,} inputs in {time.perf_counter() - start:6.1f} s: "
                  + ", ".join(f"{k} {v:,}" for k, v in sorted(tally.outcomes.items())),
                  flush=True)
    finally:
        ws.close()
    if args.atheris:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "tests.fuzz.atheris_cal",
                               f"-runs={args.atheris}", "-max_len=4096"],
                              capture_output=True, text=True)
        tail = [line for line in done.stderr.splitlines() if "Done" in line or "ERROR" in line]
        print(f"atheris cal-reader {args.atheris:7,} runs in {time.perf_counter() - start:6.1f} "
              f"s: exit {done.returncode}; {' '.join(tail[-2:])}")
        if done.returncode != 0:
            print(done.stderr[-3000:])
            return 1
        grand += args.atheris
    print(f"total: {grand:,} inputs, 0 broken promises")
    return 0


if __name__ == "__main__":
    sys.exit(main())
