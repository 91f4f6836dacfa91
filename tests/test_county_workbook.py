"""The county workbook plugin on real files: template, export, import, refusals, retirements."""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from click.testing import CliRunner

from commandcenter.cli import cli
from commandcenter.domain.events import SETUP_KINDS
from commandcenter.plugins.local import local_api
from commandcenter.store import Journal


def run(*args: str, ok: bool = True):
    res = CliRunner().invoke(cli, [str(a) for a in args])
    if ok:
        assert res.exit_code == 0, res.output
    return res


def cells(path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}
    finally:
        wb.close()


def count(db) -> int:
    with Journal(db, create=False) as j:
        return j.count()


def state(db):
    with Journal(db, create=False) as j:
        return j.confirmed_state()[0]


DUTY_AND_CONTACTS = [
    (
        "record.changed",
        {
            "type": "duty",
            "id": "2026-06-01",
            "data": {
                "date": "2026-06-01",
                "officer": {"name": "赵磊", "phone": "13812340000"},
                "leader": {"name": "孙涛", "phone": "13912340000"},
            },
        },
    ),
    (
        "record.changed",
        {
            "type": "contact",
            "id": "C-001",
            "data": {
                "id": "C-001",
                "unit": "县水利局",
                "name": "周敏",
                "title": "防汛办主任",
                "phone": "0839-5551234",
            },
        },
    ),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo county with a duty day, a contact and a plan's levels, and its export."""
    d = tmp_path_factory.mktemp("county")
    db = d / "demo.db"
    run("init", "--demo", "--db", db)
    with local_api(str(db)) as api:
        plan = api.state.plans["P-flood"]
        data = {
            "id": plan.id,
            "name": plan.name,
            "kind": str(plan.kind),
            "types": [str(t) for t in plan.types],
            "levels": {"4": ["发布预警", "转移危险区群众"], "3": ["启动会商"]},
        }
        api.record(
            [*DUTY_AND_CONTACTS, ("record.changed", {"type": "plan", "id": plan.id, "data": data})]
        )
    out = d / "demo.xlsx"
    run("county", "export", "--db", db, "--out", out)
    return db, out


def test_export_import_export_gives_the_same_workbook(tmp_path, demo) -> None:
    db, first = demo
    empty = tmp_path / "empty.db"
    res = run("county", "import", "--db", empty, first)
    assert "救援队伍: 新增 245" in res.output
    again = tmp_path / "again.xlsx"
    run("county", "export", "--db", empty, "--out", again)
    a, b = cells(first), cells(again)
    assert list(a) == list(b)
    assert a == b
    s = state(db)  # every sheet carries the demo's rows (one per plan level for 预案)
    assert len(a["值班表"]) == 1 + len(s.duty) > 2 and len(a["通讯录"]) == 1 + len(s.directory)
    assert len(a["预案"]) == 1 + sum(len(p.levels) or 1 for p in s.plans.values())
    s = state(empty)
    assert s.plans["P-flood"].levels["4"] == ["发布预警", "转移危险区群众"]
    assert s.directory["C-001"].phone == "0839-5551234"
    # a second import stores nothing
    n = count(empty)
    assert "No change" in run("county", "import", "--db", empty, first).output
    assert count(empty) == n
    # and the demo's own export matches the demo
    n = count(db)
    assert "No change" in run("county", "import", "--db", db, first).output
    assert count(db) == n


def _edit(src, dst, sheet: str, row: int, header: str, value) -> None:
    wb = openpyxl.load_workbook(src)
    ws = wb[sheet]
    col = [c.value for c in ws[1]].index(header) + 1
    ws.cell(row=row, column=col).value = value
    wb.save(dst)


@pytest.mark.parametrize(
    ("header", "value", "reason"),
    [
        ("名称", None, "名称: 不能为空"),
        ("所属乡镇代码", "T99", "所属乡镇代码: 没有代码为 T99 的乡镇"),
        ("负责人电话", "1380013", "负责人电话: 「1380013」不是有效的电话号码"),
        ("人数", "三十", "人数: 「三十」不是整数"),
        ("编号", "@dup", "编号: 与第2行重复"),
        ("类别", "外星救援队", "类别: 「外星救援队」不是可选值"),
    ],
)
def test_every_bad_row_is_refused_with_sheet_row_column(
    tmp_path, demo, header, value, reason
) -> None:
    db, first = demo
    target = tmp_path / "t.db"
    shutil.copy(db, target)
    bad = tmp_path / "bad.xlsx"
    if value == "@dup":
        value = cells(first)["救援队伍"][1][0]
    _edit(first, bad, "救援队伍", 7, header, value)
    n = count(target)
    res = run("county", "import", "--db", target, bad, ok=False)
    assert res.exit_code == 1
    assert f"救援队伍 第7行 {reason}" in res.output
    assert "nothing was imported" in res.output
    assert count(target) == n


def test_many_bad_rows_are_all_named_and_nothing_is_stored(tmp_path, demo) -> None:
    _db, first = demo
    bad = tmp_path / "bad.xlsx"
    _edit(first, bad, "库存", 3, "数量", "很多")
    _edit(bad, bad, "3人1屋危险区", 4, "指挥官电话", "abc")
    _edit(bad, bad, "值班表", 2, "日期", "明天")
    empty = tmp_path / "empty.db"
    res = run("county", "import", "--db", empty, bad, ok=False)
    assert "库存 第3行 数量: 「很多」不是整数" in res.output
    assert "3人1屋危险区 第4行 指挥官电话: 「abc」不是有效的电话号码" in res.output
    assert "值班表 第2行 日期: 「明天」不是日期" in res.output
    assert count(empty) == 0


def test_a_removed_row_retires_the_record_and_history_stays(tmp_path, demo) -> None:
    db, first = demo
    target = tmp_path / "t.db"
    shutil.copy(db, target)
    standby = {t.id for t in state(target).teams.values() if t.status == "standby"}
    wb = openpyxl.load_workbook(first)
    ws = wb["救援队伍"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value in standby)
    team_id = ws.cell(row=row, column=1).value
    ws.delete_rows(row)
    wb.create_sheet("我的备注").append(["不是县情表"])
    ws = wb["视频点"]
    phone_sheet = wb["通讯录"]
    phone_sheet.cell(row=2, column=5, value="13700001111")
    video_id = ws.cell(row=2, column=1).value
    ws.delete_rows(2)
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    out = run("county", "import", "--db", target, edited, "--dry-run").output
    assert "救援队伍: 新增 0, 变更 0, 注销 1" in out and "nothing stored" in out
    out = run("county", "import", "--db", target, edited).output
    assert "通讯录: 新增 0, 变更 1, 注销 0" in out
    assert "未识别的工作表 (未导入): 我的备注" in out
    s = state(target)
    assert team_id not in s.teams and f"team:{team_id}" in s.retired
    assert video_id not in s.videos
    assert s.directory["C-001"].phone == "13700001111"
    with Journal(target, create=False) as j:
        kinds = [e.kind for e in j.all_events() if e.payload.get("id") == team_id]
    assert kinds == ["team.registered", "record.retired"]
    assert "record.retired" in SETUP_KINDS


def test_a_csv_sheet_changes_only_its_own_records(tmp_path, demo) -> None:
    db, _ = demo
    target = tmp_path / "t.db"
    shutil.copy(db, target)
    before = state(target)
    csv = tmp_path / "通讯录.csv"
    csv.write_text(
        "编号,单位,姓名,职务,电话\nC-001,县水利局,周敏,防汛办主任,0839-5551234\n"
        "C-002,县气象局,吴刚,,13600001111\n",
        encoding="utf-8-sig",
    )
    out = run("county", "import", "--db", target, csv).output
    gone = len(before.directory) - 1  # the sheet is the whole directory: the rest retire
    assert f"通讯录: 新增 1, 变更 0, 注销 {gone}" in out
    s = state(target)
    assert s.directory["C-002"].unit == "县气象局" and set(s.directory) == {"C-001", "C-002"}
    assert len(s.teams) == len(before.teams)
    res = run("county", "import", "--db", target, tmp_path / "x.csv", ok=False)
    assert res.exit_code != 0


def test_template_has_headers_example_row_and_drop_downs(tmp_path) -> None:
    out = tmp_path / "t.xlsx"
    run("county", "template", "--out", out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["县区", "乡镇街道", "村社区"]
    ws = wb["救援队伍"]
    assert [c.value for c in ws[1]][:4] == ["编号", "名称", "类别", "所属乡镇代码"]
    assert str(ws.cell(row=2, column=1).value).startswith("示例")
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert "综合性消防救援队伍" in lists["C2"] and "乡镇街道" in lists["D2"]
    # the untouched template imports as "nothing to do", not as "retire everything"
    db = tmp_path / "x.db"
    assert "No change" in run("county", "import", "--db", db, out).output


def test_a_team_on_a_task_cannot_be_retired(tmp_path, demo) -> None:
    db, first = demo
    target = tmp_path / "t.db"
    shutil.copy(db, target)
    s = state(target)
    busy = next(t.id for t in s.teams.values() if t.status in ("dispatched", "on_scene"))
    wb = openpyxl.load_workbook(first)
    ws = wb["救援队伍"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == busy)
    ws.delete_rows(row)
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    n = count(target)
    res = run("county", "import", "--db", target, edited, ok=False)
    assert "正在执行任务, 不能注销" in res.output
    assert count(target) == n
