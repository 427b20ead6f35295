"""Which package files the bundle carries besides the code (read by the spec file and by
tests/ship/test_bundle_spec.py, which checks them against pyproject's package-data)."""

# The same kinds as [tool.setuptools.package-data] in pyproject.toml.
PATTERNS = ("*.json", "*.ini", "*.mako", "*.ttf", "*.png", "*.svg", "*.qm", "*.csv",
            "fonts/LICENSE")
# Alembic loads env.py and the revisions as files from the migrations folder, so their
# source goes into the bundle as data (not only as compiled modules).
SOURCE_FOLDERS = ("db/migrations",)
# Imported by name at run time (commands/ through pkgutil, forms through the registry),
# so PyInstaller's import scan cannot see them: every submodule is collected.
PACKAGE = "calaccess_desktop"
