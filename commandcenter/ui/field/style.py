"""The field station's look: large type, finger-sized controls, the same colours as the desk."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ..theme import apply_theme

FONT_PT = 13  # the desk uses 10; village screens are read from arm's length

STYLE = """
QWidget { font-size: 13pt; }
QTabBar::tab { min-height: 44px; min-width: 150px; padding: 4px 14px; font-size: 14pt;
               font-weight: bold; }
QTabBar::tab:selected { background: #1565c0; color: white; }
QPushButton { min-height: 46px; padding: 2px 16px; font-size: 13pt; }
QPushButton[primary="true"] { background: #1565c0; color: white; font-weight: bold; }
QPushButton[danger="true"] { background: #b71c1c; color: white; font-weight: bold; }
QPushButton:disabled { background: #eceff1; color: #9e9e9e; }
QPushButton:checked[comm="true"] { background: #2e7d32; color: white; }
QPushButton:!checked[comm="true"] { background: #c62828; color: white; }
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox { min-height: 40px; }
QCheckBox { min-height: 40px; }
QCheckBox::indicator { width: 28px; height: 28px; }
QTableView { font-size: 13pt; selection-background-color: #1e88e5; selection-color: white;
             alternate-background-color: #f5f5f5; gridline-color: #e0e0e0; }
QHeaderView::section { background: #eceff1; padding: 4px 6px; border: 0; font-weight: bold; }
QGroupBox { font-weight: bold; margin-top: 14px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QLabel[role="error"] { color: #b71c1c; font-weight: bold; }
QLabel[role="ok"] { color: #2e7d32; font-weight: bold; }
QFrame#header { background: #263238; }
QFrame#header QLabel { color: white; }
QLabel#station { font-size: 18pt; font-weight: bold; }
QLabel#link[state="online"] { background: #2e7d32; padding: 4px 10px; font-weight: bold; }
QLabel#link[state="offline"] { background: #b71c1c; padding: 4px 10px; font-weight: bold; }
QLabel#link[state="syncing"] { background: #ef6c00; padding: 4px 10px; font-weight: bold; }
"""


def apply_field_theme(app: QApplication) -> str | None:
    warning = apply_theme(app)
    font = QFont(app.font().family(), FONT_PT)
    app.setFont(font)
    app.setStyleSheet(app.styleSheet() + STYLE)
    return warning


def big_table(view) -> None:
    """Rows a finger can hit; no horizontal scrolling at 1366 px."""
    view.verticalHeader().setDefaultSectionSize(44)
    view.verticalHeader().hide()
