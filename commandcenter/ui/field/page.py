"""`Page`: the base of the field station's tabs — the controller, big buttons that exist only
for actions the role may take, and one line that says what just happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ..models.painted import fill_before_paint, no_shaping
from .style import big_table


class Page(QWidget):
    TITLE = ""  # Chinese source title (context "panes", as tools/i18n.py collects TITLEs)

    def __init__(self, desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("panes", cls.TITLE)

    def on_update(self, update) -> None:
        """New events arrived (at most ten times a second)."""

    # ------------------------------------------------------------ helpers for the tabs
    def button(
        self,
        name: str,
        text: str,
        kind: str,
        slot: Callable[[], None],
        *,
        key: str = "",
        primary: bool = False,
        danger: bool = False,
    ) -> QPushButton | None:
        """A big button with an optional function key; None when the role may not `kind`."""
        if kind and not self.desk.may(kind):
            return None
        b = QPushButton(f"{text} ({key})" if key else text)
        b.setProperty("primary", primary)
        b.setProperty("danger", danger)
        b.clicked.connect(slot)
        if key:
            sc = QShortcut(QKeySequence(key), self, activated=b.click)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.buttons[name] = b
        return b

    def submit(self, decisions, done_text: str, *, done: Callable[[], None] | None = None) -> None:
        def ok(_evs) -> None:
            self.say(done_text, False)
            if done is not None:
                done()

        self.desk.submit(decisions, done=ok, failed=lambda reason: self.say(reason, True))

    def say(self, text: str, error: bool) -> None:
        self.note.setProperty("role", "error" if error else "ok")
        self.note.setText(text)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)


def table(proxy, *, stretch: int) -> QTableView:
    view = QTableView()
    no_shaping(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    big_table(view)
    fill_before_paint(view, resize=True)  # painted cells are Qt's (models/painted.py)
    return view


def current_key(view: QTableView) -> str:
    idx = view.currentIndex()
    return view.model().key_at(idx.row()) if idx.isValid() else ""
