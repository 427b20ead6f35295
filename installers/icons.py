"""Render the application icon (calaccess_desktop/icons/calaccess-desktop.svg) for the installers.

    python installers/icons.py hicolor DIR   # DIR/hicolor/NxN/apps/calaccess-desktop.png
                                             # (16 ... 512) and scalable/apps/*.svg
    python installers/icons.py ico FILE.ico  # Windows: 16, 24, 32, 48, 64, 256 in one file
    python installers/icons.py icns FILE.icns  # macOS: 16 ... 1024 in one file
    python installers/icons.py png FILE.png SIZE

Qt's SVG renderer and image writers (PySide6, already a dependency) do the work, so the
same command runs on Linux, Windows and macOS with nothing else installed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

NAME = "calaccess-desktop"
SOURCE = Path(__file__).resolve().parent.parent / "calaccess_desktop" / "icons" / f"{NAME}.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int, source: Path = SOURCE) -> QImage:
    """The icon as a square ``size`` x ``size`` image with a transparent background."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not an SVG image Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_png(path: Path, size: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not render(size).save(str(path), "PNG"):
        raise SystemExit(f"{path}: could not be written")
    return path


def write_hicolor(root: Path) -> list[Path]:
    """The freedesktop icon theme layout under ``root/hicolor``."""
    out = [write_png(root / "hicolor" / f"{s}x{s}" / "apps" / f"{NAME}.png", s)
           for s in HICOLOR_SIZES]
    scalable = root / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    return [*out, scalable]


def png_bytes(size: int) -> bytes:
    """The icon at ``size`` as PNG file bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(size).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico holding one PNG per size (the PNG-in-ICO form Windows Vista on reads)."""
    images = [png_bytes(s) for s in sizes]
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = len(head) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return head + entries + blobs


# Apple's PNG icon element types by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08",
              512: b"ic09", 1024: b"ic10"}


def icns_bytes(sizes: tuple[int, ...] = ICNS_SIZES) -> bytes:
    """A macOS .icns: one PNG element per size."""
    body = b"".join(ICNS_TYPES[s] + struct.pack(">I", 8 + len(png)) + png
                    for s in sizes for png in (png_bytes(s),))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_bytes(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def main(argv: list[str]) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts, plugins)
    if len(argv) == 2 and argv[0] == "hicolor":
        for p in write_hicolor(Path(argv[1])):
            print(p)
    elif len(argv) == 2 and argv[0] == "ico":
        print(write_bytes(Path(argv[1]), ico_bytes()))
    elif len(argv) == 2 and argv[0] == "icns":
        print(write_bytes(Path(argv[1]), icns_bytes()))
    elif len(argv) == 3 and argv[0] == "png":
        print(write_png(Path(argv[1]), int(argv[2])))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
