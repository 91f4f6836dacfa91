"""The handover report prints the warnings in force, their 631 ladders and every unanswered
call (read back from the PDF with pdftotext)."""

from __future__ import annotations

import shutil
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from test_report_pdf import pdf_text

from commandcenter.cli import cli
from commandcenter.station import Station
from commandcenter.store import Journal

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


def test_handover_prints_ladders_and_unanswered_calls(tmp_path) -> None:
    db = str(tmp_path / "d.db")
    assert CliRunner().invoke(cli, ["init", "--demo", "--db", db]).exit_code == 0
    with Journal(db, create=False) as j:
        st = Station(j, station="desk", actor="张伟", role="desk")
        try:
            now = st.state.last_ts + timedelta(minutes=1)
            st.do_many([("warning.issued", {
                "warning": "W-631", "colour": "red", "hazard": "暴雨",
                "valid_from": now.isoformat(), "valid_to": (now + timedelta(hours=12)).isoformat(),
                "onset": (now + timedelta(minutes=30)).isoformat(), "area": ["T02"]})])  # fmt: skip
            st.do_many([
                ("ladder.called", {"warning": "W-631", "call": "a", "stage": 0,
                                   "target": "unit:县水利局", "person": "水利值班", "channel": "phone"}),
                ("ladder.answered", {"warning": "W-631", "call": "a"}),
                ("ladder.called", {"warning": "W-631", "call": "b", "stage": 1,
                                   "target": "township:T02", "person": "盘石镇值班室", "channel": "sms"}),
                ("ladder.unreached", {"warning": "W-631", "call": "b"}),
            ])  # fmt: skip
            until = now + timedelta(hours=1)
        finally:
            st.writer.close()
    out = tmp_path / "h.pdf"
    bj = ZoneInfo("Asia/Shanghai")  # the county's time: what --from/--to are read in
    since = (until - timedelta(hours=24)).astimezone(bj).strftime("%Y-%m-%dT%H:%M")
    to = until.astimezone(bj).strftime("%Y-%m-%dT%H:%M")
    res = CliRunner().invoke(
        cli, ["report", "handover", "--db", db, "--from", since, "--to", to, "--out", str(out)]
    )
    assert res.exit_code == 0, res.output
    text = pdf_text(out)
    ladder = text[text.index("631 叫应") :]
    assert "红色暴雨预警" in ladder
    assert "已应答" in ladder and "水利值班" in ladder
    assert "未接通" in ladder and "盘石镇值班室" in ladder
    assert "待叫应" in ladder  # due, nobody called yet
    assert "叫应未应答" in text  # the summary counts them
