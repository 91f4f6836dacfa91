"""The leader's seat on paper: 批示, 会商研判 and the 带班领导 signature in the handover report,
and `commandcenter report stats` with the same figures as the screen — read back with pdftotext."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from test_report_pdf import pdf_text, section
from test_report_world import build_shift

from commandcenter.cli import cli

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


@pytest.fixture(scope="module")
def shift_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("leader")
    w = build_shift(str(tmp / "desk.db"))
    w.at(9.5)
    w.station.do(
        "instruction.given", {"incident": "i3", "text": "组织专家研判滑坡体稳定性"}, actor="李强"
    )
    w.station.do(
        "consultation.held",
        {
            "kind": "emergency",
            "topic": "柳树坪村滑坡处置",
            "attendees": ["李强", "张伟", "自然资源局王工"],
            "conclusions": ["划定警戒区", "夜间专人值守"],
            "incident": "i3",
        },
    )
    w.at(23)
    w.station.do("shift.leader_signed", {"shift": "s1", "name": "李强", "note": "同意交班"})
    w.journal.close()
    return w.path, tmp


def test_handover_prints_instructions_consultations_and_the_leaders_signature(shift_db):
    db, tmp = shift_db
    out = tmp / "handover.pdf"
    res = CliRunner().invoke(
        cli,
        ["report", "handover", "--db", db, "--from", "2024-07-01T08:00",
         "--to", "2024-07-02T08:00", "--out", str(out)],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    text = pdf_text(out)
    ins = section(text, "领导批示", "会商研判")
    assert "李强" in ins and "组织专家研判滑坡体稳定性" in ins and "柳树坪村滑坡" in ins
    con = "".join(section(text, "会商研判", "响应时间与信息报送").split())  # cells wrap
    assert "紧急会商" in con and "自然资源局王" in con and "夜间专人值守" in con
    resp = section(text, "响应时间与信息报送", "待办事项")
    assert "接报→派出" in resp and "电话初报按时率" in resp
    assert "系统签字: 李强" in text


def test_report_stats_prints_the_figures(shift_db):
    db, tmp = shift_db
    out = tmp / "stats.pdf"
    res = CliRunner().invoke(
        cli,
        ["report", "stats", "--db", db, "--from", "2024-07-01T08:00",
         "--to", "2024-07-02T08:00", "--out", str(out)],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "接报 4 起" in res.output
    text = pdf_text(out)
    assert "应急值守统计" in text
    resp = section(text, "响应时间与信息报送", "按类型")
    # i1, i2, i3 dispatched at once; i4 30 min later (desk-2): p50 0, 4 incidents
    assert "接报→派出" in resp and "电话初报按时率" in resp
    assert "1/4" in resp and "25%" in resp  # only i1 was phoned up in time
    towns = section(text, "按乡镇", "按级别")
    assert "盘石镇" in towns and "河西街道" in towns


def test_report_stats_refuses_a_backwards_period(shift_db, tmp_path):
    db, _tmp = shift_db
    res = CliRunner().invoke(
        cli,
        ["report", "stats", "--db", db, "--from", "2024-07-02T08:00",
         "--to", "2024-07-01T08:00", "--out", str(tmp_path / "x.pdf")],
    )  # fmt: skip
    assert res.exit_code != 0 and "结束时间必须晚于开始时间" in res.output
    assert "Traceback" not in res.output
