"""Problems found in a .CAL file, reported as ``file:line: record TYPE field #N Name: message``."""

from __future__ import annotations

from dataclasses import dataclass

from calaccess_desktop.errors import UserError


def record_label(rec_type: str, form_type: str) -> str:
    """How problems name a record: 'RCPT A', 'CVR F460', or 'HDR'."""
    return rec_type if rec_type == "HDR" else f"{rec_type} {form_type}".strip()


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one record (or the file as a whole when ``line`` is 0)."""

    line: int
    rec_type: str
    message: str
    field_number: int = 0
    field_name: str = ""
    severity: str = "error"  # "error" stops an import; "warning" is reported only

    def render(self, source: str) -> str:
        """Plain-language line naming the file, line, record and field."""
        where = f"{source}:{self.line}:" if self.line else f"{source}:"
        parts = [where]
        if self.rec_type:
            parts.append(f"record {self.rec_type}")
        if self.field_number:
            parts.append(f"field #{self.field_number} {self.field_name}:")
        elif self.rec_type:
            parts[-1] += ":"
        if self.severity != "error":
            parts.append(f"{self.severity}:")
        parts.append(self.message)
        return " ".join(parts)


class CalFormatError(UserError):
    """A .CAL file (or a value to write) breaks the format; ``problems`` lists every finding."""

    def __init__(self, source: str, problems: list[Problem], more: int = 0) -> None:
        self.source = source
        self.problems = problems
        self.more = more
        lines = [p.render(source) for p in problems]
        if more:
            lines.append(f"{source}: ... and {more} more problems not shown")
        super().__init__("\n".join(lines))
