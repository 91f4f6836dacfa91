"""The handover window end to end: compile, edit pending items, both sign, print, next shift."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from test_report_pdf import pdf_text
from test_report_world import build_shift

from commandcenter.domain import Refused
from commandcenter.reports.notes import parse_note
from commandcenter.ui.handover_wizard import open_handover


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


def test_the_window_compiles_the_shift_and_suggests_pending_items(wizard) -> None:
    _w, win = wizard
    assert "响水洞村山洪" in win.preview.toPlainText()
    assert "青龙山林火" in win.pending.toPlainText()  # its phone report is overdue
    assert "转移中" in win.pending.toPlainText()
    assert win.sign_out.isEnabled() and not win.sign_in.isEnabled()
    assert not win.start_btn.isEnabled()  # the next shift waits for the handover


def test_the_next_shift_cannot_start_before_both_signatures(wizard) -> None:
    w, _win = wizard
    with pytest.raises(Refused, match="尚未完成交接班"):
        w.station.do("shift.started", {"shift": "s2", "officer": "王芳", "leader": "赵军"})


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_sign_print_and_start_the_next_shift(wizard, qtbot, tmp_path) -> None:
    w, win = wizard
    win.pending.setPlainText("10:00 前补报青龙山林火书面报告\n核对响水洞村回流人员")
    win.notes.setPlainText("夜间雨强大, 注意山洪")
    win.in_officer.setText("王芳")
    win.in_leader.setText("赵军")
    win.sign_out.click()
    sh = w.station.state.shifts["s1"]
    assert sh.signed_out == "张伟" and win.pending.isReadOnly()
    signed = w.journal.query(kinds=["shift.signed"])[-1]
    assert parse_note(signed.payload["note"])[0][0] == "10:00 前补报青龙山林火书面报告"
    win.sign_in.click()
    assert w.station.state.shifts["s1"].signed_in == "王芳"
    assert win.start_btn.isEnabled()

    pdf = tmp_path / "handover.pdf"
    win.pdf_edit.setText(str(pdf))
    win.print_btn.click()
    qtbot.waitUntil(lambda: win.pdf_path is not None, timeout=60_000)
    text = pdf_text(pdf)
    assert "10:00 前补报青龙山林火书面报告" in text and "夜间雨强大" in text
    assert "系统签字: 张伟" in text and "系统签字: 王芳" in text
    assert f"{w.journal.last_gseq}:{w.journal.head_ghash}" in text  # the signatures are in the head
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True).stdout.decode()
    assert "(A4)" in pages

    win.start_btn.click()
    st = w.station.state
    assert st.shifts[st.shift].officer == "王芳" and st.shift != "s1"
    assert not win.start_btn.isEnabled()


def test_print_preview_shows_the_report_pages(wizard, qtbot) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    _w, win = wizard
    win.preview_btn.click()
    qtbot.waitUntil(
        lambda: win.preview_dialog is not None and win.preview_dialog.isVisible(), timeout=60_000
    )
    view = win.preview_dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: view.pageCount() > 0, timeout=30_000)
    assert view.pageCount() >= 2
    win.preview_dialog.close()
