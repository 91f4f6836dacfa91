"""The 预警 pane driven like a duty officer: issue, the ladder's calls and answers by button,
the evacuation offer, CAP by drop and by drop folder, CAP out, lift; the board's header and
the map layer follow."""

from __future__ import annotations

import os
import shutil
import time
from datetime import timedelta
from pathlib import Path

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox

from commandcenter.ui.dialogs.form import FormDialog

DATA = Path(__file__).parent / "data" / "cap"


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    e.window.pane("pane.map").build()
    yield e
    e.close()


def _pane(env):
    pane = env.window.pane("pane.warnings")
    pane.raise_()
    return pane


def _select(pane, label: str):
    for i in range(pane.tree.topLevelItemCount()):
        head = pane.tree.topLevelItem(i)
        for j in range(head.childCount()):
            if head.child(j).text(0) == label:
                pane.tree.setCurrentItem(head.child(j))
                return head.child(j)
    raise AssertionError(f"no ladder target {label}")


def test_issue_call_answer_offer_evacuation_and_lift(env, qtbot) -> None:
    pane = _pane(env)
    button = lambda text: next(  # noqa: E731
        b for b in pane.findChildren(type(pane.offer)) if b.text() == text
    )
    qtbot.mouseClick(button("发布预警…"), Qt.MouseButton.LeftButton)
    dlg = next(d for d in env.actions.dialogs if isinstance(d, FormDialog))
    colour: QComboBox = dlg.widgets["colour"]
    colour.setCurrentIndex(colour.findData("red"))
    town: QComboBox = dlg.widgets["township"]
    town.setCurrentIndex(town.findData("T01"))
    dlg.widgets["onset_h"].setValue(0)  # short fuse: every stage due now
    dlg.accept()
    env.run(env.settle())
    w = next(iter(x for x in env.desk.state.warnings.values() if x.colour == "red"))
    assert w.area == ["T01"] and w.onset is not None
    strip = env.window.pane("pane.incidents").warning_strip
    assert strip.isVisibleTo(env.window) and "红色暴雨预警 盘石镇" in strip.chips[0].text()
    map_ = env.window.pane("pane.map")
    map_.repaint_markers()  # the map repaints on the desk's one-second tick
    assert map_.warnings.items  # the area is on the map
    pane.refresh()
    for role in ("指挥官", "监管员", "责任人"):
        item = _select(pane, f"一村滑坡点 {role}")
        assert item.foreground(0).color().name() == "#c62828"  # unanswered: red
        pane.channel.setCurrentIndex(pane.channel.findData("door"))
        qtbot.mouseClick(button("叫应"), Qt.MouseButton.LeftButton)
        env.run(env.settle())
        pane.show_ladder()
        _select(pane, f"一村滑坡点 {role}")
        qtbot.mouseClick(button("已应答"), Qt.MouseButton.LeftButton)
        env.run(env.settle())
        pane.show_ladder()
    calls = env.desk.state.warnings[w.id].calls
    assert [c.channel for c in calls] == ["door"] * 3 and all(c.answered_at for c in calls)
    assert pane.offer.isVisibleTo(pane) and "一村滑坡点" in pane.offer.text()
    qtbot.mouseClick(pane.offer, Qt.MouseButton.LeftButton)
    evac = next(d for d in env.actions.dialogs if isinstance(d, FormDialog))
    evac.accept()
    env.run(env.settle())
    assert env.desk.state.zones["Z1"].status == "moving"
    assert "ladder.answered" in env.kinds() and "evac.started" in env.kinds()
    qtbot.mouseClick(button("解除预警"), Qt.MouseButton.LeftButton)
    env.run(env.settle())
    assert env.desk.state.warnings[w.id].lifted_at is not None
    assert not strip.isVisibleTo(env.window)


def test_cap_by_drop_and_by_drop_folder(env, tmp_path) -> None:
    pane = _pane(env)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "cn-red-alert.xml"))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    pane.dropEvent(drop)  # what Qt calls when a file is dropped on the pane
    env.run(env.settle())
    assert "imported" in pane.note.text()
    assert "511723041000_20260603140000_1" in env.desk.state.warnings
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(DATA / "cn-orange-update.xml", folder)
    bad = folder / "bad.xml"
    bad.write_bytes(b"<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>")
    old = time.time() - 10
    for p in folder.iterdir():
        os.utime(p, (old, old))
    pane.set_folder(str(folder))
    pane.scan_folder()
    env.run(env.settle())
    pane.set_folder("")
    w = env.desk.state.warnings["511723041000_20260603140000_1"]
    assert str(w.colour) == "orange"  # the update from the folder applied
    assert sorted(p.name for p in (folder / "已处理").iterdir()) == [
        "bad.xml",
        "cn-orange-update.xml",
    ]
    outcomes = [e.payload["outcome"] for e in env.journal.query() if e.kind == "cap.logged"]
    assert outcomes == ["imported", "refused", "updated"] or sorted(outcomes) == sorted(
        ["imported", "refused", "updated"]
    )
    out = tmp_path / "out.xml"
    pane._write_cap(w.id, str(out))
    assert b"urn:oasis:names:tc:emergency:cap:1.2" in out.read_bytes()


def test_the_ladder_redrawn_each_second_keeps_what_the_officer_folded_and_picked(env, qtbot):
    pane = _pane(env)
    button = lambda text: next(  # noqa: E731
        b for b in pane.findChildren(type(pane.offer)) if b.text() == text
    )
    qtbot.mouseClick(button("发布预警…"), Qt.MouseButton.LeftButton)
    dlg = next(d for d in env.actions.dialogs if isinstance(d, FormDialog))
    town: QComboBox = dlg.widgets["township"]
    town.setCurrentIndex(town.findData("T01"))
    dlg.accept()
    env.run(env.settle())
    pane.refresh()
    heads = [pane.tree.topLevelItem(i) for i in range(pane.tree.topLevelItemCount())]
    assert len(heads) >= 2
    picked = _select(pane, "一村滑坡点 监管员")
    heads[0].setExpanded(False)  # the officer folds the first stage
    texts = [h.text(0) for h in heads]
    pane.clock = lambda: pane.desk.station.clock() + timedelta(seconds=61)
    pane.show_ladder()  # what the one-second tick does
    assert [pane.tree.topLevelItem(i) for i in range(len(heads))] == heads  # same items
    assert not heads[0].isExpanded() and pane.tree.currentItem() is picked
    assert [h.text(0) for h in heads] != texts  # the countdowns moved, in place
