"""Every text a window shows: actions, menus, labels, buttons, group boxes, tabs, page
lists, table headers and placeholders (hidden widgets too: other pages, folded groups)."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A shown text without markup, accelerators and the required-field star."""
    text = unescape(TAGS.sub(" ", text.replace("<br>", " "))).replace("&&", "\0")
    text = text.replace("&", "").replace("\0", "&")
    return " ".join(text.split()).removesuffix(" *").strip()


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(kind, plain text) of everything ``root`` shows, its menus included."""
    out: list[tuple[str, str]] = []

    def add(kind: str, text: object) -> None:
        if isinstance(text, str) and plain(text):
            out.append((kind, plain(text)))

    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            add("menu", menu_action.text())
            menu = menu_action.menu()
            for action in (menu.actions() if menu is not None else []):
                add("action", action.text())
    for action in root.findChildren(QAction):
        add("action", action.text())
        add("tip", action.statusTip())
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            add("label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add("button", widget.text())
        elif isinstance(widget, QGroupBox):
            add("group", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add("tab", widget.tabText(i))
        elif isinstance(widget, QLineEdit):
            add("placeholder", widget.placeholderText())
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                add("page", item.text() if item is not None else "")
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for col in range(model.columnCount(QModelIndex())):
                add("header", model.headerData(col, Qt.Orientation.Horizontal))
        if widget.accessibleName():
            add("accessible", widget.accessibleName())
    return out
