"""The status bar's once-a-second changes do not lay the whole desk out again: a label whose
text changed asked its parents for a new layout up to the main window (3-8 ms, every pane)
after each batch of a flood, and the link's colour was set again on every refresh."""

from __future__ import annotations

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    yield e
    e.close()


class _Layouts(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, obj, ev) -> bool:
        if ev.type() == QEvent.Type.LayoutRequest:
            self.seen += 1
        return False


def test_the_clock_and_link_refresh_do_not_relayout_the_window(env) -> None:
    window = env.window
    bar = window.statusBar()
    for _ in range(5):
        QApplication.processEvents()
    layouts = _Layouts()
    window.installEventFilter(layouts)
    sheet = bar.link.styleSheet()
    for second in range(3):
        bar.refresh()
        bar.clock.setText(f"2027-01-01 00:00:0{second}")  # as the next second does
        QApplication.processEvents()
    assert layouts.seen == 0
    assert bar.link.styleSheet() == sheet and "font-weight" in sheet
    text = bar.clock.text()
    assert bar.clock.fontMetrics().horizontalAdvance(text) <= bar.clock.contentsRect().width()
