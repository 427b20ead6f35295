#!/bin/sh
# Build the macOS app and disk image in one command:  installers/macos/build.sh
# Needs Python 3.11+ from python.org (universal2) or Homebrew, and Xcode's command line
# tools (hdiutil, codesign, xcrun). Leaves dist/calaccess-desktop.app and
# dist/calaccess-desktop-<version>-macos.dmg.
#
# Signing and notarisation (both optional; without them the app runs after the user
# right-clicks it and chooses Open once):
#   MACOS_SIGN_IDENTITY  "Developer ID Application: Name (TEAMID)" from the keychain
#   MACOS_NOTARY_PROFILE a notarytool keychain profile, made once with
#       xcrun notarytool store-credentials calaccess-notary \
#           --apple-id you@example.org --team-id TEAMID --password <app-specific password>
set -eu
REPO=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-python3}
BUILD=$REPO/build/macos
DIST=$REPO/dist
VENV=$BUILD/venv
APP=$DIST/calaccess-desktop.app

echo "== build venv: $VENV"
"$PYTHON" -m venv --clear "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
"$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    "$REPO" "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
VERSION=$("$VENV/bin/python" -c "import calaccess_desktop; print(calaccess_desktop.__version__)")

echo "== icon and PyInstaller ($VERSION)"
"$VENV/bin/python" "$REPO/installers/icons.py" icns "$REPO/build/icons/calaccess-desktop.icns"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --workpath "$BUILD/work" --distpath "$DIST" \
    "$REPO/installers/pyinstaller/calaccess-desktop.spec"

echo "== smoke test"
sh "$REPO/installers/linux/smoke.sh" "$APP/Contents/MacOS/calaccess-desktop" "$BUILD/smoke"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "== codesign (hardened runtime)"
    codesign --force --deep --timestamp --options runtime \
        --entitlements "$REPO/installers/macos/entitlements.plist" \
        --sign "$MACOS_SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

echo "== disk image"
DMG=$DIST/calaccess-desktop-$VERSION-macos.dmg
STAGE=$BUILD/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "calaccess-desktop $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    echo "== notarisation (waits for Apple's answer, usually a few minutes)"
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
fi
echo "disk image: $DMG"
