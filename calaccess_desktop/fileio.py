"""Writing user files safely."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomically(data: bytes, path: str | Path) -> None:
    """Write bytes through a temporary file: a partial file never replaces a good one."""
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
    finally:
        tmp.unlink(missing_ok=True)
