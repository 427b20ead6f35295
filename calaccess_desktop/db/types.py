"""Column types that check what they read back: a value another program or a damaged
disk put in the wrong shape (a list where the profile's fields belong, text that is not
a date) is a :class:`~calaccess_desktop.db.engine.DamagedData` error in plain words, never
an ``AttributeError`` or ``ValueError`` deep inside a rule. The stored form is unchanged
(the same JSON, DATE and DATETIME columns), so no migration is needed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Integer, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from calaccess_desktop.db.engine import DamagedData


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class JSONObject(TypeDecorator[dict[str, Any]]):
    """A JSON object (field name to value)."""

    impl = JSON
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None or isinstance(value, dict):
            return value
        raise DamagedData(f"a saved set of fields is {type(value).__name__} "
                          f"{_shown(value)}, not a set of named fields")


class JSONList(TypeDecorator[list[Any]]):
    """A JSON list (a record's or cover's values, a submission's messages)."""

    impl = JSON
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None or isinstance(value, list):
            return value
        raise DamagedData(f"a saved list of values is {type(value).__name__} "
                          f"{_shown(value)}, not a list")


class CalValues(JSONList):
    """A CAL record's values (an entry's, a statement's cover): a list of text, never
    null (SQLite keeps the JSON ``null`` or a list of numbers another program wrote)."""

    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, list):
            try:
                "".join(value)  # every value text: checked in C
            except TypeError:
                raise DamagedData(f"a saved record's values are {_shown(value)}, not a list "
                                  "of text") from None
            return value
        raise DamagedData(f"a saved record's values are {type(value).__name__} "
                          f"{_shown(value)}, not a list of text")


def _checked(inner: Callable[[Any], Any] | None, what: str) -> Callable[[Any], Any] | None:
    if inner is None:
        return None

    def process(value: Any) -> Any:
        try:
            return inner(value)
        except (ValueError, TypeError) as exc:
            raise DamagedData(f"a saved {what} is {_shown(value)}, which is not a "
                              f"{what}") from exc

    return process


class CheckedDate(TypeDecorator[Any]):
    """A DATE column whose unreadable value is DamagedData."""

    impl = Date
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        return _checked(self.impl_instance.result_processor(dialect, coltype), "date")


class CheckedDateTime(TypeDecorator[Any]):
    """A DATETIME column whose unreadable value is DamagedData."""

    impl = DateTime
    cache_ok = True

    def result_processor(self, dialect: Dialect, coltype: Any) -> Any:
        return _checked(self.impl_instance.result_processor(dialect, coltype), "time")


class CheckedInteger(TypeDecorator[int]):
    """An INTEGER column (amounts in cents, counters) whose stored value must be a whole
    number: SQLite keeps whatever another program wrote, such as text."""

    impl = Integer
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise DamagedData(f"a saved number is {_shown(value)}, which is not a whole number")


class Choice(TypeDecorator[str]):
    """A short text column holding one of a fixed set of words (a statement's status)."""

    impl = String
    cache_ok = True

    def __init__(self, length: int, allowed: frozenset[str], what: str = "status") -> None:
        super().__init__(length)
        self.allowed = allowed
        self.what = what  # what the words are, as a message says it

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None or value in self.allowed:
            return value
        raise DamagedData(f"a saved {self.what} is {_shown(value)}, which this program does "
                          "not know")
