#!/bin/sh
# Build the Linux one-folder bundle dist/calaccess-desktop/ with PyInstaller, then smoke
# test it: the demo data file, and a screenshot of the main window offscreen.
#   installers/linux/build.sh            (from anywhere; needs python3 >= 3.11 and venv)
# Environment: PYTHON (default python3), BUILD_DIR (default build/linux), DIST_DIR
# (default dist). Leaves dist/calaccess-desktop/calaccess-desktop and
# build/linux/smoke/main-window.png.
set -eu
REPO=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-python3}
BUILD=${BUILD_DIR:-$REPO/build/linux}
DIST=${DIST_DIR:-$REPO/dist}
VENV=$BUILD/venv

echo "== build venv: $VENV"
"$PYTHON" -m venv --clear "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
# The app with its dependencies from PyPI, as a user's pip install would, and the freezer.
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    "$REPO" "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"

echo "== PyInstaller"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --workpath "$BUILD/work" --distpath "$DIST" \
    "$REPO/installers/pyinstaller/calaccess-desktop.spec"
# Linux menus and the AppImage want the icon set and the desktop entry next to the program.
"$VENV/bin/python" "$REPO/installers/icons.py" hicolor "$DIST/calaccess-desktop/share/icons"
mkdir -p "$DIST/calaccess-desktop/share/applications"
install -m 0644 "$REPO/installers/linux/calaccess-desktop.desktop" \
    "$DIST/calaccess-desktop/share/applications/calaccess-desktop.desktop"

echo "== smoke test"
sh "$REPO/installers/linux/smoke.sh" "$DIST/calaccess-desktop/calaccess-desktop" "$BUILD/smoke"
echo "bundle: $DIST/calaccess-desktop ($(du -sh "$DIST/calaccess-desktop" | cut -f1))"
