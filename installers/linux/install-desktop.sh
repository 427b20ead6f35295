#!/bin/sh
# Put calaccess-desktop in this user's application menu, with its icon and the .cal file
# type, for a pip/pipx install or an unpacked bundle (no root needed):
#   installers/linux/install-desktop.sh [PROGRAM]
# PROGRAM: the calaccess-desktop to start (default: the one on PATH). Undo with
#   installers/linux/install-desktop.sh --remove   (the data file is never touched)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--remove" ]; then
    rm -f "$DATA/applications/calaccess-desktop.desktop"
    find "$DATA/icons/hicolor" -name 'calaccess-desktop.*' -delete 2>/dev/null || true
    xdg-mime uninstall --novendor "$HERE/calaccess-desktop-mime.xml" 2>/dev/null || true
    exit 0
fi
PROGRAM=${1:-$(command -v calaccess-desktop)}
mkdir -p "$DATA/applications" "$DATA/icons"
sed "s|^Exec=calaccess-desktop|Exec=$PROGRAM|; s|^TryExec=.*|TryExec=$PROGRAM|" \
    "$HERE/calaccess-desktop.desktop" > "$DATA/applications/calaccess-desktop.desktop"
BUNDLED=$(dirname "$PROGRAM")/share/icons
if [ -d "$BUNDLED/hicolor" ]; then  # the PyInstaller bundle carries its icon set
    cp -R "$BUNDLED/hicolor" "$DATA/icons/"
else  # a pip install: render them with the install's own Python (PySide6)
    PYTHON=$(dirname "$PROGRAM")/python
    [ -x "$PYTHON" ] || PYTHON=python3
    "$PYTHON" "$HERE/../icons.py" hicolor "$DATA/icons" >/dev/null
fi
xdg-mime install --novendor "$HERE/calaccess-desktop-mime.xml" 2>/dev/null || true
xdg-mime default calaccess-desktop.desktop application/x-calaccess-cal 2>/dev/null || true
update-desktop-database "$DATA/applications" 2>/dev/null || true
echo "calaccess-desktop is in the application menu ($DATA/applications)"
