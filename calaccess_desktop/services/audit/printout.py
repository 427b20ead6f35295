"""The audit trail as a printable PDF (the text report's content, one action a block)."""

from __future__ import annotations

import io

from calaccess_desktop.services.audit.report import VERBS, TrailLine


def trail_pdf(heading: str, lines: list[TrailLine]) -> bytes:
    """A letter-size PDF of the trail, with "Page n" and the heading on every page."""
    from reportlab.pdfgen import canvas

    from calaccess_desktop import __version__
    from calaccess_desktop.pdf.fonts import COND
    from calaccess_desktop.pdf.frame import PAGE_H, PAGE_W
    from calaccess_desktop.proof.flow import LEFT, Flow

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(heading)
    c.setCreator(f"calaccess-desktop {__version__}")

    def footer(cv: object, page: int) -> None:
        c.setFont(COND, 8)
        c.drawString(LEFT, 36, f"{heading[:110]} - page {page}")

    flow = Flow(c, footer)
    flow.title("Audit trail")
    flow.para(heading, size=10)
    if not lines:
        flow.para("Nothing recorded yet.", size=10)
    for line in lines:
        when = line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        flow.heading(f"{when}  {line.who}")
        flow.para(line.action, size=9.5)
        for change in line.changes:
            flow.para(f"{VERBS[change.what]} {change.subject} {change.what}", size=9,
                      bold=True, indent=12)
            for f in change.fields:
                text = (f"{f.field}: {f.before or '(empty)'} -> {f.after or '(empty)'}"
                        if change.what == "changed" else
                        f"{f.field}: {f.after if change.what == 'added' else f.before}")
                flow.para(text, size=8.5, indent=24)
    flow.finish()
    c.save()
    return buf.getvalue()
