"""Look: severity colours, status colours, the desk's style sheet and the CJK font check.

Colours follow the warning scheme the bureau already uses (红/橙/黄/蓝 for I–IV), tinted for
row backgrounds so black text stays readable on every one of them.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

SEVERITY = {1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#1565c0"}
# warning signals by colour (values of domain.vocab.WarningColour): the strip, the map, the
# 预警 pane. Here rather than in map_warnings, whose shapely import (~0.3-0.8 s with numpy)
# the warning strip pulled onto the start path before the first paint (py-spy, issue 15)
WARNING_FILL = {"red": "#d32f2f", "orange": "#ef6c00", "yellow": "#fbc02d", "blue": "#1976d2"}
SEVERITY_TINT = {1: "#ffcdd2", 2: "#ffe0b2", 3: "#fff59d", 4: "#bbdefb"}
OVERDUE = QColor("#b71c1c")
DUE_SOON = QColor("#e65100")
OK_GREEN = QColor("#2e7d32")
MUTED = QColor("#757575")
CONFLICT_TINT = QColor("#f8bbd0")
CONFLICT_TEXT = QColor("#4a0016")  # dark text on the conflict tint
WARN_TINT = QColor("#ffe0b2")
DRILL = QColor("#6a1b9a")

_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
)

STYLE = """
QMainWindow::separator { width: 4px; height: 4px; background: #cfd8dc; }
QDockWidget { font-weight: bold; }
QDockWidget::title { background: #263238; color: white; padding: 4px 8px; text-align: left; }
QDockWidget > QWidget { font-weight: normal; }
QTableView { gridline-color: #e0e0e0; selection-background-color: #1e88e5;
             selection-color: white; alternate-background-color: #fafafa; }
QHeaderView::section { background: #eceff1; padding: 3px 6px; border: 0;
                       border-right: 1px solid #cfd8dc; font-weight: bold; }
QPushButton { padding: 3px 10px; }
QPushButton[primary="true"] { background: #1565c0; color: white; font-weight: bold; }
QLabel[role="error"] { color: #b71c1c; font-weight: bold; }
QLabel[role="heading"] { font-size: 15pt; font-weight: bold; }
QLabel[role="conflict"] { background: #f8bbd0; color: #880e4f; padding: 4px; font-weight: bold; }
QStatusBar QLabel { padding: 0 8px; }
QScrollBar:vertical { background: #eceff1; width: 14px; margin: 0; }
QScrollBar:horizontal { background: #eceff1; height: 14px; margin: 0; }
QScrollBar::handle { background: #90a4ae; border-radius: 3px; margin: 2px; }
QScrollBar::handle:hover { background: #607d8b; }
QScrollBar::handle:vertical { min-height: 28px; }
QScrollBar::handle:horizontal { min-width: 28px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""
# Scroll bars are flat: Fusion's gradient bar took 2-4 ms a paint (a 14x349 px board bar),
# and a table's bar repaints with every batch that changes its range (bench/desk.py --why:
# 180-190 ms of 10 s of flood per table); this one paints in ~0.4 ms.


def cjk_family() -> str | None:
    """The first CJK font family installed, or None (every Chinese glyph would be a box)."""
    installed = set(QFontDatabase.families())
    for fam in _CJK_FAMILIES:
        if fam in installed:
            return fam
    for fam in installed:
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(fam):
            return fam
    return None


def apply_theme(app: QApplication) -> str | None:
    """Style the app; returns a warning to show when no CJK font is installed."""
    app.setStyle("Fusion")
    fam = cjk_family()
    font = QFont(fam or app.font().family(), 10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    if fam is None:
        msg = "No CJK font found: Chinese text will show as boxes (install fonts-noto-cjk)."
        print(f"commandcenter: warning: {msg}", file=sys.stderr)
        return msg
    return None


# made once: a cell's colour is asked for each painted cell, and QColor("#...") parses
_TINTS = {level: QColor(hex_) for level, hex_ in SEVERITY_TINT.items()}
_SEVERITY_COLOURS = {level: QColor(hex_) for level, hex_ in SEVERITY.items()}
_WHITE = QColor("#ffffff")


def severity_tint(level: int) -> QColor:
    """A row's tint for an incident of this level (shared: do not change it)."""
    return _TINTS.get(level, _WHITE)


def severity_colour(level: int) -> QColor:
    """The level's own colour (I-IV: red, orange, yellow, blue; shared: do not change it)."""
    return _SEVERITY_COLOURS[level]
