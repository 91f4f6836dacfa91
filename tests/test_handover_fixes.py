"""Handover: the incoming leader printed, a live preview, one shift-id format, signatures
under the signer's name, a short log on the signature page, one drill mark (issue 10, item 7)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta

import pytest
from test_report_pdf import pdf_text
from test_report_world import build_shift

from commandcenter.demo import generate_demo
from commandcenter.reports import handover, handover_html, render
from commandcenter.ui.handover_wizard import open_handover

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
SHIFT_ID = re.compile(r"^SH-\d{8}-\d{4}$")


@pytest.fixture
def wizard(qtbot, tmp_path):
    w = build_shift(str(tmp_path / "desk.db"))
    win = open_handover(None, w.station)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.data is not None and not win.jobs, timeout=30_000)
    yield w, win
    win.close()
    w.station.writer.close()
    w.journal.close()


def _settled(qtbot, win) -> None:
    qtbot.waitUntil(lambda: not win.jobs and not win._stale.isActive(), timeout=30_000)


def test_the_preview_follows_edits_and_signatures(wizard, qtbot) -> None:
    _w, win = wizard
    qtbot.keyClicks(win.in_officer, "Wang Fang")
    win.in_officer.textEdited.emit(win.in_officer.text())
    qtbot.keyClicks(win.in_leader, "Zhao Jun")
    win.in_leader.textEdited.emit(win.in_leader.text())
    _settled(qtbot, win)
    text = win.preview.toPlainText()
    assert "Wang Fang" in text and "Zhao Jun" in text
    assert "接班带班领导" in text
    assert "正在回放日志" not in win.status.text()
    win.sign_out.click()
    _settled(qtbot, win)
    assert "系统签字: 张伟" in win.preview.toPlainText()
    before = win.data.head.count
    win.sign_in.click()
    _settled(qtbot, win)
    assert "系统签字: Wang Fang" in win.preview.toPlainText()
    assert win.data.head.count == before + 1  # the period took in the new signature
    assert "正在回放日志" not in win.status.text()


def test_signatures_and_the_next_shift_are_recorded_under_the_persons_name(wizard, qtbot) -> None:
    w, win = wizard
    win.in_officer.setText("王芳")
    win.in_leader.setText("赵军")
    win.sign_out.click()
    win.sign_in.click()
    # a signature recompiles the preview on the writer thread, over the same connection:
    # read the journal here only once that job is done
    _settled(qtbot, win)
    signed = w.journal.query(kinds=["shift.signed"])
    assert [(e.payload["side"], e.actor) for e in signed[-2:]] == [("out", "张伟"), ("in", "王芳")]
    win.start_btn.click()
    _settled(qtbot, win)
    started = w.journal.query(kinds=["shift.started"])[-1]
    assert started.actor == "王芳" and SHIFT_ID.match(started.payload["shift"])
    _settled(qtbot, win)


def test_the_demo_county_uses_the_same_shift_id_format() -> None:
    ids = [e.payload["shift"] for e in generate_demo() if e.kind == "shift.started"]
    assert ids and all(SHIFT_ID.match(i) for i in ids), ids


@needs_poppler
def test_the_incoming_leader_is_printed_and_a_short_log_stays_on_the_signature_page(
    tmp_path,
) -> None:
    w = build_shift(str(tmp_path / "desk.db"))
    last = w.journal.query()[-1]
    data = handover.compile_handover(
        w.journal, last.ts, last.ts + timedelta(seconds=1), incoming="王芳", incoming_leader="赵军"
    )
    assert len(data.log.rows) == 1
    fonts = render.families()
    pdf = tmp_path / "h.pdf"
    pages = handover.render_handover(
        data, handover.charts(data, fonts), fonts, render.new_printer(str(pdf), "x")
    )
    text = pdf_text(pdf)
    assert "赵军" in text and "接班带班领导" in text
    last_page = subprocess.run(
        ["pdftotext", "-f", str(pages), "-l", str(pages), str(pdf), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode()
    assert "本班决策" in last_page and "签字" in last_page  # log and signatures share a page
    w.station.writer.close()
    w.journal.close()


def test_a_drill_incident_carries_one_drill_mark(tmp_path) -> None:
    w = build_shift(str(tmp_path / "desk.db"))
    w.at(3)
    w.station.do(
        "incident.reported",
        {"incident": "d1", "type": "fire", "severity": 4, "title": "【演练】厂房起火",
         "place": {"township": "ps"}, "drill": True},
    )  # fmt: skip
    w.at(4)
    since = w.journal.query()[0].ts
    data = handover.compile_handover(w.journal, since, w.clock[0] + timedelta(seconds=1))
    html = handover_html.build(data, render.families(), charts=False)
    assert "【演练】厂房起火" in html
    assert "[演练]" not in html and "【演练】【演练】" not in html
    w.station.writer.close()
    w.journal.close()
