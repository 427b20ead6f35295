"""The wheel: a fresh virtual environment with only the built wheel (and its
dependencies) runs ``calaccess-desktop demo``, ``--screenshot``, ``export`` and ``print``
from the wheel's own files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from calaccess_desktop import __version__
from tests.ship.conftest import REPO, Installed, wheel_names

pytestmark = pytest.mark.slow  # builds and installs the wheel (about a minute)

PACKAGE = REPO / "calaccess_desktop"


def package_data_files() -> list[str]:
    """Every file of the package that is not Python source (what the app loads)."""
    return sorted(
        p.relative_to(REPO).as_posix() for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".py", ".pyc")
    )


def test_the_wheel_carries_every_data_file_of_the_package(installed: Installed) -> None:
    names = set(wheel_names(installed.wheel))
    data = package_data_files()
    kinds = {Path(n).suffix for n in data}
    assert {".json", ".mako", ".ttf"} <= kinds  # layouts, constants, migrations, fonts
    missing = [n for n in data if n not in names]
    assert missing == [], f"not in the wheel: {missing}"
    versions = [n for n in names if n.startswith("calaccess_desktop/db/migrations/versions/")]
    assert len(versions) >= 8  # every Alembic revision
    assert f"calaccess_desktop-{__version__}.dist-info/entry_points.txt" in names


def screenshot_colours(path: Path) -> tuple[int, int, float]:
    """(width, distinct colours on a 4-pixel grid, share of pixels not the commonest)."""
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    seen: Counter[int] = Counter()
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            seen[image.pixel(x, y)] += 1
    total = sum(seen.values())
    return image.width(), len(seen), 1 - seen.most_common(1)[0][1] / total


def test_the_installed_command_runs_from_the_wheels_own_files(installed: Installed) -> None:
    where = installed.run("python", "-c",
                          "import calaccess_desktop; print(calaccess_desktop.__file__)")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed.venv), where.stdout
    version = installed.run("calaccess-desktop", "--version")
    assert version.stdout.strip() == f"calaccess-desktop {__version__}"
    # What the installers' .cal association runs (the file is checked before any window).
    missing = installed.home / "gone.cal"
    opened = installed.run("calaccess-desktop", "--open", str(missing))
    assert opened.returncode == 1
    assert f"{missing}: there is no such file to open" in opened.stderr


def test_the_installed_command_makes_the_demo_and_a_screenshot_with_data(
        installed: Installed) -> None:
    db = installed.home / "demo.sqlite"
    demo = installed.run("calaccess-desktop", "demo", "--db", str(db))
    assert demo.returncode == 0, demo.stderr
    assert db.is_file()
    listed = installed.run("calaccess-desktop", "list", "--db", str(db))
    assert "Form 460" in listed.stdout or "F460" in listed.stdout, listed.stdout

    shot = installed.home / "main.png"
    run = installed.run("calaccess-desktop", "--screenshot", str(shot), "--db", str(db),
                        "--statement", "1")
    assert run.returncode == 0, run.stderr
    width, colours, busy = screenshot_colours(shot)
    assert width >= 800
    assert colours >= 20, f"only {colours} colours: the window looks blank"
    assert busy >= 0.05, f"{busy:.1%} of the picture differs from its background"


def test_the_installed_command_exports_and_prints_with_its_layouts_and_fonts(
        installed: Installed) -> None:
    db = installed.home / "print.sqlite"
    assert installed.run("calaccess-desktop", "demo", "--db", str(db)).returncode == 0
    cal = installed.home / "s1.cal"
    exported = installed.run("calaccess-desktop", "export", "1", "-o", str(cal), "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    first = cal.read_text(encoding="ascii").splitlines()[0]
    assert first.split(",")[:6] == ["HDR", "CAL", "CA", "2.01", "calaccess-desktop",
                                    __version__], first
    pdf = installed.home / "s1.pdf"
    printed = installed.run("calaccess-desktop", "print", "1", "-o", str(pdf), "--db", str(db))
    assert printed.returncode == 0, printed.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVu" in data  # the embedded fonts came along
