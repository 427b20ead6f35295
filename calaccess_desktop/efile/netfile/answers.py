"""NetFile's XML answers, read safely, and its validation report as app messages.

Answers are read with defusedxml, DTDs and entities refused: a hostile answer (a
billion laughs, an external entity) is "not readable", never expanded. Every answer is a
``<response>`` element with child elements (``accepted``, ``job_id``, ``job_status_code``,
``status``, ``filing_id``, ``filing_date``, ``validation_content`` ...).

The validation report (``validation_content``, base64 XML) is the practice server's
shape, NetFile's own being unpublished (efile-notes): ``<validation_report>`` with
``<filing_context><error code="...">`` (rejections that are not about a field) and
``<results><result severity= line= record_type= form_type= field_number= field_name=>``.
Unknown elements are ignored; an unreadable report becomes one warning saying so.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from calaccess_desktop.efile.protocol import CONTEXT, Message

MAX_REPORT = 8 * 1024 * 1024  # bytes of a decoded validation report read at most

# A filing-context rejection (code -> what it means, in the treasurer's words).
CONTEXT_WORDS = {
    "FILER_CREDENTIALS": "The agency did not accept the filer ID and e-filing password. "
                         "Check both (the agency's filer ID looks like ABC-123456), then "
                         "reopen the statement and send it again.",
    "FILER_NOT_ALLOWED": "This filer ID is not allowed to file this statement with the "
                         "agency. Check that the filer ID is this committee's own at this "
                         "agency.",
    "AMENDMENT_SEQUENCE": "The amendment number is not the one the agency expects next. "
                          "Amendments are numbered 1, 2, 3 ... after the original, each "
                          "filed after the one before it was accepted.",
    "SUPERSEDED_NOT_FOUND": "The agency has no filing with the ID this amendment names as "
                            "the original. Check the original filing's ID on the agency's "
                            "site.",
    "SIGNATURES_REQUIRED": "This agency requires each signer's signer ID and PIN with the "
                           "filing. Add them (submit --signer ID), then reopen the "
                           "statement and send it again.",
    "DUPLICATE_FILING": "The agency already has this exact statement on file; it was not "
                        "filed a second time.",
}


class AnswerError(ValueError):
    """An answer that cannot be read; the message says why in words."""


def parse(text: str) -> Element:
    """The answer's root element; AnswerError when it is not safe, well-formed XML."""
    try:
        root = fromstring(text.encode("utf-8"), forbid_dtd=True, forbid_entities=True,
                          forbid_external=True)
    except DefusedXmlException:
        raise AnswerError("the answer declares a DTD or entities, which are refused") from None
    except (ParseError, ValueError, RecursionError):
        raise AnswerError("the answer is not readable (not well-formed XML)") from None
    if root is None:
        raise AnswerError("the answer is empty")
    return root


def child(root: Element, name: str) -> str:
    """The text of the first child element ``name`` ('' when missing), stripped."""
    found = root.find(name)
    return (found.text or "").strip() if found is not None else ""


def number(root: Element, name: str) -> int | None:
    """A child element's whole number, None when missing or not a number."""
    text = child(root, name)
    try:
        return int(text) if text and len(text) < 20 else None
    except ValueError:
        return None


def filing_date(text: str) -> str:
    """NetFile's ``MM/dd/yyyy HH:mm:ss`` (Pacific time) as ISO 8601 ('' if unreadable or
    the empty 01/01/0001)."""
    try:
        value = dt.datetime.strptime(text.strip(), "%m/%d/%Y %H:%M:%S")
    except ValueError:
        return ""
    if value.year < 1900:
        return ""
    try:
        from zoneinfo import ZoneInfo

        return value.replace(tzinfo=ZoneInfo("America/Los_Angeles")).isoformat()
    except Exception:  # no time zone data on this computer
        return value.isoformat()


def report_messages(encoded: str) -> list[Message]:
    """The base64 validation report as messages: filing-context errors first (record
    ``CONTEXT``, in plain words), then each field finding."""
    if not encoded.strip():
        return []
    try:
        raw = base64.b64decode(encoded.strip(), validate=True)
        if len(raw) > MAX_REPORT:
            raise AnswerError("the validation report is too large to read")
        root = parse(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return [Message("warning", 0, CONTEXT, 0, "The agency's validation report could not be "
                        "read (it is damaged); look at the filing on the agency's site.")]
    out = [_context(e) for e in root.iter("error") if _in_context(root, e)]
    out += [_result(e) for e in root.iter("result")]
    return out


def _in_context(root: Element, element: Element) -> bool:
    return any(element in list(ctx) for ctx in root.iter("filing_context"))


def _context(e: Element) -> Message:
    code = (e.get("code") or "").strip().upper()[:40]
    said = _clean(e.text or "")
    words = CONTEXT_WORDS.get(code, "The agency rejected the filing for a reason that is not "
                              "about one field.")
    text = f"{words} The agency said: {said}" if said else words
    return Message("error", 0, CONTEXT, 0, text, code)


def _result(e: Element) -> Message:
    level = "warning" if (e.get("severity") or "").strip().lower() in ("w", "warning") \
        else "error"
    record = " ".join(x for x in (_clean(e.get("record_type") or "", 8),
                                  _clean(e.get("form_type") or "", 8)) if x)
    return Message(level, _int(e.get("line")), record, _int(e.get("field_number")),
                   _clean(e.text or ""), _clean(e.get("field_name") or "", 40))


def _clean(text: str, limit: int = 1000) -> str:
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[:limit] + "..."


def _int(text: str | None) -> int:
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else 0
