"""Searchable choice boxes whose recorded value is exactly what the officer sees.

An editable QComboBox keeps its old `currentData()` while the officer types something else,
so a dialog could record the item selected before ("调拨 二号工具") while the field shows
"帐篷". `searchable()` makes the box complete by any part of a name in a popup (never inline,
which splices the completion into the typed text), and `resolve()` turns the text shown into
the one entry it names — exact name first, else the only entry containing it — and shows that
entry; text naming nothing, or several things, raises ValueError with one clear sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter


def _tr(text: str) -> str:
    return QCoreApplication.translate("pick", text)


def searchable(box: QComboBox) -> None:
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    c = box.completer()
    c.setFilterMode(Qt.MatchFlag.MatchContains)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def matches(box: QComboBox, text: str) -> list[int]:
    """Rows whose label is `text`, else rows whose label contains it (case-insensitive)."""
    text = text.strip()
    labels = [box.itemText(i) for i in range(box.count())]
    exact = [i for i, lab in enumerate(labels) if lab == text]
    if exact or not text:
        return exact
    low = text.lower()
    return [i for i, lab in enumerate(labels) if low in lab.lower()]


def resolve(box: QComboBox, what: str) -> Any:
    """The data of the entry the box's text names; shows that entry. ValueError otherwise."""
    text = box.currentText().strip()
    if not box.isEditable():
        return box.currentData()
    rows = matches(box, text)
    if not text:
        raise ValueError(_tr("请填写{what}").format(what=what))
    if not rows:
        raise ValueError(_tr("没有与“{text}”相符的{what}").format(text=text, what=what))
    if len(rows) > 1:
        names = "、".join(box.itemText(i) for i in rows[:5])
        raise ValueError(
            _tr("“{text}”对应多个{what}: {names}，请写完整").format(
                text=text, what=what, names=names
            )
        )
    box.setCurrentIndex(rows[0])
    box.setEditText(box.itemText(rows[0]))
    return box.itemData(rows[0])
