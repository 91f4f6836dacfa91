"""Reporting duties on the real desk: countdowns follow the bureau's settings, each report
upward is recorded once (the second press is refused with the reason), 接报 closes only as
误报/重复 with a reason, and the incident reports print from the detail pane with the id."""

from __future__ import annotations

import shutil

import pytest
from desk_fixtures import DeskEnv
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from test_report_pdf import pdf_text

NEW = {"incident": "I9", "type": "flood", "severity": 4, "title": "城关街道积水",
       "place": {"township": "T01"}}  # fmt: skip


@pytest.fixture
def env(qtbot, qloop, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMANDCENTER_HOME", str(tmp_path / "home"))
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    yield e
    e.close()


def board_deadline(env, iid: str) -> str:
    model = env.window.pane("pane.incidents").model
    return model._deadline(env.desk.state.incidents[iid])


def test_settings_change_the_board_and_the_detail_countdowns(env, qtbot) -> None:
    env.run(env.desk.submit([("incident.reported", NEW)]))
    env.run(env.settle())
    env.desk.select("I9")
    assert board_deadline(env, "I9").startswith(("电话初报 29:", "电话初报 30:"))
    env.run(env.desk.submit([("settings.reporting",
                              {"phone_minutes": 10, "written_minutes": 40})]))  # fmt: skip
    env.run(env.settle())
    assert board_deadline(env, "I9").startswith(("电话初报 09:", "电话初报 10:"))
    detail = env.window.pane("pane.detail")
    detail._deadline()
    text = detail.fields["deadline"].text()
    assert text.startswith(("电话初报 剩余 09:", "电话初报 剩余 10:00")), text
    assert "设置报送时限" in " ".join(env.log_texts())


def test_each_report_upward_once_and_the_refusal_is_shown(env, qtbot) -> None:
    env.run(env.desk.submit([("incident.reported", NEW)]))
    env.run(env.settle())
    env.desk.select("I9")
    detail = env.window.pane("pane.detail")
    messages = []
    env.desk.message.connect(lambda text, err: messages.append((text, err)))
    for _ in range(2):
        qtbot.mouseClick(detail.buttons["phone"], Qt.MouseButton.LeftButton)
        env.run(env.settle())
    ups = [e for e in env.journal.query(kinds=["incident.reported_up"])]
    assert [e.payload["stage"] for e in ups] == ["phone"]
    assert any(err and "不能重复记录" in text for text, err in messages), messages
    row = detail.reporting
    assert row.ident.text() == "I9"
    qtbot.mouseClick(row.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "I9"
    assert row.followup_up.text() == "已续报 (第1次)"
    qtbot.mouseClick(row.followup_up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.followup_up, Qt.MouseButton.LeftButton)  # a double click
    env.run(env.settle())
    ups = [e.payload for e in env.journal.query(kinds=["incident.reported_up"])]
    assert [(p["stage"], p["number"]) for p in ups] == [("phone", 0), ("followup", 1)]
    assert any("第 1 次续报已记录" in text for text, _ in messages)
    assert row.followup_up.text() == "已续报 (第2次)"
    assert not row.final_up.isEnabled()  # 终报 only once closed


def test_closing_from_intake_only_as_false_alarm_or_duplicate(env, qtbot) -> None:
    env.run(env.desk.submit([("incident.reported", NEW)]))
    env.run(env.settle())
    dlg = env.actions.close_incident("I9")
    assert set(dlg.widgets) == {"disposition", "summary"}  # 误报 / 重复 and a reason
    dlg.accept()  # no reason given
    env.run(env.settle())
    assert env.desk.state.incidents["I9"].status == "reported"
    assert dlg.isVisible() and "理由" in dlg.error.text()
    dlg.widgets["summary"].setPlainText("报警人看错, 现场无积水")
    dlg.accept()
    env.run(env.settle())
    inc = env.desk.state.incidents["I9"]
    assert inc.status == "closed" and inc.disposition == "false_alarm"
    assert any("(误报)" in t for t in env.log_texts())


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_incident_report_prints_from_the_detail_pane_with_the_settings(env, qtbot) -> None:
    env.run(env.desk.submit([("settings.reporting", {"phone_minutes": 20})]))
    env.run(env.settle())
    env.desk.select("I1")
    row = env.window.pane("pane.detail").reporting
    env.run(row.print_report("初报"))
    text = pdf_text(row.last_pdf)
    assert "I1" in text or "初报" in text
    assert "电话初报 20 分钟内" in text


def test_an_admin_changes_the_deadlines_from_the_duty_menu(env, qtbot) -> None:
    env.run(env.desk.submit([("incident.reported", NEW)]))
    env.run(env.settle())
    menu = env.window.menuBar().actions()[0].menu()
    act = next(a for a in menu.actions() if a.text() == "报送时限设置…")
    assert act.isVisible()
    act.trigger()
    dlg = env.actions.dialogs[-1]
    assert dlg.widgets["phone_minutes"].value() == 30  # the default in force
    dlg.widgets["phone_minutes"].setValue(15)
    dlg.accept()
    env.run(env.settle())
    assert env.desk.state.reporting.phone_minutes == 15
    assert board_deadline(env, "I9").startswith(("电话初报 14:", "电话初报 15:00"))
    settings = env.journal.query(kinds=["settings.reporting"])
    assert len(settings) == 1 and settings[0].payload["phone_minutes"] == 15
