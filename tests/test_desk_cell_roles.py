"""Qt's item delegate reuses one QModelRoleDataSpan from cell to cell (Qt 6): a role a model
leaves alone keeps the previous cell's value. Every painted cell must show its own colours
and alignment, never those of the cell painted before it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from commandcenter.ui.models.base import Column, EntityModel
from commandcenter.ui.models.log import LogFilter, LogModel, LogRow
from commandcenter.ui.models.proxy import FilterProxy
from commandcenter.ui.panes.base import make_table

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Seen(QStyledItemDelegate):
    """What the real delegate made of each cell it painted (row, column) -> option."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.cells: dict[tuple[int, int], tuple] = {}

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        self.cells[(index.row(), index.column())] = (
            option.text,
            option.backgroundBrush.style() != Qt.BrushStyle.NoBrush,
            option.backgroundBrush.color().name(),
            option.palette.color(QPalette.ColorRole.Text).name(),
            option.displayAlignment & Qt.AlignmentFlag.AlignRight,
        )


def _painted(view) -> dict:
    seen = Seen(view)
    view.setItemDelegate(seen)
    view.resize(500, 300)
    view.grab()  # paints every visible cell through the delegate
    return seen.cells


class Tinted(EntityModel):
    def background(self, obj, column):
        return QColor("#ffcc00") if obj["hot"] else None

    def foreground(self, obj, column):
        return QColor("#aa0000") if obj["hot"] else None


def test_a_cell_never_shows_the_colours_or_alignment_of_the_cell_before(qtbot) -> None:
    items = {f"k{i}": {"n": i, "hot": i % 2 == 0} for i in range(6)}
    model = Tinted(
        lambda: items,
        [Column("名称", lambda o: f"n{o['n']}"), Column("数", lambda o: str(o["n"]), right=True)],
    )
    view = make_table(FilterProxy(model), sort=(1, Qt.SortOrder.AscendingOrder))
    qtbot.addWidget(view)
    cells = _painted(view)
    assert len(cells) == 12
    for (row, col), (text, tinted, bg, fg, right) in cells.items():
        hot = row % 2 == 0  # rows in the order of n: hot ones are the even rows
        assert text == (f"n{row}" if col == 0 else str(row))
        assert tinted == hot and (bg == "#ffcc00") == hot, (row, col)
        assert (fg == "#aa0000") == hot, (row, col)
        assert bool(right) == (col == 1), (row, col)  # only the number column is right


def test_a_real_event_after_a_drill_row_is_not_shown_as_a_drill(qtbot) -> None:
    model = LogModel()
    model.beginResetModel()
    model.rows = [
        LogRow(f"e{i}", f"10:0{i}", "张伟", "desk-01", f"第{i}条", "decision.logged", "", drill, i)
        for i, drill in enumerate([True, False, True, False])
    ]
    model.set_row_count(len(model.rows))
    model.endResetModel()
    view = make_table(LogFilter(model), sort=(0, Qt.SortOrder.AscendingOrder))
    qtbot.addWidget(view)
    cells = _painted(view)
    drill = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name()
    for (row, col), (text, *_rest, fg, _right) in cells.items():
        assert (fg == drill) == (row % 2 == 0), (row, col, text)
