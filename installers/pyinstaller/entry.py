"""The frozen program's entry point: the same command line as the package's
``calaccess-desktop`` console script (every command, and the window with none)."""

import sys

from calaccess_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
