"""`Pane`: the base of every dock — a stable objectName, a translated title, live updates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QWidget

from ..models.painted import fill_before_paint, no_shaping
from ..roles import apply_role


class Pane(QDockWidget):
    """A dock. A `LAZY` pane (one that opens as a hidden tab) builds its body in
    `build_body`, not in `__init__`: when it is first shown, when anything first reaches
    into it (an action, the notification centre, a test: `__getattr__`), or in a turn of its
    own after the window's first paint (`MainWindow`), whichever comes first. Five hidden
    tabs were ~100 ms of building before the desk's first paint (issue 15)."""

    NAME = ""  # objectName: the key of saveState(); never rename a released one
    TITLE = ""  # Chinese source title, translated in context "panes"
    LAZY = False

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
        self._unbuilt = self.LAZY
        desk.paced(self._paced)  # one pane per turn of the loop (see Desk)
        if self.LAZY:
            self.visibilityChanged.connect(lambda shown: shown and self.ensure_built())

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("panes", cls.TITLE)

    @property
    def unbuilt(self) -> bool:
        return self.__dict__.get("_unbuilt", False)

    def ensure_built(self) -> None:
        """Build a lazy pane's body now (no-op once built, and for other panes)."""
        if not self.unbuilt:
            return
        self._unbuilt = False
        self.build_body()
        # the role's offers, as `apply_role` gave the rest of the window (roles.py)
        apply_role(self, getattr(self.parent(), "role", self.desk.station.role))

    def build_body(self) -> None:
        """A lazy pane's widgets and models (see the class docstring)."""

    def __getattr__(self, name: str):
        # Python calls this only for an attribute not found: on a lazy pane not built yet,
        # that is a part of its body, so the body is built and the attribute looked up again
        if name.startswith("__") or not self.unbuilt:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.ensure_built()
        return getattr(self, name)

    def _paced(self, update) -> None:
        if not self.unbuilt:  # a body built later reads the situation as it is then
            self.on_update(update)

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
    no_shaping(view)
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
