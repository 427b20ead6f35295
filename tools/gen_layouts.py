"""Generate ``calaccess_desktop/cal/layouts.json`` from the CAL 2.01 spec text.

The input is ``pdftotext -layout`` of the SOS document "CAL format 2.01".  The
parser works line by line: page headers and footers are dropped, layout rows
(``NN  LEVEL  Name  LEN  Description``) are recognised by ``ROW``, indented
lines that follow a row are joined into its description, and the places where
the spec text is irregular are handled by the small tables below (HEADINGS,
CODE_LISTS, DESCRIPTION_CODES, IRREGULARITIES).  No field list is typed here.

Usage::

    python tools/gen_layouts.py [--spec PATH] [--out PATH] [--check]

``--check`` regenerates in memory and exits 1 (printing a diff summary) when
the json on disk differs.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import string
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SPEC = REPO / "reference" / "spec" / "cal_format_201.txt"
DEFAULT_OUT = REPO / "calaccess_desktop" / "cal" / "layouts.json"

PAGE_FOOTER = re.compile(r"^\s*Page (\d+) of (\d+)\s*$")
PAGE_HEADER = re.compile(r"^\s*Document Id: (.+?)\s{2,}Date: (\S+)\s*$")
ROW = re.compile(r"^\s*(\d{2})\s+(Rx|R|Cx|C|O|N/A)\s+([A-Za-z]\w*)\s+(\d+)(?:\s+(.*?))?\s*$")
TABLE_HEADER = re.compile(r"^\s*(?:R\{x\}\s+Max|#\s+C\{x\}\s+Field Name|-(?:\s+-)?)\s*$")
# Sections 3 and 4 (lobbying) start here; everything before is campaign/overview.
LOBBYING_START = re.compile(r"^\s*Section 3 - Lobbyist Disclosure Reports\s*$")
COMPONENT_ROW = re.compile(r"^([A-Z][A-Z0-9]{2,4})\s{2,}(CAL|Child|[A-Z][\w.-]*)\s{2,}(\S.*)$")
REC_TYPE_VALUE = re.compile(r"Record Type\.? Value:\s*(\w+)")
CONTINUATION_INDENT = 20  # description continuation lines are indented at least this far


@dataclass(frozen=True)
class Heading:
    """A heading inside a layout table that qualifies the rows after it.

    kind: "variant" = rows start a Form_Type-specific layout (CVR, CVR2);
    "alt" = alternative definitions of field numbers; "note" = usage note over
    a field range.  first/last: the field numbers it governs (None = read the
    "N - M" range from the heading text itself).
    """

    pattern: str
    kind: str
    first: int | None = None
    last: int | None = None


# Section boundaries inside the layout tables.  Each pattern is searched in the
# stripped lines of the campaign part of the spec and must match exactly once.
HEADINGS: tuple[Heading, ...] = (
    # p.24 CVR: treasurer block note
    Heading(r"^\(Tres\. fields #29 - 40 not used on F496 & F497 filings\)$", "note"),
    # p.25 CVR 42-45 are defined three times, by Cmtte_Type
    Heading(r"fields used when Form_Type = F460 and Cmtte_Type = C -+$", "alt", 42, 45),
    Heading(r"fields used when Form_Type = F460 or F450 and Cmtte_Type = B -+$", "alt", 42, 45),
    Heading(r"fields used when Form_Type = F460 or F450 and Cmtte_Type = G -+$", "alt", 42, 45),
    # p.26-28 CVR variable part (field 49 on) by Form_Type
    Heading(r"variable fields used when Form_Type=F401 -+$", "variant", 49, 53),
    Heading(r"variable fields used when Form_Type=F461 -+$", "variant", 49, 62),
    Heading(r"variable fields used when Form_Type =\[F460\|465\|496\] -+$", "variant", 49, 70),
    # p.32 CVR2 variants; the second heading is wrapped over two "------" lines
    Heading(r"variable F465 \{Part V\} fields used when Form_Type=F465 -+$", "variant", 4, 10),
    Heading(r"^-+ Following fields used for F425 Part/1; F450 Part/3;", "variant", 4, 33),
    # p.38 RCPT 18-19 by Tran_Type
    Heading(r"^When Tran_Type = X$", "alt", 18, 19),
    Heading(r"^All other Tran_Type's$", "alt", 18, 19),
    Heading(r"^-+ Intermediary fields \(Intr_NamL - Intr_Self\) do not apply", "note", 34, 45),
    Heading(r"^Fields 46 - 59 used on F401A$", "note"),
    # p.43 EXPN
    Heading(r"^-+ Fields 25 - 34 are NOT used on F460/Sched D -+$", "note"),
    Heading(r"^-+ Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5", "note"),
    # p.47-50 LOAN 15-21 (B1/B2/H), 35 (B2 lender vs intermediary), 49-52 (B1&B2/H)
    Heading(r"^Schedule B Part 1 \(B1\)$", "alt", 15, 21),
    Heading(r"^Schedule B Part 2 \(B2\) -+$", "alt", 15, 21),
    Heading(r"^Schedule H; definitions \(H\) -+$", "alt", 15, 21),
    Heading(r"^-+ Fields 25 - 34 are used on F460/Sched B1 & B2 -+$", "note"),
    Heading(r"^-+ Following field used on Sched B Part 2 for Lender -+$", "alt", 35, 35),
    Heading(r"^-+ Intermediary information -+$", "alt", 35, 43),
    Heading(r"^Schedule B Part 1 \(B1\) & Part 2 \(B2\) -+$", "alt", 49, 52),
    Heading(r"^Schedule H$", "alt", 49, 52),
    # p.51 S401
    Heading(r"^Fields 20 - 33 used on F401D$", "note"),
    # p.56-57 S498: "#15 & #19" / "#20 & #34" read as ranges 15-19 / 20-34
    Heading(r"^-+ Fields #15 & #19 are used when Form_Type = 'F498-R' -+$", "note"),
    Heading(r"^-+ Fields #20 & #34 are used when Form_Type = 'F498-A' -+$", "note"),
    # p.61 section 2 CVR (F400/F402/F410)
    Heading(r"^-+ Fields 40 - 42 used on F400 Statement of Organization -+$", "note"),
    Heading(r"^-+ Fields 43 - 58 used on F410 Statement of Organization -+$", "note"),
    # p.62-63 section 2 CVR2
    Heading(r"variable fields used when Form_Type=\[F400\|F410\] -+$", "variant", 4, 32),
    Heading(r"^Note: Fields #21 - #32 used when Item_Cd=\[CTL\|PFC\]$", "note"),
)

# Overview code lists (pages 9-14): (name, first line, end line, joined).
# "joined" lists are parsed as one string because pdftotext wrapped their rows.
CODE_LISTS: tuple[tuple[str, str, str, bool], ...] = (
    ("entity_cvr", r'"Cover Page" \(CVR\) record types:', r'"Additional Name/Address"', False),
    ("entity_cvr2", r'"Additional Name/Address" CVR2 record', r'CVR2 "Item Codes"', False),
    ("item_cvr2", r'CVR2 "Item Codes"', r"^ENTITY CODES USED ON FORMS & SCHEDULES", True),
    ("entity_cvr3", r'"verification" CVR3 record types:', r"various schedules including", False),
    ("entity_schedule", r"various schedules including RCPT", r"^LOBBYING ACTIVITY DESC", False),
    ("office", r"^\s*OFFICE CODES USED ON FORMS", r"^\s*EXPENSE CODES USED ON 460", False),
    ("expense", r"^\s*EXPENSE CODES USED ON 460", r"^\s*AMENDMENTS TO FORMS\s*$", False),
)

# Code lists spelled out inside one field's description: (name, rec, form, field).
DESCRIPTION_CODES: tuple[tuple[str, str, str, str], ...] = (
    ("jurisdiction", "CVR", "F460", "Juris_Cd"),
    ("statement_type", "CVR", "F460", "Stmt_Type"),
    ("committee_type", "CVR", "F460", "Cmtte_Type"),
    ("office_sought_held", "CVR", "F460", "Off_S_H_Cd"),
    ("activity_level", "CVR", "F410", "Actvty_Lvl"),
    ("elec_code", "SPLT", "", "Elec_Code"),
    ("tran_type", "RCPT", "", "Tran_Type"),
)

# Record types CAL-ACCESS data is known to carry that this spec never defines
# (stated by the project brief, not by the spec; asserted absent from the text).
EXTERNAL_ABSENT: tuple[tuple[str, str], ...] = (
    (
        "F501",
        "Form 501 record named by the project as seen in CAL-ACCESS data; CAL format "
        "2.01 never mentions 501, so there is no layout",
    ),
    (
        "F502",
        "Form 502 record named by the project as seen in CAL-ACCESS data; CAL format "
        "2.01 never mentions 502, so there is no layout",
    ),
)

# Things the parser interprets; each regex must be found in the spec text so a
# changed spec forces a review of the note.
IRREGULARITIES: tuple[tuple[str, str], ...] = (
    (
        r"33\s+C\s+Tres_ZIP4\s+10\s+Treasurer Phone",
        "RCPT 33 Tres_ZIP4 is described as 'Treasurer Phone' (typo for ZIP+4); kept verbatim.",
    ),
    (
        r"Remaining Loan Amounts found in fields 49 through 54",
        "LOAN says the remaining amounts are in fields 49 through 54, but only 49-52 are "
        "defined (p.50); LOAN has 52 fields (41-48 are on p.49).",
    ),
    (
        r"06\s+R\s+Lndr_NamL",
        "LOAN names the lender Lndr_NamL..Lndr_NamS but its address Loan_Adr1..Loan_ZIP4; "
        "Loan_TYPE, Loan_EMP, Loan_OCC use upper case; names are kept as spelled.",
    ),
    (
        r"11\s+R\s+Loan_Adr2",
        "LOAN 11 Loan_Adr2 (address line 2) has level R; kept as the spec says.",
    ),
    (
        r"20\s+N/A Loan_Amt4",
        "LOAN field 20 on Schedule B2 has level 'N/A' (not used); kept as level N/A.",
    ),
    (
        r"Note: Fields 49, 50, 51 and 52 are not used in \(B2\)",
        "LOAN 49-52: the B1 definitions are headed 'Schedule B Part 1 (B1) & Part 2 (B2)' "
        "although the note says B2 does not use them; B2 therefore gets the B1 definitions.",
    ),
    (
        r"Following field used on Sched B Part 2 for Lender",
        "LOAN 35 is Lender_Name on Schedule B2 and Intr_NamL otherwise; 'Sched B Part 2' "
        "is read as Form_Type B2.",
    ),
    (
        r"Fields #15 & #19 are used when",
        "S498 headings 'Fields #15 & #19' and 'Fields #20 & #34' are read as the ranges "
        "15-19 (F498-R) and 20-34 (F498-A). The numbers do not overlap, so S498 has no "
        "alternatives; the Form_Type is kept as each field's condition.",
    ),
    (
        r"Form 498 Late Independent Expenditures Made",
        "The S498 layout is titled 'Form 498 Late Independent Expenditures Made' although "
        "F498 is the Slate Mailer Late Payment Report.",
    ),
    (
        r"Form_Type =\[F460\|465\|496\]",
        "The CVR variant heading 'Form_Type =[F460|465|496]' omits the F prefix; read as "
        "F460, F465, F496.",
    ),
    (
        r"Note Field 44 & 45 are not used when Cmtte_Type = C",
        "CVR 42-45: Cmtte_Type C defines only 42-43 and Cmtte_Type P none (fields left "
        "null); Flag4_YN (45) is only described as 'Not used'. Default is the first "
        "definition (F460, Cmtte_Type C; for 44-45 the B definition).",
    ),
    (
        r"F460 \(Parts 3, 5a,\n------ 5b",
        "The CVR2 heading for F425/F450/F460/F470 is wrapped over two '------' lines; they "
        "are joined.",
    ),
    (
        r"Refer to Section I description of the CVR3 record",
        "Section 2's CVR3 (F400/F402/F410) gives only fields 1-3 and refers to section 1's "
        "CVR3; one CVR3 layout (10 fields) serves both sections.",
    ),
    (
        r"59\s+O\s+SmCont_QualDt",
        "Section 2 CVR field 59 SmCont_QualDt follows the 'Fields 43 - 58 used on F410' "
        "range; it is left without a condition and counted for F400/F402/F410 (59 fields).",
    ),
    (
        r"SMRY,401A,1,Amt_A",
        "SMRY examples name F401 schedules '401A', '401B', '401B-1' while RCPT/S401 use "
        "'F401A', 'F401B', 'F401B-1'; smry_lines keeps the SMRY spelling.",
    ),
    (
        r"leave ExpLimt_Line and Elec_Dt null",
        "The SMRY note mentions an ExpLimt_Line field that is not in the SMRY layout.",
    ),
    (
        r"SMRY,F460,22A,Amt_A,,,Elec_Dt",
        "SMRY examples write Amt_A/Amt_B for the layout's Amount_A/Amount_B; columns are "
        "mapped by position to the SMRY layout names.",
    ),
    (
        r"TRE\s+-\s+Treasurer/Assistant Treasure\n",
        "The overview CVR3 entity list has 'TRE - Treasurer/Assistant Treasure' (typo) and "
        "no ATR, while CVR3 field 4 lists ATR separately.",
    ),
    (
        r"PFC - \(Item_Cd\) Primarily Formed Committee Item \(F410\) SPO",
        "The CVR2 Item_Cd list on p.10 is wrapped across lines by pdftotext; it is parsed "
        "as one joined string.",
    ),
    (
        r"F405\s+F461\s+Amendment Information sheet",
        "F461's component list names an F405 record (Form 405 amendment sheet) that has "
        "no layout in the spec; it is listed under absent.",
    ),
    (
        r"Related item is included on Sched 'C' or 'H2'",
        "EXPN 53 XRef_SchNm mentions a Schedule 'H2' that does not exist.",
    ),
    (
        r"31\s+C\s+Bal_Num\s+7",
        "Bal_Num is 7 long in CVR2/RCPT/EXPN/S401/S497/S498 but 3 long in CVR 62.",
    ),
    (
        r"00    - Original Report",
        "Section 2 CVR Report_Num lists '00' for an original report (3-char field; "
        "section 1 says 000).",
    ),
    (
        r"\(Req if Report_Num > 0, and Form_Type =",
        "CVR 48 AmendExp_3's description carries the requirement note that belongs to "
        "the amendment explanation as a whole.",
    ),
    (
        r"Memo_Code=X",
        "Memo_Code is a check-box by the overview (p.17: 'Memo_Code=X'); its own "
        "description does not say so.",
    ),
    (
        r"001-999 - Amended Rpt",
        "Report_Num's description lists 'Values:' so its kind is code (it is a number).",
    ),
)


@dataclass(frozen=True)
class Line:
    """One kept line of the spec text (headers/footers removed)."""

    number: int  # 1-based line number in the spec text file
    page: int
    text: str


@dataclass
class Row:
    """One layout row (one definition of a field number)."""

    number: int
    level: str
    name: str
    max_len: int
    desc: list[str]
    page: int
    condition: str | None = None
    when: dict[str, list[str]] | None = None
    variant: int | None = None  # index into Block.variants


@dataclass
class Variant:
    """A Form_Type-specific continuation of a layout table."""

    forms: list[str]
    condition: str
    first: int
    last: int


@dataclass
class Block:
    """A layout table: the rows from a field 01 up to the next field 01."""

    page: int
    rows: list[Row] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    notes: list[list[str]] = field(default_factory=list)

    @property
    def rec_type(self) -> str:
        match = REC_TYPE_VALUE.search(description(self.rows[0]))
        if not match:
            raise ValueError(f"field 01 on page {self.page} names no record type")
        return match.group(1)


@dataclass
class Active:
    """A heading currently qualifying rows."""

    heading: Heading
    condition: str
    first: int
    last: int
    when: dict[str, list[str]] | None = None
    variant: int | None = None


def description(row: Row) -> str:
    """The row's description lines joined with single spaces."""
    return " ".join(" ".join(row.desc).split())


# --------------------------------------------------------------------- lines


def read_lines(text: str) -> tuple[list[Line], dict[str, str]]:
    """Split the text into kept lines with page numbers; return the doc id too."""
    lines: list[Line] = []
    pending: list[tuple[int, str]] = []
    doc: dict[str, str] = {}
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.replace("\f", "").rstrip()
        header = PAGE_HEADER.match(raw)
        footer = PAGE_FOOTER.match(raw)
        if header:
            doc = {"document": header.group(1), "date": header.group(2)}
        elif footer:
            page = int(footer.group(1))
            doc["pages"] = footer.group(2)
            lines.extend(Line(n, page, t) for n, t in pending)
            lines.append(Line(number, page, ""))  # a page break ends a description
            pending = []
        else:
            pending.append((number, raw))
    lines.extend(Line(n, int(doc.get("pages", "0")), t) for n, t in pending)
    return lines, doc


def split_regions(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Campaign/overview lines and lobbying (sections 3-4) lines."""
    for index, line in enumerate(lines):
        if LOBBYING_START.match(line.text):
            return lines[:index], lines[index:]
    raise ValueError("section 3 heading not found")


def indent(text: str) -> int:
    """Number of leading spaces."""
    return len(text) - len(text.lstrip())


# ------------------------------------------------------------------ headings


def clean_heading(text: str) -> str:
    """Heading text without dashes, surrounding parentheses or a 'Note:' prefix."""
    text = " ".join(part.strip(" -") for part in text.split("\n"))
    text = re.sub(r"^Note:\s*", "", text.strip(" -."))
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return " ".join(text.split())


def heading_condition(text: str) -> str:
    """The part of a heading that says when it applies."""
    match = re.search(r"\bwhen\s+(.*)$", text, re.IGNORECASE)
    return match.group(1).strip(" .-") if match else text


def heading_range(heading: Heading, text: str) -> tuple[int, int]:
    if heading.first is not None and heading.last is not None:
        return heading.first, heading.last
    match = re.search(r"#?(\d+)\s*(?:-|&|through)\s*#?(\d+)", text)
    if not match:
        raise ValueError(f"no field range in heading {text!r}")
    return int(match.group(1)), int(match.group(2))


def form_code(value: str) -> str:
    """Normalise a Form_Type value ('465' -> 'F465', "'F498-A'" -> 'F498-A')."""
    value = value.strip(" '\"[]().")
    return f"F{value}" if value.isdigit() else value.upper()


def parse_when(condition: str) -> dict[str, list[str]] | None:
    """Machine-readable selector for an alternative's condition (None = otherwise)."""
    if "=" in condition:
        result: dict[str, list[str]] = {}
        for clause in re.split(r"\s+and\s+", condition):
            name, _, values = clause.partition("=")
            parts = re.split(r"\s*(?:\||\bor\b)\s*", values.strip(" []"))
            result[name.strip()] = [form_code(p) for p in parts if p.strip()]
        return result
    if "Sched" in condition:
        codes = re.findall(r"\(([A-Z]\d?)\)", condition)
        if not codes:
            match = re.search(r"Sched\w*\s+([A-Z])(?:\s+Part\s+(\d))?", condition)
            codes = [match.group(1) + (match.group(2) or "")] if match else []
        return {"Form_Type": codes} if codes else None
    return None


def find_headings(lines: list[Line]) -> dict[int, tuple[Heading, str]]:
    """Map line index -> (heading, full heading text); each must match once."""
    found: dict[int, tuple[Heading, str]] = {}
    for heading in HEADINGS:
        hits = [i for i, line in enumerate(lines) if re.search(heading.pattern, line.text.strip())]
        if len(hits) != 1:
            raise ValueError(f"heading {heading.pattern!r} matched {len(hits)} lines")
        index = hits[0]
        text = lines[index].text.strip()
        while lines[index + 1].text.strip().startswith("------"):  # wrapped heading
            index += 1
            text += "\n" + lines[index].text.strip()
            found[index] = (heading, "")  # swallowed continuation line
        found[hits[0]] = (heading, text)
    return found


# ------------------------------------------------------------------- blocks


class BlockParser:
    """Feeds campaign lines one at a time and collects layout tables."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.block: Block | None = None
        self.active: Active | None = None  # alt/note heading in force
        self.variant: Active | None = None  # variant heading in force
        self.target: list[str] | None = None  # description or note being continued
        self.in_note = False

    def feed(self, line: Line, heading: tuple[Heading, str] | None) -> None:
        text = line.text
        row = ROW.match(text)
        if heading is not None:
            self.start_heading(*heading)
        elif row:
            self.add_row(row, line)
        elif not text.strip() or TABLE_HEADER.match(text):
            self.target = None
        elif self.target is not None and (self.in_note or indent(text) >= CONTINUATION_INDENT):
            self.target.append(text.strip())
        elif self.block is not None and self.owns_note(line):
            self.block.notes.append([text.strip()])
            self.target, self.in_note = self.block.notes[-1], True
        else:
            self.target = None

    def owns_note(self, line: Line) -> bool:
        """A "Note" line on (or a page after) the current table's last row belongs to it."""
        assert self.block is not None
        return line.text.strip().startswith("Note") and line.page <= self.block.rows[-1].page + 1

    def start_heading(self, heading: Heading, text: str) -> None:
        self.target = None
        if not text or self.block is None:  # wrapped heading line already joined
            return
        state = activate(heading, text, self.block)
        if heading.kind == "variant":
            self.variant, self.active = state, None
        else:
            self.active = state

    def add_row(self, match: re.Match[str], line: Line) -> None:
        number = int(match.group(1))
        if number == 1:
            self.block, self.active, self.variant = Block(line.page), None, None
            self.blocks.append(self.block)
        if self.block is None:
            raise ValueError(f"layout row outside a table at line {line.number}")
        if self.active and not self.active.first <= number <= self.active.last:
            self.active = None
        if self.variant and not self.variant.first <= number <= self.variant.last:
            raise ValueError(f"row {number} outside its variant at line {line.number}")
        scope = self.active or self.variant
        row = Row(
            number=number,
            level=match.group(2),
            name=match.group(3),
            max_len=int(match.group(4)),
            desc=[match.group(5)] if match.group(5) else [],
            page=line.page,
            condition=scope.condition if scope else None,
            when=self.active.when if self.active else None,
            variant=self.variant.variant if self.variant else None,
        )
        self.block.rows.append(row)
        self.target, self.in_note = row.desc, False


def activate(heading: Heading, text: str, block: Block) -> Active:
    """Start the scope of a heading within a block."""
    cleaned = clean_heading(text)
    condition = heading_condition(cleaned)
    first, last = heading_range(heading, cleaned)
    state = Active(heading, condition, first, last)
    if heading.kind == "alt":
        state.when = parse_when(condition)
    elif heading.kind == "variant":
        forms = re.search(r"Form_Type\s*=\s*\[?([\w|]+)", condition)
        if not forms:
            raise ValueError(f"no Form_Type list in {cleaned!r}")
        block.variants.append(
            Variant([form_code(f) for f in forms.group(1).split("|")], condition, first, last)
        )
        state.variant = len(block.variants) - 1
    return state


def parse_blocks(lines: list[Line]) -> list[Block]:
    """Parse all layout tables of the campaign part."""
    headings = find_headings(lines)
    parser = BlockParser()
    for index, line in enumerate(lines):
        parser.feed(line, headings.get(index))
    return parser.blocks


# ------------------------------------------------------------------ layouts


def x_flag_names(text: str) -> set[str]:
    """Field names the spec compares with 'X' anywhere (e.g. 'Memo_Code=X', p.17)."""
    return set(re.findall(r"\b([A-Za-z]\w*)\s*=\s*'?X'?(?!\w)", text))


def field_kind(name: str, max_len: int, desc: str, x_flags: set[str]) -> str:
    """Classify a field from its name, length and description."""
    if name.upper().endswith("_CB") or re.search(r"check[- ]box|^'?X'?\s*=", desc, re.IGNORECASE):
        return "checkbox"
    if name.upper().endswith("_YN") or re.search(r'"Y" or "N"|Yes/No|\bY/N\b', desc):
        return "yesno"
    if max_len == 8 and ("date" in desc.lower() or re.search(r"Date|Dt", name)):
        return "date"
    if max_len == 12 and re.search(
        r"amount|amt|balance|cumulative|total|aggregate", f"{name} {desc}", re.IGNORECASE
    ):
        return "amount"
    if re.search(r"\bValues?\s*:|table of code|list in Overview|\bCode:", desc):
        return "code"
    if max_len == 1 and name in x_flags:
        return "checkbox"
    return "text"


def field_def(row: Row, x_flags: set[str], with_when: bool) -> dict[str, Any]:
    """JSON form of one definition of a field number."""
    desc = description(row)
    result: dict[str, Any] = {
        "number": row.number,
        "name": row.name,
        "level": row.level,
        "max_len": row.max_len,
        "kind": field_kind(row.name, row.max_len, desc, x_flags),
        "description": desc,
        "condition": row.condition,
        "page": row.page,
    }
    if with_when:
        result["when"] = row.when
    return result


def build_slots(rows: list[Row], x_flags: set[str]) -> list[dict[str, Any]]:
    """One entry per field number 1..N; several definitions become alternatives.

    The default is the first definition without a selector ("otherwise"), else
    the first definition in spec order.
    """
    by_number: dict[int, list[Row]] = {}
    for row in rows:
        by_number.setdefault(row.number, []).append(row)
    if sorted(by_number) != list(range(1, len(by_number) + 1)):
        raise ValueError(f"field numbers not contiguous: {sorted(by_number)}")
    slots = []
    for number in sorted(by_number):
        defs = by_number[number]
        default = next((r for r in defs if r.when is None), defs[0])
        slot = field_def(default, x_flags, with_when=False)
        if len(defs) > 1:
            slot["alternatives"] = [field_def(r, x_flags, with_when=True) for r in defs]
        slots.append(slot)
    return slots


def form_values(rows: list[Row]) -> list[str]:
    """Form_Type/schedule values listed in field 02's description, if any."""
    second = next((r for r in rows if r.number == 2), None)
    if second is None or second.name != "Form_Type":
        return []
    desc = re.sub(r"\{[^}]*\}", "", description(second))  # drop "{F400; F410 - See Section 2}"
    pairs = re.findall(r"(?:^|[\s;:])([A-Z][A-Z0-9-]*)\s=\s", desc)
    return pairs or re.findall(r"\bF\d{3}\b", desc)


def block_layouts(block: Block, x_flags: set[str]) -> list[dict[str, Any]]:
    """The layouts a table defines: one per Form_Type variant, or one."""
    common = [r for r in block.rows if r.variant is None]
    listed = form_values(block.rows)
    if not block.variants:
        return [layout(listed, None, block.rows, block, x_flags)]
    result, covered = [], set()
    for index, variant in enumerate(block.variants):
        rows = common + [r for r in block.rows if r.variant == index]
        result.append(layout(variant.forms, variant.condition, rows, block, x_flags))
        covered.update(variant.forms)
    rest = [f for f in listed if f not in covered]
    if rest:
        note = common_only_note(block, rest)
        result.append(layout(rest, note, common, block, x_flags))
    return result


def common_only_note(block: Block, forms: list[str]) -> str:
    """The note saying which forms use only the common part (CVR, p.26)."""
    for note in block.notes:
        text = " ".join(note)
        match = re.search(r"Forms (.+?) do not use variable part.*", text)
        if match and re.findall(r"F\d{3}", match.group(1)) == forms:
            return match.group(0).rstrip(".")
    raise ValueError(f"no note explains forms {forms} without a variable part")


def layout(
    forms: list[str], condition: str | None, rows: list[Row], block: Block, x_flags: set[str]
) -> dict[str, Any]:
    """JSON form of one layout."""
    return {
        "form_types": forms,
        "condition": condition,
        "page": block.page,
        "fields": build_slots(rows, x_flags),
    }


def merge_reference(records: dict[str, Any], block: Block) -> bool:
    """Fold a table that only refers back to an earlier one (section 2 CVR3)."""
    rec = records.get(block.rec_type)
    notes = " ".join(" ".join(n) for n in block.notes)
    pattern = rf"Refer to Section I description of the {block.rec_type} record"
    if rec is None or not re.search(pattern, notes):
        return False
    (target,) = rec["layouts"]
    names = [f["name"] for f in target["fields"][: len(block.rows)]]
    if names != [r.name for r in block.rows]:
        raise ValueError(f"{block.rec_type} reference table does not match its prefix")
    target["form_types"] += form_values(block.rows)
    rec["notes"].append(" ".join(" ".join(n) for n in block.notes))
    return True


def build_records(blocks: list[Block], x_flags: set[str]) -> dict[str, Any]:
    """All campaign record types with their layouts."""
    records: dict[str, Any] = {}
    for block in blocks:
        if merge_reference(records, block):
            continue
        rec = records.setdefault(block.rec_type, {"layouts": [], "notes": []})
        rec["layouts"] += block_layouts(block, x_flags)
        rec["notes"] += [" ".join(n) for n in block.notes]
    for name, rec in records.items():
        forms = [f for lay in rec["layouts"] for f in lay["form_types"]]
        if len(forms) != len(set(forms)):
            raise ValueError(f"{name}: a Form_Type selects two layouts")
        rec["select_by_form_type"] = len(rec["layouts"]) > 1
    return records


def find_field(records: dict[str, Any], rec: str, form: str, name: str) -> dict[str, Any]:
    for lay in records[rec]["layouts"]:
        if not form or form in lay["form_types"]:
            for slot in lay["fields"]:
                if slot["name"] == name:
                    return slot
    raise KeyError(f"{rec} {form} {name}")


# -------------------------------------------------------------------- codes


def block_between(lines: list[Line], start: str, end: str) -> list[str]:
    """Texts of the lines after the one matching start, up to the one matching end."""
    first = next(i for i, line in enumerate(lines) if re.search(start, line.text))
    last = next(i for i in range(first + 1, len(lines)) if re.search(end, lines[i].text))
    return [line.text for line in lines[first + 1 : last]]


def overview_codes(texts: list[str], joined: bool) -> dict[str, str]:
    """Parse 'ABC - description' rows (wrapped descriptions are indented)."""
    if joined:
        text = " ".join(t.strip() for t in texts)
        parts = re.split(r"(?:^|\s)([A-Z]{3})\s+-\s+", text)[1:]
        pairs = zip(parts[::2], parts[1::2], strict=True)
        return {code: " ".join(desc.split()) for code, desc in pairs}
    codes: dict[str, str] = {}
    current: str | None = None
    for text in texts:
        match = re.match(r"^\s{0,4}([A-Z]{3})\s+-\s+(.*)$", text)
        if match:
            current = match.group(1)
            codes[current] = match.group(2).strip()
        elif current and text.strip() and indent(text) >= 8:
            codes[current] += " " + text.strip()
        else:
            current = None
    return {code: " ".join(desc.split()) for code, desc in codes.items()}


def description_codes(desc: str) -> dict[str, str]:
    """Parse 'CODE = text' / 'CODE=text' pairs out of a field description."""
    desc = re.sub(r"\s*\(Null value.*$", "", desc)  # Stmt_Type's trailing "not Req." remark
    marks = list(re.finditer(r"(?<![\w\[|=-])([A-Z][A-Z0-9]{0,2})\s*=\s*", desc))
    codes = {}
    for mark, nxt in zip(marks, [*marks[1:], None], strict=True):
        text = desc[mark.end() : nxt.start() if nxt else len(desc)].strip(" ,;.")
        if text.count(")") > text.count("("):
            text = text[:-1].rstrip(" ,;.")
        codes[mark.group(1)] = text
    return codes


def build_codes(lines: list[Line], records: dict[str, Any]) -> dict[str, dict[str, str]]:
    codes = {
        name: overview_codes(block_between(lines, start, end), joined)
        for name, start, end, joined in CODE_LISTS
    }
    for name, rec, form, field_name in DESCRIPTION_CODES:
        codes[name] = description_codes(find_field(records, rec, form, field_name)["description"])
    return codes


# -------------------------------------------------------------- components


def component_groups(lines: list[Line]) -> Iterator[list[tuple[str, str, str, int]]]:
    """'Electronic File Components' tables: one group per filing (HDR first)."""
    group: list[tuple[str, str, str, int]] = []
    for line in lines:
        match = COMPONENT_ROW.match(line.text)
        if not match:
            continue
        if match.group(1) == "HDR" and group:
            yield group
            group = []
        group.append((match.group(1), match.group(2), match.group(3).strip(), line.page))
    if group:
        yield group


def group_form(group: list[tuple[str, str, str, int]]) -> str:
    return next(form for rec, form, _, _ in group if rec == "CVR")


def build_forms(lines: list[Line]) -> dict[str, Any]:
    forms: dict[str, Any] = {}
    for group in component_groups(lines):
        forms[group_form(group)] = {
            "page": group[0][3],
            "components": [
                {"rec_type": rec, "schedule": sched, "description": desc}
                for rec, sched, desc, _ in group
            ],
        }
    return forms


# --------------------------------------------------------------------- SMRY


def line_range(first: str, last: str) -> list[str]:
    """Expand '1'..'11' or '22A'..'22Z'."""
    if first.isdigit() and last.isdigit():
        return [str(n) for n in range(int(first), int(last) + 1)]
    stem = first[:-1]
    if last[:-1] != stem or not first[-1].isalpha():
        raise ValueError(f"cannot expand SMRY lines {first}..{last}")
    letters = string.ascii_uppercase
    return [stem + c for c in letters[letters.index(first[-1]) : letters.index(last[-1]) + 1]]


def smry_columns(tokens: list[str], smry_fields: list[dict[str, Any]]) -> list[str]:
    """Map example tokens (Amt_A, ,Elec_Dt) to SMRY layout field names by position."""
    columns = []
    for position, token in enumerate(tokens, start=3):
        if not token:
            continue
        name = smry_fields[position]["name"]
        if token.replace("Amt_", "Amount_") != name:
            raise ValueError(f"SMRY example token {token} is not field {name}")
        columns.append(name)
    return columns


def build_smry(lines: list[Line], smry_fields: list[dict[str, Any]]) -> dict[str, Any]:
    """SMRY line items per Form_Type from the examples on pp.36-37."""
    result: dict[str, Any] = {}
    form = ""
    for line in lines:
        text = line.text.strip()
        head = re.match(r"^(F\d{3}) SMRY records", text)
        row = re.match(r"^(SMRY,\S+?)(?:\s+\S\s+(SMRY,\S+))?(?:\s+\{.*\})?$", text)
        if head:
            form = head.group(1)
        elif row and form:
            start = row.group(1).split(",")
            end = row.group(2).split(",") if row.group(2) else start
            columns = smry_columns(start[3:], smry_fields)
            if smry_columns(end[3:], smry_fields) != columns:
                raise ValueError(f"SMRY example columns differ: {text}")
            entry = result.setdefault(start[1], {"form": form, "page": line.page, "lines": []})
            entry["lines"] += [[item, columns] for item in line_range(start[2], end[2])]
    return result


# ------------------------------------------------------------------- absent


def build_absent(
    campaign: list[Line],
    lobbying: list[Line],
    records: dict[str, Any],
    forms: dict[str, Any],
    text: str,
) -> dict[str, Any]:
    """Record types and Form_Types that are recognised but have no layout here."""
    rec_types: dict[str, Any] = {}
    for form, info in forms.items():
        for comp in info["components"]:
            if comp["rec_type"] not in records:
                entry = rec_types.setdefault(
                    comp["rec_type"],
                    {
                        "status": "no_layout",
                        "forms": [],
                        "pages": [info["page"]],
                        "note": f"listed in the components of {form} ({comp['description']}) "
                        "but the spec gives no layout",
                    },
                )
                entry["forms"].append(form)
    for rec, note in EXTERNAL_ABSENT:
        if re.search(rf"\b{rec[1:]}\b", text):
            raise ValueError(f"{rec} is mentioned by the spec; review EXTERNAL_ABSENT")
        rec_types[rec] = {"status": "no_layout", "forms": [], "pages": [], "note": note}
    lobby_forms: dict[str, Any] = {}
    for group in component_groups(lobbying):
        form = group_form(group)
        lobby_forms[form] = {
            "status": "not_implemented",
            "page": group[0][3],
            "note": "lobbying filing (spec sections 3-4)",
        }
        for rec, _, _, _ in group:
            if rec not in records:
                entry = rec_types.setdefault(
                    rec,
                    {
                        "status": "not_implemented",
                        "forms": [],
                        "pages": [],
                        "note": "lobbying record type (spec sections 3-4); layout not implemented",
                    },
                )
                entry["forms"].append(form)
    for line in lobbying:
        match = REC_TYPE_VALUE.search(line.text)
        if match and match.group(1) in rec_types:
            rec_types[match.group(1)]["pages"].append(line.page)
    for entry in rec_types.values():
        entry["forms"] = sorted(set(entry["forms"]))
        entry["pages"] = sorted(set(entry["pages"]))
    return {"record_types": rec_types, "form_types": lobby_forms}


# -------------------------------------------------------------------- notes


GENERAL_NOTES = (
    "Each layout lists one entry per field number 1..N in spec order; the field count "
    "of a record is len(fields).",
    "Where the spec defines a field number more than once, the entry holds every "
    "definition under 'alternatives' (spec order), each with 'condition' (heading text) "
    "and 'when' (selector: field name -> allowed values; null = 'otherwise'). The entry "
    "itself is the default: the first definition whose 'when' is null, else the first "
    "definition (RCPT 18-19: Rcpt_Date/Date_Thru; LOAN 35: Intr_NamL; LOAN 15-21 and "
    "49-52: the B1 definitions; CVR 42-45: the F460 Cmtte_Type C definitions, and the "
    "B definitions for 44-45).",
    "A reader selects an alternative by matching 'when' against the record's own "
    "Form_Type (LOAN schedules B1/B2/H) and other values of the record (Tran_Type for "
    "RCPT, the CVR's Cmtte_Type for CVR).",
    "CVR and CVR2 have one layout per Form_Type group ('select_by_form_type'); other "
    "record types have one layout whose 'form_types' lists the schedule names of "
    "field 2 (empty = any).",
    "'condition' on fields that are not alternatives repeats the heading/note that "
    "restricts where the field is used (e.g. RCPT 46-59 'used on F401A').",
    "kind: checkbox = name ends _CB, description says check box/check-box or starts "
    '"X =", or a 1-long field the spec elsewhere compares with X (Memo_Code); yesno '
    '= name ends _YN or description says "Y" or "N"/Yes/No; date = 8 long and '
    "'date' in description or Date/Dt in name; amount = 12 long and amount/amt/"
    "balance/cumulative/total/aggregate in name or description; code = description "
    "lists Values:/Code: or points to a code table; else text. Rules apply in that order.",
)


def build_notes(text: str) -> list[str]:
    notes = list(GENERAL_NOTES)
    for pattern, note in IRREGULARITIES:
        if not re.search(pattern, text):
            raise ValueError(f"irregularity no longer in the spec: {pattern!r}")
        notes.append(note)
    return notes


# -------------------------------------------------------------------- build


def build(text: str) -> dict[str, Any]:
    """Everything layouts.json holds, derived from the spec text."""
    lines, doc = read_lines(text)
    campaign, lobbying = split_regions(lines)
    records = build_records(parse_blocks(campaign), x_flag_names(text))
    forms = build_forms(campaign)
    smry_fields = records["SMRY"]["layouts"][0]["fields"]
    return {
        "spec": doc,
        "records": records,
        "codes": build_codes(campaign, records),
        "forms": forms,
        "smry_lines": build_smry(campaign, smry_fields),
        "absent": build_absent(campaign, lobbying, records, forms, text),
        "notes": build_notes(text),
    }


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def diff_summary(old: str, new: str, limit: int = 40) -> list[str]:
    """A short unified diff of two json texts (empty when equal)."""
    if old == new:
        return []
    diff = list(
        difflib.unified_diff(
            old.splitlines(),
            new.splitlines(),
            "layouts.json (on disk)",
            "layouts.json (from spec)",
            lineterm="",
            n=1,
        )
    )
    changed = sum(1 for d in diff if d[:1] in "+-" and d[:3] not in ("+++", "---"))
    return diff[:limit] + [f"... {changed} changed lines in total"]


def check(spec: Path, out: Path) -> list[str]:
    """Diff summary between the json on disk and the spec (empty = up to date)."""
    new = render(build(spec.read_text(encoding="utf-8")))
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    return diff_summary(old, new)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the json is stale")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.check:
        problems = check(args.spec, args.out)
        print("\n".join(problems) if problems else f"{args.out} is up to date")
        return 1 if problems else 0
    args.out.write_text(render(build(args.spec.read_text(encoding="utf-8"))), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
