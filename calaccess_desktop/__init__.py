"""calaccess-desktop: prepare, check, print and e-file California campaign statements offline."""

__version__ = "0.1.0"
APP_NAME = "calaccess-desktop"
# How the app names itself where a file records what made it (PDF metadata and footer;
# the .CAL header has the two in separate fields).
PRODUCT = f"{APP_NAME} {__version__}"
