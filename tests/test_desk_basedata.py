"""The desk's 基础数据 menu driven for real: import preview, a record editor, the 插件 dialog."""

from __future__ import annotations

import openpyxl
import pytest
from desk_fixtures import DeskEnv
from plugin_fixtures import install_test_plugins
from PySide6.QtCore import Qt

from commandcenter.bundled_plugins.county.writing import write_export
from commandcenter.ui.basedata.plugins_dialog import PluginsDialog
from commandcenter.ui.basedata.preview import ImportPreviewDialog
from commandcenter.ui.dialogs.form import FormDialog


@pytest.fixture
def env(qtbot, qloop, tmp_path):
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    yield e
    for d in list(e.window.basedata.open_dialogs):
        d.reject()
    e.close()


def _workbook(env, tmp_path, edit) -> str:
    path = tmp_path / "county.xlsx"
    write_export(env.desk.state, path)
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(path)
    return str(path)


def _add_team(phone: str):
    def edit(wb):
        ws = wb["救援队伍"]
        ws.append(
            [
                "TM9",
                "龙潭镇防汛突击队",
                "基层应急救援队伍",
                "T02",
                "何勇",
                phone,
                25,
                "暴雨洪涝",
                "",
                None,
                None,
            ]
        )

    return edit


def _preview(env, path) -> ImportPreviewDialog:
    menu = env.window.basedata
    plugin, c = menu.registry.find("importers", "county.workbook")
    dlg = menu.preview(plugin, c, path)
    return dlg


def test_import_preview_shows_the_difference_then_records_it(env, tmp_path, qtbot):
    path = _workbook(env, tmp_path, _add_team("13700002222"))
    before = len(env.kinds())

    async def steps():
        dlg = _preview(env, path)
        await dlg.task
        assert len(env.kinds()) == before  # a preview stores nothing
        rows = {
            dlg.diff.item(r, 0).text(): dlg.diff.item(r, 1).text()
            for r in range(dlg.diff.rowCount())
        }
        assert rows["救援队伍"] == "1"
        assert not dlg.errors.isVisible() and dlg.ok.isEnabled()
        assert "新增 1" in dlg.status.text()
        dlg.grab().save(str(tmp_path / "preview.png"))
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
        await env.settle()
        assert env.kinds()[before:] == ["team.registered"]
        assert env.desk.state.teams["TM9"].leader.phone == "13700002222"
        teams = env.window.pane("pane.teams").model
        assert teams.row_of("TM9") >= 0
        assert dlg not in env.window.basedata.open_dialogs
        again = _preview(env, path)
        await again.task
        assert "无需导入" in again.status.text() and not again.ok.isEnabled()

    env.run(steps())


def test_import_preview_lists_bad_rows_and_stores_nothing(env, tmp_path):
    def edit(wb):
        _add_team("12345678901")(wb)
        wb["救援队伍"].cell(row=2, column=7).value = "很多"

    path = _workbook(env, tmp_path, edit)
    before = len(env.kinds())

    async def steps():
        dlg = _preview(env, path)
        await dlg.task
        got = [
            [dlg.errors.item(r, c).text() for c in range(4)] for r in range(dlg.errors.rowCount())
        ]
        assert ["救援队伍", "2", "人数", "「很多」不是整数"] in got
        assert ["救援队伍", "4", "负责人电话", "「12345678901」不是有效的电话号码"] in got
        assert dlg.errors.isVisible() and not dlg.diff.isVisible() and not dlg.ok.isEnabled()
        assert "2 处错误" in dlg.status.text()
        dlg.grab().save(str(tmp_path / "preview-errors.png"))
        dlg.accept()  # even forced, nothing happens
        await env.settle()
        assert len(env.kinds()) == before

    env.run(steps())


def test_phone_editor_changes_one_record_and_refuses_a_bad_number(env, qtbot):
    async def steps():
        dlg = env.window.basedata.change_phone("TM2")
        assert isinstance(dlg, FormDialog) and dlg.isVisible()
        assert dlg.widgets["team"].currentData() == "TM2"
        phone = dlg.widgets["phone"]
        qtbot.keyClicks(phone, "1390000")
        qtbot.keyClick(phone, Qt.Key.Key_Return)
        await env.settle()
        assert dlg.isVisible() and "不是有效的电话号码" in dlg.error.text()
        assert "record.changed" not in env.kinds()
        phone.clear()
        qtbot.keyClicks(phone, "13911112222")
        qtbot.keyClick(phone, Qt.Key.Key_Return)
        await env.settle()
        ev = env.journal.query(kinds=["record.changed"])[-1]
        assert ev.payload["type"] == "team" and ev.payload["id"] == "TM2"
        assert env.desk.state.teams["TM2"].leader.phone == "13911112222"
        assert env.desk.state.teams["TM2"].name == "TM2救援队"  # the rest unchanged
        assert any("TM2救援队" in t and "13911112222" in t for t in env.log_texts())

    env.run(steps())


def test_retiring_a_camera_takes_it_off_the_video_wall(env):
    async def steps():
        vid = next(iter(env.desk.state.videos))
        dlg = env.window.basedata.retire_video()
        dlg.widgets["video"].setCurrentIndex(dlg.widgets["video"].findData(vid))
        dlg.accept()
        await env.settle()
        assert vid not in env.desk.state.videos
        assert f"video:{vid}" in env.desk.state.retired

    env.run(steps())


def test_broken_plugins_leave_the_desk_running_and_are_listed(qtbot, qloop, tmp_path, monkeypatch):
    install_test_plugins(tmp_path, monkeypatch)
    e = DeskEnv(qtbot, qloop, tmp_path / "desk.db")
    try:
        assert e.window.isVisible()
        menu = e.window.basedata
        menu.menu.popup(e.window.mapToGlobal(e.window.rect().center()))  # as a click opens it
        titles = [a.text() for a in menu.menu.actions()]
        menu.menu.hide()
        assert any("县情工作簿" in t for t in titles)  # the bundled plugin still offers its import
        first_editor = titles.index("新增救援队伍…")
        assert all(i < first_editor for i, t in enumerate(titles) if t.startswith(("导入", "导出")))
        dlg = menu.show_plugins()
        assert isinstance(dlg, PluginsDialog) and dlg.isVisible()
        rows = {
            dlg.table.item(r, 0).text(): [dlg.table.item(r, c).text() for c in range(6)]
            for r in range(dlg.table.rowCount())
        }
        assert rows["county"][4] == "正常"
        assert rows["cc_broken"][4] == "出错" and "插件初始化失败" in rows["cc_broken"][5]
        assert rows["future"][4] == "已拒绝" and "99" in rows["future"][5]
        dlg.grab().save(str(tmp_path / "plugins.png"))
        # a contribution that fails when used: a message, and the desk goes on
        plugin, c = menu.registry.find("importers", "hello.missing")
        assert menu.preview(plugin, c, str(tmp_path / "x.txt")) is None
        assert menu.registry.get("hello").status == "error"
        assert e.window.isVisible()
        dlg.reject()
    finally:
        e.close()


def test_an_import_that_retires_one_team_and_adds_another_updates_the_pane(env, tmp_path):
    def edit(wb):
        _add_team("13700002222")(wb)
        ws = wb["救援队伍"]
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == "TM2")
        ws.delete_rows(row)

    path = _workbook(env, tmp_path, edit)

    async def steps():
        dlg = _preview(env, path)
        await dlg.task
        rows = {
            dlg.diff.item(r, 0).text(): (dlg.diff.item(r, 1).text(), dlg.diff.item(r, 3).text())
            for r in range(dlg.diff.rowCount())
        }
        assert rows["救援队伍"] == ("1", "1")
        dlg.accept()
        await env.settle()
        teams = env.window.pane("pane.teams").model
        assert teams.row_of("TM9") >= 0 and teams.row_of("TM2") == -1
        assert teams.rowCount() == len(env.desk.state.teams) == 2
        assert any("注销队伍 TM2救援队" in t for t in env.log_texts())

    env.run(steps())
