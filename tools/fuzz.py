"""The long fuzz run from the repository root: ``python tools/fuzz.py --inputs 100000
[--atheris N]`` (the same as ``python -m tests.fuzz``; see tests/fuzz/__main__.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzz.__main__ import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
