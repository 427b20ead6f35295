#!/bin/sh
# Package the Linux bundle as an AppImage (one file that runs on most distributions):
#   installers/linux/build.sh && installers/linux/appimage.sh
# Needs appimagetool (https://github.com/AppImage/appimagetool/releases, file
# appimagetool-x86_64.AppImage): on PATH, or its path in APPIMAGETOOL. Without it the
# AppDir is still made and smoke-tested (build/linux/AppDir), and the script says so.
# Leaves dist/calaccess-desktop-<version>-x86_64.AppImage.
set -eu
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BUNDLE=$REPO/dist/calaccess-desktop
APPDIR=$REPO/build/linux/AppDir
[ -x "$BUNDLE/calaccess-desktop" ] || { echo "run installers/linux/build.sh first" >&2; exit 1; }
VERSION=$(QT_QPA_PLATFORM=offscreen "$BUNDLE/calaccess-desktop" --version | cut -d' ' -f2)

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/share"
cp -R "$BUNDLE" "$APPDIR/usr/lib/calaccess-desktop"
cp -R "$BUNDLE/share/icons" "$BUNDLE/share/applications" "$APPDIR/usr/share/"
# The desktop entry and the icon at the top, where AppImage tools look for them.
cp "$REPO/installers/linux/calaccess-desktop.desktop" "$APPDIR/calaccess-desktop.desktop"
cp "$BUNDLE/share/icons/hicolor/256x256/apps/calaccess-desktop.png" "$APPDIR/calaccess-desktop.png"
ln -s calaccess-desktop.png "$APPDIR/.DirIcon"
mkdir -p "$APPDIR/usr/share/mime/packages"
cp "$REPO/installers/linux/calaccess-desktop-mime.xml" "$APPDIR/usr/share/mime/packages/"
cat > "$APPDIR/AppRun" <<'RUN'
#!/bin/sh
# Start the bundled program with the same arguments (commands, --open FILE.cal, ...).
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/calaccess-desktop/calaccess-desktop" "$@"
RUN
chmod +x "$APPDIR/AppRun"

echo "== smoke test of the AppDir"
sh "$REPO/installers/linux/smoke.sh" "$APPDIR/AppRun" "$REPO/build/linux/smoke-appdir"

TOOL=${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-x86_64.AppImage || true)}
if [ -z "$TOOL" ]; then
    echo "appimagetool not found: the AppDir is ready in $APPDIR (set APPIMAGETOOL to make the AppImage)"
    exit 0
fi
OUT=$REPO/dist/calaccess-desktop-$VERSION-x86_64.AppImage
# --appimage-extract-and-run: works without FUSE (containers, CI runners).
ARCH=x86_64 "$TOOL" --appimage-extract-and-run "$APPDIR" "$OUT" 2>/dev/null \
    || ARCH=x86_64 "$TOOL" "$APPDIR" "$OUT"
echo "AppImage: $OUT ($(du -h "$OUT" | cut -f1))"
