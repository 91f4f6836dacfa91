"""`Pane`: the base of every dock — a stable objectName, a translated title, live updates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from ..models.painted import fill_before_paint


class Pane(QDockWidget):
    NAME = ""  # objectName: the key of saveState(); never rename a released one
    TITLE = ""  # Chinese source title, translated in context "panes"

    def __init__(self, desk, actions, parent: QWidget | None = None) -> None:
        super().__init__(self.title(), parent)
        self.setObjectName(self.NAME)
        self.desk = desk
        self.actions = actions
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        desk.paced(self.on_update)  # one pane per turn of the loop (see Desk)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("panes", cls.TITLE)

    def on_update(self, update) -> None:
        """Repaint what the new events touched (called at most ten times a second)."""


def make_table(
    model, *, stretch: int = -1, sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.DescendingOrder)
) -> QTableView:
    """A read-only table sorted by `sort` (column, order) from the start.

    An `EntityModel` behind the proxy is put in that order before the proxy first filters, and
    the sort indicator is set before sorting is enabled (which sorts by the indicator), so the
    rows are ordered once, by `sorted()` in the model (models/order.py)."""
    view = QTableView()
    source = model.sourceModel() if hasattr(model, "sourceModel") else None
    if hasattr(source, "order_by"):
        source.order_by(sort[0], sort[1] == Qt.SortOrder.DescendingOrder)
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(*sort)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    # every row is one line of 24 px: a Fixed header keeps no per-row sizes to shift as rows
    # go in (bench/desk.py full mode, paired runs: GUI idle beats 867 -> 971, p99 stall
    # 41.8 -> 35.5 ms)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setHighlightSections(False)
    hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch >= 0:
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fill_before_paint(view)  # an EntityModel's painted cells are Qt's (models/painted.py)
    return view


def fit_columns(view: QTableView, widths: dict[int, int]) -> None:
    for col, w in widths.items():
        view.setColumnWidth(col, w)


def order_columns(view: QTableView, visual: list[int]) -> None:
    """Show the model's columns in this order (the model keeps its own): what an officer
    needs first stays in view on a narrow pane, the rest is a scroll away."""
    hh = view.horizontalHeader()
    for pos, logical in enumerate(visual):
        hh.moveSection(hh.visualIndex(logical), pos)
