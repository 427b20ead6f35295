"""The frozen program's entry point: the same command line as the package's
``calaccess-desktop`` console script (every command, and the window with none)."""

import os
import sys

from calaccess_desktop.cli import main

if __name__ == "__main__":
    # A windowed program (Windows' calaccess-desktop-window.exe) has no standard streams:
    # PyInstaller leaves them None, and the app flushes and writes to them.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())
