"""The installer recipes agree with each other and with the app: the icon set rendered
from the package's SVG, the release feed the workflow writes is the one the app reads,
and the .cal association starts the windowed program with ``--open``."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage, QImageReader

from calaccess_desktop import __version__
from calaccess_desktop.services import updates
from tests.ship.conftest import REPO

INSTALLERS = REPO / "installers"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_icon_set_ico_and_icns_are_rendered_from_the_packaged_svg(tmp_path: Path) -> None:
    icons = load(INSTALLERS / "icons.py")
    assert icons.SOURCE == REPO / "calaccess_desktop" / "icons" / "calaccess-desktop.svg"
    run = [sys.executable, str(INSTALLERS / "icons.py")]
    subprocess.run([*run, "hicolor", str(tmp_path)], check=True, capture_output=True)
    for size in icons.HICOLOR_SIZES:
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps"
                           / "calaccess-desktop.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not empty
        assert image.pixelColor(0, 0).alpha() == 0  # transparent corner
    assert (tmp_path / "hicolor" / "scalable" / "apps" / "calaccess-desktop.svg").is_file()
    for kind, sizes in (("ico", icons.ICO_SIZES), ("icns", icons.ICNS_SIZES)):
        out = tmp_path / f"app.{kind}"
        subprocess.run([*run, kind, str(out)], check=True, capture_output=True)
        reader = QImageReader(str(out))
        found = []
        for n in range(reader.imageCount()):
            reader.jumpToImage(n)
            found.append(reader.read().width())
        assert sorted(found) == sorted(sizes), kind


def test_the_release_feed_the_workflow_writes_is_what_the_app_reads(tmp_path: Path) -> None:
    out = tmp_path / "release-feed.json"
    subprocess.run([sys.executable, str(INSTALLERS / "release_feed.py"), "--version", "9.8.7",
                    "--url", "https://github.com/o/calaccess-desktop/releases/tag/v9.8.7",
                    "--notes", "Faster   import.", "--released", "2027-01-20", "-o", str(out)],
                   check=True, capture_output=True)
    data = out.read_bytes()
    assert json.loads(data) == {"feed": 1, "version": "9.8.7", "released": "2027-01-20",
                                "url": "https://github.com/o/calaccess-desktop/releases/"
                                       "tag/v9.8.7", "notes": "Faster import."}
    newer = updates.read_feed(data, current=__version__)
    assert newer.newer and newer.version == "9.8.7" and "January 20, 2027" in newer.words
    assert updates.read_feed(data, current="9.8.7").state == "current"
    feed = load(INSTALLERS / "release_feed.py")
    assert feed.feed("1.2.3", "https://x.example/r", released=dt.date(2027, 1, 1))["feed"] == 1
    bad = subprocess.run([sys.executable, str(INSTALLERS / "release_feed.py"), "--version",
                          "1.2", "--url", "http://x", "-o", str(tmp_path / "x.json")],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "not a release version" in bad.stderr


def test_every_cal_association_opens_the_file_in_the_window() -> None:
    desktop = (INSTALLERS / "linux" / "calaccess-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=calaccess-desktop --open %f" in desktop
    mime = (INSTALLERS / "linux" / "calaccess-desktop-mime.xml").read_text(encoding="utf-8")
    kind = re.search(r'<mime-type type="([^"]+)"', mime)
    assert kind and f"MimeType={kind[1]};" in desktop and 'pattern="*.cal"' in mime
    iss = (INSTALLERS / "windows" / "calaccess-desktop.iss").read_text(encoding="utf-8")
    assert '#define AppExe "calaccess-desktop-window.exe"' in iss
    assert '"""{app}\\{#AppExe}"" --open ""%1"""' in iss
    assert "[UninstallDelete]" not in iss.split("; No [UninstallDelete]")[0]  # data kept
    spec = (INSTALLERS / "pyinstaller" / "calaccess-desktop.spec").read_text(encoding="utf-8")
    assert 'name="calaccess-desktop-window", console=False' in spec
    assert '"CFBundleTypeExtensions": ["cal", "CAL"]' in spec


def test_the_release_workflow_builds_all_three_on_a_tag_with_the_one_command_scripts() -> None:
    flow = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert 'tags: ["v[0-9]+.[0-9]+.[0-9]+"]' in flow
    for job, command in (("wheel", "tests/ship"), ("linux", "sh installers/linux/build.sh"),
                         ("windows", "installers\\windows\\build.ps1"),
                         ("macos", "sh installers/macos/build.sh"),
                         ("publish", "installers/release_feed.py")):
        assert re.search(rf"^  {job}:\n", flow, re.M), job
        assert command in flow, command
    assert "release-feed.json" in flow and updates.FEED_URL.endswith("/release-feed.json")
    for script in ("linux/build.sh", "linux/appimage.sh", "linux/smoke.sh", "macos/build.sh",
                   "linux/install-desktop.sh"):
        assert (INSTALLERS / script).stat().st_mode & 0o111, script


def test_the_build_scripts_render_the_icons_where_the_spec_and_the_iss_take_them() -> None:
    spec = (INSTALLERS / "pyinstaller" / "calaccess-desktop.spec").read_text(encoding="utf-8")
    ps1 = (INSTALLERS / "windows" / "build.ps1").read_text(encoding="utf-8")
    iss = (INSTALLERS / "windows" / "calaccess-desktop.iss").read_text(encoding="utf-8")
    mac = (INSTALLERS / "macos" / "build.sh").read_text(encoding="utf-8")
    assert 'REPO / "build" / "icons" / "calaccess-desktop.ico"' in spec
    assert 'REPO / "build" / "icons" / "calaccess-desktop.icns"' in spec
    assert 'icons.py" ico "$Repo\\build\\icons\\calaccess-desktop.ico"' in ps1
    assert "SetupIconFile=..\\..\\build\\icons\\calaccess-desktop.ico" in iss
    assert 'icons.py" icns "$REPO/build/icons/calaccess-desktop.icns"' in mac
