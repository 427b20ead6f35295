"""``python -m calaccess_desktop``."""

import sys

from calaccess_desktop.cli import main

sys.exit(main())
