"""Regenerate docs/screenshots/pdf-*.png: the demo Form 460's cover, summary page and
first Schedule A page, rendered with poppler's ``pdftoppm``.

Usage: ``.venv/bin/python tools/render_pdf_screenshots.py [--dpi 100] [--out DIR]``
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.printing import load_document, write_pdf
from calaccess_desktop.services.store import Store

REPO = Path(__file__).resolve().parent.parent
SHOTS = {"pdf-cover.png": "cover", "pdf-summary.png": "summary", "pdf-schedule-a.png": "A"}


def main(argv: list[str] | None = None) -> int:
    """Print the demo statement and write the PNGs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=int, default=100)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "demo.sqlite")
        try:
            with store.transaction() as session:
                _cid, ids = create_demo(session)
            doc = load_document(store, ids[0])
        finally:
            store.close()
        pdf_path = Path(tmp) / "demo-460.pdf"
        write_pdf(doc.render(), pdf_path)
        pages = doc.sections()
        for name, key in SHOTS.items():
            page = pages[key]
            stem = Path(tmp) / name.removesuffix(".png")
            subprocess.run(["pdftoppm", "-png", "-r", str(args.dpi), "-f", str(page), "-l",
                            str(page), "-singlefile", str(pdf_path), str(stem)], check=True)
            target = args.out / name
            target.write_bytes(stem.with_suffix(".png").read_bytes())
            print(f"wrote {target} (page {page} of {doc.total_pages})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
