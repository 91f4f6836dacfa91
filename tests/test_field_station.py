"""The field station on a real hub: orders come down, are signed for and answered, and the desk
sees it; a grid report reaches the desk only after the check; work done while the hub is down
arrives once it is back, exactly once. The real windows are driven (keys and clicks)."""

from __future__ import annotations

import asyncio

from desk_fixtures import small_county_events
from field_fixtures import County, until
from PySide6.QtCore import Qt

from commandcenter.domain.scope import Scope
from commandcenter.hub.embedded import start_embedded_hub
from commandcenter.ui.field.launcher import FieldLauncher, FieldOptions


def _kinds(journal, kind: str) -> int:
    return sum(1 for e in journal.query() if e.kind == kind)


def _check_models(config, models) -> None:
    """qtmodeltester on each model, one tester each: the fixture's single tester would keep
    judging earlier models' signals against the last model checked."""
    from pytestqt.modeltest import ModelTester

    for m in models:
        tester = ModelTester(config)
        tester.check(m, force_py=True)
        tester._cleanup()


def test_an_order_from_the_desk_is_signed_for_and_answered_and_the_desk_sees_it(
    qtbot, qloop, tmp_path, request
):
    c = County(qtbot, qloop, tmp_path)

    async def steps():
        field = await c.start()
        w = field.window
        assert field.desk.scope == Scope("T01")
        assert "盘石镇" in w.header.station.text()
        orders = w.page("OrdersPage")
        assert orders.proxy.rowCount() == 0

        dlg = c.desk.actions.dispatch("I1")  # the duty officer dispatches TM1 (of T01)
        dlg.check("TM1")
        dlg.task_edit.setText("人员搜救")
        dlg.accept()
        await c.desk.settle()
        oid = next(iter(c.desk.station.state.orders))
        await until(lambda: oid in field.station.state.orders)
        field.desk.flush()
        assert orders.proxy.rowCount() == 1
        assert "待签收 1" in w.header.unsigned.text()
        assert not orders.buttons["arrived"].isEnabled()  # answer only after signing

        w.activateWindow()  # keys go to the window in front, as on the station's screen
        await asyncio.sleep(0.1)
        orders.select(oid)
        qtbot.keyClick(orders.view, Qt.Key.Key_F3)  # 签收 by keyboard
        await field.desk.drain()
        o = field.station.state.orders[oid]
        assert o.signed_by == "赵六"
        assert orders.buttons["arrived"].isEnabled()
        qtbot.mouseClick(orders.buttons["arrived"], Qt.MouseButton.LeftButton)  # 到场 by touch
        await field.desk.drain()

        await until(lambda: c.desk.station.state.orders[oid].answer == "arrived")
        c.desk.desk.flush()
        desk_o = c.desk.station.state.orders[oid]
        assert (desk_o.signed_by, desk_o.signed_station) == ("赵六", "field-t01")
        assert c.desk.station.state.teams["TM1"].status == "on_scene"  # 到场 moved the team
        pane = c.desk.window.pane("pane.orders")
        row = pane.model.row_of(oid)
        assert pane.model.index(row, 4).data().startswith("赵六")
        assert pane.model.index(row, 5).data().startswith("到场")
        assert any("签收" in t and "盘石镇" in t for t in c.desk.log_texts())

        # 无法执行 needs the reason, typed into the field's line
        orders.select(oid)
        qtbot.mouseClick(orders.buttons["unable"], Qt.MouseButton.LeftButton)
        await field.desk.drain()
        assert "须说明原因" in orders.note.text()
        orders.reason.setText("道路塌方")  # (QTest cannot type CJK)
        qtbot.mouseClick(orders.buttons["unable"], Qt.MouseButton.LeftButton)
        await field.desk.drain()
        await until(lambda: c.desk.station.state.orders[oid].reason == "道路塌方")
        _check_models(request.config, (orders.model, orders.proxy, pane.model, pane.proxy))
        await c.stop()

    c.run(steps())
    c.close()


def test_a_grid_report_reaches_the_desk_only_after_the_grid_leader_checks_it(
    qtbot, qloop, tmp_path, request
):
    c = County(qtbot, qloop, tmp_path)

    async def steps():
        field = await c.start()
        w = field.window
        w.tabs.setCurrentIndex(1)
        page = w.page("ReportPage")
        page.reporter.setText("孙网格")
        page.title_edit.setText("后山出现裂缝")
        page.trapped.setValue(2)
        qtbot.mouseClick(page.buttons["report"], Qt.MouseButton.LeftButton)
        await field.desk.drain()
        await c.online()
        (rid,) = c.desk.station.state.grid_reports
        before = set(c.desk.station.state.incidents)
        assert before == {"I1"}  # reported, not yet checked: no incident on the desk

        page.select(rid)
        page.checker.setText("孙网格")  # the reporter cannot check their own report
        qtbot.mouseClick(page.buttons["accept"], Qt.MouseButton.LeftButton)
        await field.desk.drain()
        assert "报告人以外" in page.note.text()
        page.checker.setText("周网格长")
        qtbot.mouseClick(page.buttons["accept"], Qt.MouseButton.LeftButton)
        await field.desk.drain()

        await until(lambda: len(c.desk.station.state.incidents) == 2)
        c.desk.desk.flush()
        r = c.desk.station.state.grid_reports[rid]
        inc = c.desk.station.state.incidents[r.incident]
        assert (inc.title, inc.source, inc.casualties.trapped) == ("后山出现裂缝", "grid", 2)
        board = c.desk.window.pane("pane.incidents").model
        assert board.row_of(r.incident) >= 0
        forces = w.page("ForcesPage")
        _check_models(
            request.config,
            (
                page.model,
                page.proxy,
                forces.teams,
                forces.team_proxy,
                forces.zones,
                forces.zone_proxy,
            ),
        )
        await c.stop()

    c.run(steps())
    c.close()


def test_work_done_while_the_hub_is_down_arrives_once_it_is_back_exactly_once(
    qtbot, qloop, tmp_path, request
):
    c = County(qtbot, qloop, tmp_path)

    async def steps():
        field = await c.start()
        w = field.window
        await c.desk.desk.submit(
            [
                (
                    "order.issued",
                    {
                        "order": "C1",
                        "kind": "call",
                        "township": "T01",
                        "subject": "Z1",
                        "text": "叫应 甲",
                    },
                )
            ]
        )
        await until(lambda: "C1" in field.station.state.orders)
        field.desk.flush()
        port = c.hub.port
        await c.hub.close()  # the hub goes away (断网)
        await until(lambda: str(field.link.state.status) != "online")

        orders = w.page("OrdersPage")
        w.activateWindow()
        await asyncio.sleep(0.1)
        orders.select("C1")
        qtbot.keyClick(orders.view, Qt.Key.Key_F3)
        await field.desk.drain()
        w.tabs.setCurrentIndex(2)
        sit = w.page("SituationPage")
        sit.houses.setValue(7)
        sit.relocated.setValue(120)
        qtbot.mouseClick(sit.buttons["figures"], Qt.MouseButton.LeftButton)
        await field.desk.drain()
        prof = w.page("ProfilePage")
        qtbot.mouseClick(prof.comms["network"], Qt.MouseButton.LeftButton)  # 网络: 中断
        qtbot.mouseClick(prof.buttons["save"], Qt.MouseButton.LeftButton)
        await field.desk.drain()
        w.header.refresh()
        assert "待同步 3 条" in w.header.link.text()
        assert field.station.state.orders["C1"].signed_by == "赵六"  # it works on alone
        assert c.desk.station.state.orders["C1"].signed_at is None

        c.hub = await start_embedded_hub(c.desk.station, port=port)  # the hub is back
        await c.online()
        w.header.refresh()
        assert "待同步" not in w.header.link.text()
        s = c.desk.station.state
        assert s.orders["C1"].signed_by == "赵六"
        assert s.figures["T01"].houses == 7
        assert s.posts["T01"].comms["network"] is False
        j = c.desk.journal
        assert [_kinds(j, k) for k in ("order.signed", "disaster.figures", "station.profile")] == [
            1,
            1,
            1,
        ]
        c.desk.desk.flush()
        posts = c.desk.window.pane("pane.posts")
        row = posts.model.row_of("T01")
        assert posts.model.index(row, 4).data() == "断"  # network column
        assert "倒损房屋7间" in posts.totals.text()
        _check_models(request.config, (posts.model, posts.proxy))
        await c.stop()

    c.run(steps())
    c.close()


def test_a_village_station_sees_its_village_and_a_desk_token_opens_nothing(qtbot, qloop, tmp_path):
    c = County(qtbot, qloop, tmp_path, village="T01V1")

    async def steps():
        field = await c.start()
        w = field.window
        assert field.desk.scope == Scope("T01", "T01V1")
        assert w.header.station.text().startswith("盘石镇 盘石一村 应急服务站")
        await c.desk.desk.submit(
            [
                (
                    "order.issued",
                    {
                        "order": "C1",
                        "kind": "call",
                        "township": "T01",
                        "village": "T01V1",
                        "text": "叫应 甲",
                    },
                ),
                ("order.issued", {"order": "C2", "kind": "video", "township": "T01"}),
                ("order.issued", {"order": "C3", "kind": "video", "township": "T02"}),
            ]
        )
        await c.online()
        orders = w.page("OrdersPage")
        shown = {orders.proxy.key_at(r) for r in range(orders.proxy.rowCount())}
        assert shown == {"C1"}
        # the scope is kept: a restart with the hub away still knows where it is
        await c.stop()
        c.hub = None
        again = FieldLauncher(FieldOptions(hub="ws://127.0.0.1:9", token="x", home=tmp_path))
        await again.start()
        assert again.desk.scope == Scope("T01", "T01V1")
        await again.stop()

        # a desk's token at the field program: refused with a sentence, no scope, no actions
        c.hub = await start_embedded_hub(c.desk.station)
        token = await c.hub.add_station("desk-2", "desk")
        opts = FieldOptions(hub=c.hub.url, token=token, station="desk-2", home=tmp_path / "d2")
        wrong = FieldLauncher(opts)
        said: list[str] = []
        await wrong.start()
        wrong.desk.message.connect(lambda text, _err: said.append(text))
        await until(lambda: said)
        assert "不是乡镇(村)站点" in said[0] and wrong.desk.scope is None
        assert not wrong.window.tabs.isVisible() and not wrong.window.pages
        await wrong.stop()
        await c.stop()

    c.run(steps())
    c.close()


def test_a_station_never_offers_an_action_its_role_may_not_take(qtbot, tmp_path):
    from commandcenter.station import Station
    from commandcenter.store import Journal
    from commandcenter.ui.field.controller import FieldDesk
    from commandcenter.ui.field.window import FieldWindow

    journal = Journal(tmp_path / "s.db", authority=False)
    journal.append(small_county_events())
    for role, expect_some in (("screen", False), ("field", True)):
        station = Station(journal, station="s", actor="甲", role=role)
        desk = FieldDesk(station, scope=Scope("T01"))
        w = FieldWindow(desk)
        qtbot.addWidget(w)
        offered = [n for p in w.pages.values() for n in p.buttons]
        assert bool(offered) is expect_some, (role, offered)
        for p in w.pages.values():
            for name, _b in p.buttons.items():
                assert role == "field", name
        desk.close()
        station.writer.close()
    journal.close()


def test_the_desk_sends_a_call_and_a_video_request_from_its_receipts_pane(qtbot, qloop, tmp_path):
    from commandcenter.ui.dialogs.orders import call_order, video_order

    c = County(qtbot, qloop, tmp_path)

    async def steps():
        field = await c.start()
        call_order(c.desk.actions, "Z1").accept()
        video_order(c.desk.actions, "I1").accept()
        await c.desk.settle()
        await c.online()
        kinds = {o.kind: o for o in field.station.state.orders.values()}
        assert set(kinds) == {"call", "video"}
        assert kinds["call"].subject == "Z1" and kinds["call"].text.startswith("叫应 甲")
        assert (kinds["video"].township, kinds["video"].incident) == ("T01", "I1")
        assert field.window.page("OrdersPage").proxy.rowCount() == 2
        pane = c.desk.window.pane("pane.orders")
        assert pane.proxy.rowCount() == 2
        await c.stop()

    c.run(steps())
    c.close()
