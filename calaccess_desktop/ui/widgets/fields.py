"""One input per spec field kind, with its inline check and error line.

Values go in and out in CAL form (dates CCYYMMDD, amounts 1234.50, check boxes X);
people see and type US dates and money with $ and commas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.cal.values import check_value
from calaccess_desktop.services.entry_fields import FieldInfo, too_long
from calaccess_desktop.ui.formatting import cal_amount, cal_date, show_cal_amount, show_cal_date
from calaccess_desktop.ui.i18n import data_words
from calaccess_desktop.ui.widgets.wheel_guard import guard_wheel

ERROR_STYLE = "color: #a11d1d;"
BAD_INPUT = "border: 1px solid #a11d1d;"
COMPUTED_STYLE = "background: #f0f0f0;"
WARNING_STYLE = "color: #8a5a00;"
WARNING_INPUT = "border: 1px solid #d89b00;"
HIGHLIGHT = "background: #fff3c4; border: 2px solid #d89b00;"


def add_error_line(host: QWidget, field: QWidget) -> QLabel:
    """Lay ``field`` out in ``host`` over a hidden problem line (returned); focus goes to it."""
    error = QLabel()
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.setVisible(False)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    host.setFocusProxy(field)
    return error


def show_problem(field: QWidget, error: QLabel, message: str | None) -> None:
    """Show (or clear) a problem on the error line and mark the input."""
    error.setText(message[0].upper() + message[1:] if message else "")
    error.setVisible(bool(message))
    field.setStyleSheet(BAD_INPUT if message else "")


class FieldEditor(QWidget):
    """An input for one field plus a line for its problem (hidden when fine)."""

    changed = Signal()
    committed = Signal()  # editing finished (focus left or Enter)

    def __init__(self, info: FieldInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.input = self._make_input()
        self.input.setAccessibleName(data_words(info.label))
        self.input.setAccessibleDescription(info.help)
        self.input.setToolTip(info.help)
        self.input.setObjectName(f"field_{info.name}")
        self.error = add_error_line(self, self.input)
        self.error.setAccessibleName(self.tr("{field} problem").format(
            field=data_words(info.label)))

    def _make_input(self) -> QWidget:
        info = self.info
        if info.kind == "checkbox":
            box = QCheckBox(self)
            box.toggled.connect(self.changed)
            box.toggled.connect(self.committed)
            return box
        if info.kind in ("code", "yesno"):
            combo = QComboBox(self)
            choices = tuple((c, data_words(w)) for c, w in info.choices) or (
                ("Y", self.tr("Yes")), ("N", self.tr("No")))
            combo.addItem("", "")
            for code, words in choices:
                combo.addItem(f"{code} - {words}" if info.kind == "code" else words, code)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(self.changed)
            combo.currentIndexChanged.connect(lambda _i: self._show_choice())
            combo.activated.connect(self.committed)
            guard_wheel(combo)
            return combo
        edit = QLineEdit(self)
        if info.kind == "date":
            edit.setPlaceholderText(self.tr("MM/DD/YYYY"))
        elif info.kind == "amount":
            edit.setPlaceholderText("0.00")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        else:  # no maxLength: Qt would cut a long paste silently; the check says so
            edit.textEdited.connect(self._check_length)
        edit.textEdited.connect(self.changed)
        edit.editingFinished.connect(self._finished)
        return edit

    def set_computed(self, how: str) -> None:
        """A value the form computes from other fields: shown, not typed."""
        if isinstance(self.input, QLineEdit):
            self.input.setReadOnly(True)
            self.input.setStyleSheet(COMPUTED_STYLE)
        self.computed = how
        self.input.setToolTip(how)
        self.input.setAccessibleDescription(how)

    computed = ""

    def _show_choice(self) -> None:
        """The whole choice in the tooltip (a narrow form cuts the words short)."""
        if isinstance(self.input, QComboBox):
            text = self.input.currentText()
            self.input.setToolTip(f"{text}\n{self.info.help}" if text else self.info.help)

    def _check_length(self, text: str) -> None:
        """As it is typed: a value too long for its field is marked at once."""
        problem = too_long(text.strip(), self.info.max_len)
        if problem or self.problem.startswith("Too long"):
            self.set_error(problem)
            self.has_format_problem = bool(problem)

    def _finished(self) -> None:
        self.check()
        self.committed.emit()

    # ------------------------------------------------------------------ values

    def text(self) -> str:
        """What is typed, as typed."""
        if isinstance(self.input, QLineEdit):
            return self.input.text()
        if isinstance(self.input, QCheckBox):
            return "X" if self.input.isChecked() else ""
        if isinstance(self.input, QComboBox):
            return str(self.input.currentData() or "")
        return ""

    def value(self) -> str:
        """The value in CAL form; ValueError with a plain message if it cannot be."""
        text = self.text().strip()
        if self.info.kind == "date":
            return cal_date(text)
        if self.info.kind == "amount":
            return cal_amount(text)
        return text

    def set_value(self, value: str) -> None:
        """Show a CAL value."""
        value = value or ""
        if isinstance(self.input, QLineEdit):
            if self.info.kind == "date":
                value = show_cal_date(value)
            elif self.info.kind == "amount":
                value = show_cal_amount(value)
            self.input.setText(value)
            self.input.setCursorPosition(0)
        elif isinstance(self.input, QCheckBox):
            self.input.setChecked(value.upper() == "X")
        elif isinstance(self.input, QComboBox):
            i = self.input.findData(value.upper()) if value else 0
            if i < 0:
                self.input.addItem(value, value)
                i = self.input.count() - 1
            self.input.setCurrentIndex(i)
        self.set_error(None)
        self.has_format_problem = False

    def set_text(self, text: str) -> None:
        """Type text as a person would (tests, drafts)."""
        if isinstance(self.input, QLineEdit):
            self.input.setText(text)
        else:
            self.set_value(text)

    def format_problem(self) -> str | None:
        """What keeps the value from being a well-formed value of its field, if anything."""
        try:
            value = self.value()
        except ValueError as exc:
            return str(exc)
        if not value:
            return None
        kind = self.info.kind if self.info.kind in ("date", "amount", "checkbox",
                                                     "yesno") else "text"
        return too_long(value, self.info.max_len) or check_value(value, kind,
                                                                 self.info.max_len)

    def check(self) -> str | None:
        """Check the value now; show and return the problem (None when fine)."""
        problem = self.format_problem()
        self.set_error(problem)
        self.has_format_problem = bool(problem)
        return problem

    has_format_problem = False
    rule_shown = False

    def show_finding(self, message: str | None, *, error: bool = True) -> None:
        """Show what the check's rules say about the value (a format problem, which
        the rules cannot judge, stays shown instead)."""
        if self.has_format_problem or (message is None and not self.rule_shown):
            return
        self.set_error(message, warning=not error)
        self.rule_shown = message is not None

    def set_error(self, message: str | None, *, warning: bool = False) -> None:
        """Show (or clear) the problem under the input (a warning in amber)."""
        self.rule_shown = False
        self.error.setStyleSheet(WARNING_STYLE if warning else ERROR_STYLE)
        show_problem(self.input, self.error, message)
        if warning and message:
            self.input.setStyleSheet(WARNING_INPUT)
        if self.computed and not message:
            self.input.setStyleSheet(COMPUTED_STYLE)
        self.input.setAccessibleDescription(
            self.tr("{help}. Problem: {problem}").format(help=self.info.help, problem=message)
            if message else self.info.help)

    def highlight(self, ms: int = 2500) -> None:
        """Show briefly where the cursor was sent (after a double-click on a finding)."""
        if self.error.isVisible():
            return
        self.input.setStyleSheet(HIGHLIGHT)
        QTimer.singleShot(ms, self, self._unhighlight)

    def _unhighlight(self) -> None:
        if not self.error.isVisible():
            self.input.setStyleSheet("")

    @property
    def problem(self) -> str:
        """The problem shown, if any."""
        return self.error.text()
