"""Main window: committees and statements on the left, the open statement on the right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
)

from calaccess_desktop.services.queries import list_committees
from calaccess_desktop.services.store import Store


class MainWindow(QMainWindow):
    """Lists committees and their statements."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(f"calaccess-desktop - {store.location}")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Committee / statement", "Status"])
        self.tree.setAccessibleName("Committees and statements")
        self.detail = QLabel("Choose a statement on the left.")
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setSizes([420, 860])
        self.setCentralWidget(split)
        self.refresh()

    def refresh(self) -> None:
        """Reload the committee list from the store."""
        self.tree.clear()
        with self.store.read() as session:
            rows = list_committees(session)
        for c in rows:
            top = QTreeWidgetItem([f"{c.name} ({c.filer_id or 'no ID'})", ""])
            for s in c.statements:
                label = f"#{s.id} {s.form} {s.period_from or ''} - {s.period_through or ''}"
                child = QTreeWidgetItem([label, s.status])
                child.setData(0, 256, s.id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()

    def show_statement(self, statement_id: int) -> None:
        """Select a statement in the tree."""
        self.detail.setText(f"Statement {statement_id}")
