"""calaccess-desktop: prepare, check, print and e-file California campaign statements offline."""

__version__ = "0.1.0"
APP_NAME = "calaccess-desktop"
