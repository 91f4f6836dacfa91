"""Drills apart from real work: scenarios, the player, a headless drill against a copy of the
demo county that leaves the real journal byte for byte as it was, and the drill's handover."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from test_report_pdf import pdf_text

from commandcenter.cli import cli
from commandcenter.demo import init_demo
from commandcenter.drills import ScenarioError, load, scenarios
from commandcenter.drills.player import Player
from commandcenter.drills.scenario import parse
from commandcenter.reports.handover import compile_handover
from commandcenter.store import Journal

DEMO_NOW = datetime(2026, 7, 1, 0, 0, tzinfo=UTC)


def run(*args: str, ok: bool = True):
    res = CliRunner().invoke(cli, list(args))
    if ok:
        assert res.exit_code == 0, res.output
    return res


def test_three_scenarios_ship_and_are_listed() -> None:
    found = scenarios()
    assert {"panshi-landslide", "longtan-flash-flood", "baima-forest-fire"} <= set(found)
    sc = found["panshi-landslide"]
    assert sc.zone["households"] == 62 and sc.zone["people"] == 138
    kinds = {i.kind for s in found.values() for i in s.injects}
    assert {"warning", "report", "followup", "casualties", "team_unavailable", "road_cut"} <= kinds
    out = run("drill", "list").output
    assert "panshi-landslide" in out and "盘石镇" in out


def test_a_broken_scenario_is_one_sentence(tmp_path) -> None:
    with pytest.raises(ScenarioError, match="unknown kind 'meteor'"):
        parse('id="x"\ntitle="x"\nincident="I"\n[[inject]]\nid="a"\nat=0\nkind="meteor"\ntext="t"')
    with pytest.raises(ScenarioError, match="not valid TOML"):
        parse("id = ")
    res = run("drill", "run", "no-such", "--db", str(tmp_path / "x.db"), ok=False)
    assert res.exit_code == 1 and "no scenario 'no-such'" in res.output
    assert "Traceback" not in res.output
    res = run("drill", "run", "panshi-landslide", "--db", str(tmp_path / "none.db"), ok=False)
    assert res.exit_code == 1 and "Traceback" not in res.output and "none.db" in res.output
    assert not (tmp_path / "none.db").exists() and not (tmp_path / "none.drill.db").exists()
    res = run("drill", "run", "panshi-landslide", "--db", "x.db", "--speed", "601", ok=False)
    assert res.exit_code == 2 and "601" in res.output
    out = tmp_path / "d.pdf"
    res = run("report", "handover", "--drill", "--db", str(tmp_path / "x.db"),
              "--from", "2026-07-01T08:00", "--out", str(out), ok=False)  # fmt: skip
    assert res.exit_code == 1 and "没有演练数据" in res.output and not out.exists()


def test_player_speed_pause_and_step() -> None:
    sc = load("panshi-landslide")
    p = Player(sc, DEMO_NOW, speed=9999)
    assert p.speed == 600  # clamped to ×600
    p.set_speed(0)
    assert p.speed == 1
    p.set_speed(60)
    p.tick(10)  # 10 s at ×60 = 10 drill minutes
    assert p.minutes == pytest.approx(10) and [i.id for i in p.due()] == ["warning"]
    p.paused = True
    p.tick(100)
    assert p.minutes == pytest.approx(10)
    assert p.step().id == "warning" and p.minutes == pytest.approx(10)  # already due: stays
    p.mark_played(p.due()[0])
    nxt = p.step()
    assert nxt.id == "report" and p.minutes == 25 and p.due() == [nxt]
    assert p.now() == DEMO_NOW + timedelta(minutes=25)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_panshi_drill_headless_leaves_the_real_journal_untouched(tmp_path) -> None:
    real = tmp_path / "county.db"
    with Journal(real) as j:
        init_demo(j, now=DEMO_NOW)
    before = tmp_path / "before.jsonl"
    run("export", "--db", str(real), "--out", str(before))
    t0, t1 = DEMO_NOW - timedelta(hours=24), datetime.now(UTC) + timedelta(hours=6)
    with Journal(real, create=False) as j:
        real_before = compile_handover(j, t0, t1)

    out = run("drill", "run", "panshi-landslide", "--db", str(real), "--speed", "600").output
    assert "10/10 项达标" in out, out
    assert "62户138人全部转移至安全屋" in out

    # the real journal: byte for byte the same export, its chains whole
    after = tmp_path / "after.jsonl"
    run("export", "--db", str(real), "--out", str(after))
    assert after.read_bytes() == before.read_bytes()
    assert "OK:" in run("verify-log", "--db", str(real)).output
    # ... and no drill item in any real figure, count or report
    with Journal(real, create=False) as j:
        real_after = compile_handover(j, t0, t1)
        state, _ = j.confirmed_state()
    assert real_after.summary == real_before.summary
    assert [t.rows for t in real_after.tables] == [t.rows for t in real_before.tables]
    assert not any(i.id.startswith("DRILL-") or i.drill for i in state.incidents.values())
    assert "DZ-PANSHI-3" not in state.zones and state.drill is None
    real_pdf = tmp_path / "real.pdf"
    window = ["--from", t0.isoformat(), "--to", t1.isoformat()]
    run("report", "handover", "--db", str(real), *window, "--out", str(real_pdf))
    text = pdf_text(real_pdf)
    assert "演练" not in text and "响水洞村3组" not in text
    res = run("report", "incident", "DRILL-PANSHI-01", "--db", str(real),
              "--out", str(tmp_path / "i.pdf"), ok=False)  # fmt: skip
    assert res.exit_code == 1 and "没有编号为 DRILL-PANSHI-01 的事件" in res.output

    # the drill world: its own chains, its own handover that says 演练 and judges the drill
    world = tmp_path / "county.drill.db"
    assert "OK:" in run("verify-log", "--db", str(world)).output
    drill_pdf = tmp_path / "drill.pdf"
    run("report", "handover", "--drill", "--db", str(real), *window, "--out", str(drill_pdf))
    text = pdf_text(drill_pdf)
    assert "【演练】" in text and "演练 EXERCISE" in text
    assert "盘石镇暴雨诱发山体滑坡" in text and "演练评估" in text
    assert "全部" in text and "(T+120" in text and "达标" in text and "未达标" not in text
    assert "王建国: 已应答" in text and "电话初报" in text
